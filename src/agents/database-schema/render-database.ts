import type { Artifact } from '../builder-agent.ts';
import type { DatabaseSchemaOutput } from './database-schema-output.ts';

export const SEED_PATH = 'database/seed.json';
export const SCHEMA_PATH = 'database/schema.md';
export const CYPHER_PATH = 'database/export.cypher';

/** The three files: the seed (replayable, diffable), its documentation and its Cypher export. */
export function renderDatabase(output: DatabaseSchemaOutput): Artifact[] {
  return [
    { path: SCHEMA_PATH, content: output.schemaMarkdown },
    { path: SEED_PATH, content: `${JSON.stringify(output.seed, null, 2)}\n` },
    { path: CYPHER_PATH, content: output.cypher },
  ];
}
