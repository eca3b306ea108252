export { countRows } from './count-rows.ts';
export { type EmbeddedTable, embeddingStorage, findSimilar, saveEmbedding } from './find-similar.ts';
export { EMBEDDING_DIMENSIONS, STORE_TABLES } from './migrations.ts';
export { type OpenStoreOptions, openStore } from './open-store.ts';
export { recordEvents } from './record-events.ts';
export { type RecordLeadResult, recordLead, type Touch } from './record-lead.ts';
export { type BrandSeed, type SeedBrandResult, seedBrand } from './seed-brand.ts';
export type { Queryable, Store } from './store.ts';
