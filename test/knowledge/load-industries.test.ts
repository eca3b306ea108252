import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { categoryLandscape } from '../../src/agents/competitive-intelligence/category-players.ts';
import { industryPlaybook } from '../../src/agents/strategist/industry-playbooks.ts';
import {
  FALLBACK_INDUSTRY,
  INDUSTRIES_DIR,
  IndustryFile,
  KnowledgeFileError,
  loadIndustries,
} from '../../src/knowledge/index.ts';
import { detectIndustry } from '../../src/research/extract/detect-industry.ts';
import { INDUSTRY_SIGNALS } from '../../src/research/extract/industry-signals.ts';
import { INDUSTRY_KEYS, INDUSTRY_LABELS, isIndustryKey } from '../../src/research/industry-keys.ts';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A data folder holding the real fallback file and the given extra files. */
function dataFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'industries-'));
  temps.push(dir);
  copyFileSync(join(INDUSTRIES_DIR, 'other.yaml'), join(dir, 'other.yaml'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const fallbackText = readFileSync(join(INDUSTRIES_DIR, 'other.yaml'), 'utf8');

/** The fallback file turned into a new industry: a label and detection signals added. */
function industryText(label: string, keywords: string[]): string {
  const detection = [
    'detection:',
    '  local: true',
    '  schemaTypes: [BikeStore]',
    '  keywords:',
    ...keywords.map((word) => `    - ${word}`),
  ].join('\n');
  return fallbackText.replace(/^label: .*$/m, `label: ${label}\n${detection}`);
}

function loadError(dir: string): KnowledgeFileError {
  try {
    loadIndustries(dir);
  } catch (error) {
    if (error instanceof KnowledgeFileError) return error;
    throw error;
  }
  throw new Error('the folder loaded without an error');
}

describe('the industry data files', () => {
  const catalogue = loadIndustries();

  it('all validate, one industry per file, the fallback last', () => {
    const files = readdirSync(INDUSTRIES_DIR).filter((name) => name.endsWith('.yaml'));
    expect(catalogue.keys).toHaveLength(files.length);
    expect(new Set(catalogue.keys)).toEqual(new Set(files.map((name) => name.replace(/\.yaml$/, ''))));
    expect(catalogue.keys.at(-1)).toBe(FALLBACK_INDUSTRY);
    for (const industry of catalogue.all) {
      const parsed = IndustryFile.safeParse(parseYaml(readFileSync(industry.file, 'utf8')));
      expect(parsed.error?.issues ?? [], industry.file).toEqual([]);
    }
  });

  it('covers the industries the sites need', () => {
    for (const key of [
      'lodging',
      'hospitality',
      'retail-ecommerce',
      'home-services',
      'legal',
      'real-estate',
      'nonprofit',
      'saas',
      'sports-club',
      'specialty-food',
    ]) {
      expect(catalogue.byKey.has(key), key).toBe(true);
    }
  });

  it('gives every playbook three distinct audiences and platforms that point at them', () => {
    for (const { key, playbook } of catalogue.all) {
      const ids = playbook.audiences.map((audience) => audience.id);
      expect(new Set(ids).size, key).toBe(3);
      const platformIds = playbook.platforms.map((platform) => platform.id);
      expect(new Set(platformIds).size, key).toBe(platformIds.length);
      for (const platform of playbook.platforms) {
        expect(Number.isInteger(platform.weight) && platform.weight > 0, `${key}/${platform.id}`).toBe(true);
        expect(platform.audiences.length, `${key}/${platform.id}`).toBeGreaterThan(0);
        for (const index of platform.audiences) {
          expect(playbook.audiences[index], `${key}/${platform.id} audience ${index}`).toBeDefined();
        }
      }
      expect(playbook.kpi.costPerLead.low, key).toBeLessThanOrEqual(playbook.kpi.costPerLead.high);
    }
  });

  it('detects every industry but the fallback', () => {
    for (const { key, detection } of catalogue.all) {
      expect(detection === null, key).toBe(key === FALLBACK_INDUSTRY);
    }
  });

  it('is what the taxonomy, the playbooks, the category players and the signals read', () => {
    expect(INDUSTRY_KEYS).toEqual(catalogue.keys);
    expect(INDUSTRY_LABELS.lodging).toBe(catalogue.byKey.get('lodging')?.label);
    expect(INDUSTRY_LABELS.other).toBe('Other business');
    expect(isIndustryKey('sports-club')).toBe(true);
    expect(isIndustryKey('constructor')).toBe(false);
    expect(Object.keys(INDUSTRY_SIGNALS)).toEqual(catalogue.keys.filter((key) => key !== FALLBACK_INDUSTRY));
    expect(industryPlaybook('lodging')).toBe(catalogue.byKey.get('lodging')?.playbook);
    expect(categoryLandscape('specialty-food')).toBe(catalogue.byKey.get('specialty-food')?.category);
    expect(industryPlaybook('no-such-industry')).toBe(catalogue.byKey.get('other')?.playbook);
  });

  it('is read once and cached', () => {
    expect(loadIndustries()).toBe(catalogue);
    expect(loadIndustries(INDUSTRIES_DIR)).toBe(catalogue);
  });

  it('loads from any working directory, through tsx as the CLI runs', () => {
    const tsx = pathToFileURL(fileURLToPath(import.meta.resolve('tsx'))).href;
    const keys = pathToFileURL(
      fileURLToPath(new URL('../../src/research/industry-keys.ts', import.meta.url)),
    );
    const output = execFileSync(
      process.execPath,
      [
        '--import',
        tsx,
        '--input-type=module',
        '-e',
        `const { INDUSTRY_KEYS } = await import(${JSON.stringify(keys.href)}); console.log(INDUSTRY_KEYS.join(','));`,
      ],
      { cwd: tmpdir(), encoding: 'utf8' },
    );
    expect(output.trim()).toBe(catalogue.keys.join(','));
  });
});

describe('an invalid data file', () => {
  it('names the file and the field whose value is wrong', () => {
    const bad = fallbackText.replace(/weight: \d+/, 'weight: -5');
    const dir = dataFolder({ 'other.yaml': bad });
    const error = loadError(dir);
    expect(error.code).toBe('KNOWLEDGE_FILE_INVALID');
    expect(error.file).toBe(join(dir, 'other.yaml'));
    expect(error.field).toBe('playbook.platforms.0.weight');
    expect(error.message).toContain(`${join(dir, 'other.yaml')}: playbook.platforms.0.weight:`);
    expect(error.hint).toMatch(/industry-file\.ts/);
  });

  it('names a misspelt field rather than ignoring it', () => {
    const bad = fallbackText.replace('radiusKm:', 'radiusKms:');
    const error = loadError(dataFolder({ 'other.yaml': bad }));
    expect(error.field).toBe('playbook.radiusKms');
  });

  it('names a platform audience that points past the three audiences', () => {
    const bad = fallbackText.replace(/audiences: \[[\d, ]+\]/, 'audiences: [0, 3]');
    const error = loadError(dataFolder({ 'other.yaml': bad }));
    expect(error.field).toBe('playbook.platforms.0.audiences.1');
  });

  it('names a new industry without detection signals', () => {
    const error = loadError(dataFolder({ 'bike-repair.yaml': fallbackText }));
    expect(error.file).toMatch(/bike-repair\.yaml$/);
    expect(error.field).toBe('detection');
  });

  it('gives the line of a YAML syntax error', () => {
    const error = loadError(dataFolder({ 'other.yaml': `${fallbackText}\n  - : [oops\n` }));
    expect(error.field).toMatch(/^\(YAML syntax, line \d+\)$/);
  });

  it('requires the fallback industry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'industries-'));
    temps.push(dir);
    writeFileSync(
      join(dir, 'bike-repair.yaml'),
      industryText('Bicycle repair', ['bike', 'bicycle', 'puncture']),
    );
    const error = loadError(dir);
    expect(error.file).toBe(join(dir, 'other.yaml'));
  });
});

describe('a new industry added as a data file', () => {
  const dir = dataFolder({
    'bike-repair.yaml': industryText('Bicycle repair workshop', [
      'bike',
      'bicycle',
      'puncture',
      'wheel truing',
      'derailleur',
      'cycle workshop',
    ]),
  });
  const catalogue = loadIndustries(dir);

  it('is loaded with its label', () => {
    expect(catalogue.keys).toEqual(['bike-repair', 'other']);
    expect(catalogue.lookup('bike-repair').label).toBe('Bicycle repair workshop');
  });

  it('is detected from a site without a code change', () => {
    const finding = detectIndustry(
      {
        schemaTypes: [],
        headline: 'Bike servicing and puncture repair',
        body: 'Bring your bicycle to our cycle workshop: derailleur tuning, wheel truing and bike fitting.',
        page: 'https://example.test/',
        sourceKind: 'text',
      },
      catalogue,
    );
    expect(finding.value).toEqual({ key: 'bike-repair', label: 'Bicycle repair workshop' });
  });

  it('gets its own playbook and category landscape', () => {
    expect(industryPlaybook('bike-repair', catalogue)).toBe(catalogue.byKey.get('bike-repair')?.playbook);
    expect(categoryLandscape('bike-repair', catalogue).players.length).toBeGreaterThanOrEqual(2);
  });

  it('stays out of the real data', () => {
    expect(isIndustryKey('bike-repair')).toBe(false);
    expect(industryPlaybook('bike-repair')).toBe(industryPlaybook('other'));
  });
});
