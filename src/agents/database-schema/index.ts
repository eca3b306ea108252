import type { BuilderAgent } from '../builder-agent.ts';
import type { DatabaseSchemaInput } from './database-schema-input.ts';
import { DatabaseSchemaOutput } from './database-schema-output.ts';
import { distillDatabaseSchema } from './distill.ts';
import { buildDatabaseSchema } from './offline.ts';
import { renderDatabase } from './render-database.ts';
import { validateDatabaseSchema } from './validate.ts';

/**
 * Phase 4: brand-config.json + ad copy → the store seed (`database/seed.json`), its documentation
 * and a Neo4j export. Pure computation; `seedClientStore` applies the seed to the client's store.
 */
export const databaseSchema: Omit<BuilderAgent<DatabaseSchemaInput, DatabaseSchemaOutput>, 'definition'> = {
  schema: DatabaseSchemaOutput,
  distill: distillDatabaseSchema,
  offline: buildDatabaseSchema,
  validate: validateDatabaseSchema,
  render: (output) => renderDatabase(output),
};

export { BrandSeedSchema } from './brand-seed-schema.ts';
export { checkCypher } from './check-cypher.ts';
export { cypherLiteral } from './cypher-literal.ts';
export type { DatabaseSchemaInput } from './database-schema-input.ts';
export { DatabaseSchemaOutput } from './database-schema-output.ts';
export { databaseSchemaInputFrom } from './distill.ts';
export { CYPHER_PATH, SCHEMA_PATH, SEED_PATH } from './render-database.ts';
export { type SeedClientStoreOptions, seedClientStore } from './seed-client-store.ts';
