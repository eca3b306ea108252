import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { IndustryFile, type IndustrySignal } from './industry-file.ts';
import { KnowledgeFileError } from './knowledge-file-error.ts';

/** `data/industries/` of this checkout, found from this module so any working directory works. */
export const INDUSTRIES_DIR = fileURLToPath(new URL('../../data/industries/', import.meta.url));

/** The key every catalogue must hold: the generic playbook for businesses no file describes. */
export const FALLBACK_INDUSTRY = 'other';

export interface Industry extends Omit<IndustryFile, 'detection'> {
  /** The file name without `.yaml`. */
  key: string;
  /** Null only for the fallback, which is never detected. */
  detection: IndustrySignal | null;
  file: string;
}

export interface IndustryCatalogue {
  dir: string;
  /** Alphabetical by key, the fallback last. */
  all: readonly Industry[];
  keys: readonly string[];
  byKey: ReadonlyMap<string, Industry>;
  /** The industry with this key, or the fallback when no file has it. */
  lookup(key: string): Industry;
}

const HINT =
  'Fix the field named in the data file; src/knowledge/industry-file.ts is its schema and data/README.md describes each field.';
const FILE_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.ya?ml$/;

const cache = new Map<string, IndustryCatalogue>();

/**
 * Reads every `<key>.yaml` in the folder, validates each against IndustryFile and returns the
 * catalogue; later calls for the same folder return the same catalogue. Throws a
 * KnowledgeFileError naming the file and the field when a file is invalid.
 *
 * @example
 * const dental = loadIndustries().lookup('dental').playbook;
 */
export function loadIndustries(dir: string = INDUSTRIES_DIR): IndustryCatalogue {
  const folder = resolve(dir);
  const cached = cache.get(folder);
  if (cached) return cached;
  const catalogue = readCatalogue(folder);
  cache.set(folder, catalogue);
  return catalogue;
}

function readCatalogue(folder: string): IndustryCatalogue {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name));
  } catch (error) {
    throw new KnowledgeFileError(folder, '(folder)', `cannot be read: ${(error as Error).message}`, HINT);
  }
  const industries = names.map((name) => readIndustry(join(folder, name), name));
  const keys = new Set<string>();
  for (const industry of industries) {
    if (keys.has(industry.key)) {
      throw new KnowledgeFileError(industry.file, '(file name)', `a second file for "${industry.key}"`, HINT);
    }
    keys.add(industry.key);
  }
  const fallback = industries.find((industry) => industry.key === FALLBACK_INDUSTRY);
  if (!fallback) {
    throw new KnowledgeFileError(
      join(folder, `${FALLBACK_INDUSTRY}.yaml`),
      '(file)',
      'missing: the generic fallback industry is required',
      HINT,
    );
  }
  const all = [
    ...industries.filter((industry) => industry !== fallback).sort((a, b) => a.key.localeCompare(b.key)),
    fallback,
  ];
  const byKey = new Map(all.map((industry) => [industry.key, industry]));
  return {
    dir: folder,
    all,
    keys: all.map((industry) => industry.key),
    byKey,
    lookup: (key) => byKey.get(key) ?? fallback,
  };
}

function readIndustry(file: string, name: string): Industry {
  const key = FILE_NAME.exec(name)?.[1];
  if (!key) {
    throw new KnowledgeFileError(file, '(file name)', 'must be a kebab-case key ending in .yaml', HINT);
  }
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    const field = line ? `(YAML syntax, line ${line})` : '(YAML syntax)';
    throw new KnowledgeFileError(file, field, (error as Error).message.split('\n')[0] ?? 'invalid', HINT);
  }
  const parsed = IndustryFile.safeParse(raw);
  if (!parsed.success) {
    // A misspelt field also makes the real one "missing"; the misspelling is the line to fix.
    const [first, ...rest] = [...parsed.error.issues].sort(
      (a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'),
    );
    const more = rest.length > 0 ? ` (and ${rest.length} more: ${rest.map(fieldOf).join(', ')})` : '';
    throw new KnowledgeFileError(file, fieldOf(first!), `${first!.message}${more}`, HINT);
  }
  const { detection, ...rest } = parsed.data;
  if (key === FALLBACK_INDUSTRY && detection) {
    throw new KnowledgeFileError(
      file,
      'detection',
      'the fallback industry is never detected; remove it',
      HINT,
    );
  }
  if (key !== FALLBACK_INDUSTRY && !detection) {
    throw new KnowledgeFileError(file, 'detection', 'required: how a website shows this industry', HINT);
  }
  return { key, file, detection: detection ?? null, ...rest };
}

function fieldOf(issue: z.core.$ZodIssue): string {
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
  return path.length > 0 ? path.map(String).join('.') : '(file)';
}
