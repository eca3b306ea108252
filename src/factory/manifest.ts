import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { FactoryError } from '../errors/factory-error.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

export const MANIFEST_FILE = '.manifest.json';

const Tokens = z.object({
  input: z.number().int().min(0),
  output: z.number().int().min(0),
  cached: z.number().int().min(0),
});
export type Tokens = z.infer<typeof Tokens>;

export const ArtifactRecord = z.object({
  agent: z.string(),
  input_hash: z.string(),
  output_hash: z.string(),
  model: z.string(),
  tokens: Tokens,
  cost_usd: z.number().nullable(),
  duration_ms: z.number().min(0),
  built_at: z.string(),
});
export type ArtifactRecord = z.infer<typeof ArtifactRecord>;

export const AgentRecord = z.object({
  input_hash: z.string(),
  engine: z.enum(['offline', 'model', 'source']),
  model: z.string(),
  outputs: z.array(z.string()),
  tokens: Tokens,
  cost_usd: z.number().nullable(),
  duration_ms: z.number().min(0),
  built_at: z.string(),
  warnings: z.array(z.string()),
});
export type AgentRecord = z.infer<typeof AgentRecord>;

export const RunRecord = z.object({
  command: z.string(),
  started_at: z.string(),
  finished_at: z.string(),
  status: z.enum(['ok', 'warnings', 'failed']),
  ran: z.array(z.string()),
  resumed: z.array(z.string()),
  failed: z.array(z.string()),
  blocked: z.array(z.string()),
  not_built: z.array(z.string()),
  cost_usd: z.number().nullable(),
});
export type RunRecord = z.infer<typeof RunRecord>;

export const ChangeRecord = z.object({
  path: z.string(),
  change: z.enum(['added', 'changed', 'removed']),
  agent: z.string(),
  from_hash: z.string().nullable(),
  to_hash: z.string().nullable(),
});

export const ChangeLogEntry = z.object({
  at: z.string(),
  command: z.string(),
  changes: z.array(ChangeRecord),
});
export type ChangeLogEntry = z.infer<typeof ChangeLogEntry>;

/** `.manifest.json`: what was built from what, by whom, at what cost; the resume cache reads it. */
export const Manifest = z.object({
  schema_version: z.literal(1),
  factory_version: z.string(),
  client: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  agents: z.record(z.string(), AgentRecord),
  artifacts: z.record(z.string(), ArtifactRecord),
  runs: z.array(RunRecord),
  /** For every artifact, the artifacts it was derived from (the agent's needs, resolved to files). */
  dependencies: z.record(z.string(), z.array(z.string())).default({}),
  /** One entry per build that changed something: which artifacts were added, changed or removed. */
  changelog: z.array(ChangeLogEntry).default([]),
});
export type Manifest = z.infer<typeof Manifest>;

export function emptyManifest(client: string, factoryVersion: string, now: string): Manifest {
  return {
    schema_version: 1,
    factory_version: factoryVersion,
    client,
    created_at: now,
    updated_at: now,
    agents: {},
    artifacts: {},
    runs: [],
    dependencies: {},
    changelog: [],
  };
}

export async function readManifest(dir: string): Promise<Manifest | null> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const parsed = Manifest.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new FactoryError(
      'MANIFEST_INVALID',
      `${join(dir, MANIFEST_FILE)} is not a valid manifest`,
      'restore it from version control, or re-run with --force to rebuild everything',
    );
  }
  return parsed.data;
}

export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  await writeFileAtomic(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}
