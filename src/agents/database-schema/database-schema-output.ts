import { z } from 'zod';
import { BrandSeedSchema } from './brand-seed-schema.ts';

/** What the database-schema agent produces: the seed rows and the two documents derived from them. */
export const DatabaseSchemaOutput = z.object({
  seed: BrandSeedSchema,
  /** `database/schema.md`: the store's tables, this brand's seeded counts, PostgreSQL and vectors. */
  schemaMarkdown: z.string().min(1),
  /** `database/export.cypher`: MERGE-only Cypher of the seeded graph, for teams that run Neo4j. */
  cypher: z.string().min(1),
});
export type DatabaseSchemaOutput = z.infer<typeof DatabaseSchemaOutput>;
