import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Workspace } from '../../../src/agents/builder-agent.ts';
import { creativeInputFrom } from '../../../src/agents/creative-director/distill.ts';
import { creativeDirector } from '../../../src/agents/creative-director/index.ts';
import type { DatabaseSchemaInput } from '../../../src/agents/database-schema/index.ts';
import { databaseSchemaInputFrom } from '../../../src/agents/database-schema/index.ts';
import type { AdCopy } from '../../../src/schemas/ad-copy.ts';
import type { BrandConfig } from '../../../src/schemas/brand-config.ts';
import {
  dentalConfig,
  dentalLandscape,
  dentalProfile,
  recordingContext,
  saasConfig,
  saasLandscape,
  saasProfile,
} from '../creative-director/fixtures.ts';

export { recordingContext } from '../creative-director/fixtures.ts';

export interface BuiltClient {
  config: BrandConfig;
  adCopy: AdCopy;
  input: DatabaseSchemaInput;
}

/** A brand config by the real strategist and ad copy by the real creative director, both offline. */
async function built(config: BrandConfig, adCopy: AdCopy): Promise<BuiltClient> {
  return { config, adCopy, input: databaseSchemaInputFrom(config, adCopy) };
}

export async function dentalClient(): Promise<BuiltClient> {
  const config = await dentalConfig();
  const creative = await creativeDirector.offline(
    creativeInputFrom(config, dentalProfile, dentalLandscape),
    recordingContext(),
  );
  return built(config, creative.adCopy);
}

/** Ledgerly on Google and LinkedIn: RSA and LinkedIn ad fields. */
export async function saasClient(): Promise<BuiltClient> {
  const config = await saasConfig();
  const creative = await creativeDirector.offline(
    creativeInputFrom(config, saasProfile, saasLandscape),
    recordingContext(),
  );
  return built(config, creative.adCopy);
}

/** A workspace over a real directory, as the orchestrator gives agents. */
export function directoryWorkspace(slug: string, dir: string): Workspace {
  return {
    slug,
    dir,
    readJson: async (path, schema) => schema.parse(JSON.parse(await readFile(join(dir, path), 'utf8'))),
    readText: (path) => readFile(join(dir, path), 'utf8'),
    exists: (path) =>
      stat(join(dir, path)).then(
        () => true,
        () => false,
      ),
  };
}

export async function writeFileIn(dir: string, path: string, content: string): Promise<void> {
  await mkdir(dirname(join(dir, path)), { recursive: true });
  await writeFile(join(dir, path), content);
}

/**
 * Decodes a Cypher string literal (single or double quoted) the way Neo4j reads it, so tests can
 * check that escaped brand text comes back exactly.
 */
export function decodeCypherString(literal: string): string {
  const quote = literal[0];
  if ((quote !== "'" && quote !== '"') || literal.at(-1) !== quote)
    throw new Error(`not a literal: ${literal}`);
  const body = literal.slice(1, -1);
  const simple: Record<string, string> = {
    '\\': '\\',
    "'": "'",
    '"': '"',
    n: '\n',
    r: '\r',
    t: '\t',
    b: '\b',
    f: '\f',
  };
  let out = '';
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index]!;
    if (char === quote) throw new Error(`unescaped quote at ${index} in ${literal}`);
    if (char !== '\\') {
      out += char;
      continue;
    }
    const next = body[index + 1]!;
    if (next === 'u') {
      out += String.fromCharCode(Number.parseInt(body.slice(index + 2, index + 6), 16));
      index += 5;
    } else if (next in simple) {
      out += simple[next];
      index += 1;
    } else throw new Error(`unknown escape \\${next} in ${literal}`);
  }
  return out;
}

/** The value of `key: '<literal>'` in one Cypher line, decoded. */
export function cypherStringProperty(line: string, key: string): string {
  const match = new RegExp(`\\b${key}: ('(?:[^'\\\\]|\\\\.)*')`).exec(line);
  if (!match) throw new Error(`no ${key} in ${line}`);
  return decodeCypherString(match[1]!);
}
