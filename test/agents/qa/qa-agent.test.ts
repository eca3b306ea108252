import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qa } from '../../../src/agents/qa/index.ts';
import type { AgentRegistry } from '../../../src/agents/registry.ts';
import type { AdCopy } from '../../../src/schemas/ad-copy.ts';
import type { BrandConfig } from '../../../src/schemas/brand-config.ts';
import type { CreativePlan } from '../../../src/schemas/creative-brief.ts';
import {
  buildClient,
  completeClient,
  copyClient,
  json,
  markdownFiles,
  readJson,
  registryWithQa,
  runQaBuild,
  runQaOn,
  write,
} from './qa-fixtures.ts';

describe('qa agent on a client built by the real agents', () => {
  let registry: AgentRegistry;
  let built: string;
  let complete: string;
  const made: string[] = [];

  beforeAll(async () => {
    registry = await registryWithQa();
    const { dir, summary } = await buildClient(registry);
    built = dir;
    made.push(dir);
    expect(summary.agents.find((agent) => agent.name === 'qa')).toMatchObject({ status: 'ran' });
    complete = await copyClient(built);
    made.push(complete);
    await completeClient(complete);
  });
  afterAll(async () => {
    for (const dir of made) await rm(dir, { recursive: true, force: true });
  });

  async function corrupted(change: (dir: string) => Promise<void>): Promise<string> {
    const dir = await copyClient(complete);
    made.push(dir);
    await change(dir);
    return dir;
  }

  it('passes a clean offline build with no blocking problem and writes QA-REPORT.md', async () => {
    const report = await readFile(join(built, 'QA-REPORT.md'), 'utf8');
    expect(report).toMatch(/^# QA report: Juniper Family Dental\n\n\d+ checks: \d+ passed, 0 failed/);
    expect(report).toContain('No blocking problem');
    expect(report).toContain('| check | result | problems |');
    expect((await runQaOn(built)).blocking).toEqual([]);
  });

  it('finds nothing blocking once creative artifacts and docs are there too', async () => {
    const report = await runQaOn(complete);
    expect(report.blocking).toEqual([]);
    const ran = report.checks.filter((check) => check.status !== 'skipped').map((check) => check.id);
    expect(ran).toEqual(
      expect.arrayContaining([
        'schema:brand-config.json',
        'schema:creative/ad-copy.json',
        'budget-sums',
        'budget-agreement',
        'references',
        'platform-coverage',
        'copy-limits',
        'voice-ad-copy',
        'placeholders',
        'secrets',
      ]),
    );
  });

  it('blocks a budget line that breaks the sum, naming brand-config.json and the strategist', async () => {
    const dir = await corrupted(async (dir) => {
      const config = await readJson<BrandConfig>(dir, 'brand-config.json');
      config.budget.allocation[0]!.monthly += 100;
      config.budget.allocation[0]!.core_monthly += 100;
      await write(dir, 'brand-config.json', json(config));
    });
    const report = await runQaOn(dir);
    const sums = report.checks.find((check) => check.id === 'budget-sums')!;
    expect(sums.status).toBe('fail');
    expect(sums.details).toEqual([
      expect.stringMatching(
        /^brand-config\.json: budget allocation sums to 3100, not the monthly total 3000 .*— fix: re-run strategist/,
      ),
    ]);
    expect(report.blocking).toEqual(expect.arrayContaining(sums.details));
    expect(report.blocking.some((line) => line.startsWith('strategy/budget-allocation.json:'))).toBe(true);
    expect(qa.gate!(report)).toEqual(report.blocking);
  });

  it('blocks an ad headline over the 30-character limit', async () => {
    const dir = await corrupted(async (dir) => {
      const copy = await readJson<AdCopy>(dir, 'creative/ad-copy.json');
      const google = copy.variants.find((variant) => variant.fields.kind.endsWith('-rsa'))!;
      if (google.fields.kind === 'google-rsa' || google.fields.kind === 'microsoft-rsa')
        google.fields.headlines[0] = 'Dental cleanings and check-ups every weekday';
      await write(dir, 'creative/ad-copy.json', json(copy));
    });
    const report = await runQaOn(dir);
    expect(report.checks.find((check) => check.id === 'copy-limits')?.status).toBe('fail');
    expect(report.blocking).toEqual([
      expect.stringMatching(/^creative\/ad-copy\.json: variant "[a-z0-9-]+" .*headlines\[0\]/),
    ]);
    expect(qa.gate!(report)).toEqual(report.blocking);
  });

  it('blocks a brief aimed at a demographic brand-config.json does not have', async () => {
    const dir = await corrupted(async (dir) => {
      const plan = await readJson<CreativePlan>(dir, 'creative/briefs/briefs.json');
      plan.briefs[0]!.demographic = 'weekend-tourists';
      await write(dir, 'creative/briefs/briefs.json', json(plan));
    });
    const report = await runQaOn(dir);
    expect(report.blocking).toEqual([
      expect.stringMatching(
        /^creative\/briefs\/briefs\.json: brief "[a-z0-9-]+" targets unknown demographic "weekend-tourists" \(known: .*— fix: re-run creative-director/,
      ),
    ]);
    expect(qa.gate!(report)).toEqual(report.blocking);
  });

  it('blocks a TODO left in a doc', async () => {
    let doc = '';
    const dir = await corrupted(async (dir) => {
      doc = (await markdownFiles(dir, 'docs'))[0]!;
      const text = await readFile(join(dir, doc), 'utf8');
      await writeFile(join(dir, doc), `${text}\n## Escalation\n\nTODO: ask the client who to call.\n`);
    });
    const report = await runQaOn(dir);
    expect(report.blocking).toEqual([
      expect.stringMatching(new RegExp(`^${doc.replace(/[./]/g, '\\$&')}: placeholder "TODO" on line \\d+`)),
    ]);
    expect(qa.gate!(report)).toEqual(report.blocking);
  });

  it('blocks a word the brand avoids in ad copy', async () => {
    let phrase = '';
    const dir = await corrupted(async (dir) => {
      const config = await readJson<BrandConfig>(dir, 'brand-config.json');
      phrase = config.brand_voice.avoid.find((entry) => !entry.includes('(') && entry.length <= 20)!;
      const copy = await readJson<AdCopy>(dir, 'creative/ad-copy.json');
      const meta = copy.variants.find((variant) => variant.fields.kind !== 'google-rsa') ?? copy.variants[0]!;
      const fields = meta.fields;
      if (fields.kind === 'google-rsa' || fields.kind === 'microsoft-rsa') fields.headlines[2] = phrase;
      else if (fields.kind === 'meta' || fields.kind === 'linkedin' || fields.kind === 'youtube')
        fields.headline = phrase;
      else if (fields.kind === 'tiktok') fields.ad_text = phrase;
      else fields.title = phrase;
      await write(dir, 'creative/ad-copy.json', json(copy));
    });
    const report = await runQaOn(dir);
    const voice = report.checks.find((check) => check.id === 'voice-ad-copy')!;
    expect(voice.status).toBe('fail');
    expect(voice.details).toEqual([expect.stringContaining(`creative/ad-copy.json: variant`)]);
    expect(voice.details[0]).toContain(`uses "${phrase}"`);
    expect(qa.gate!(report)).toEqual(report.blocking);
    expect(report.blocking).toContain(voice.details[0]);
  });

  it('reports invalid JSON in brand-config.json as blocking instead of crashing', async () => {
    const dir = await corrupted(async (dir) => {
      await writeFile(join(dir, 'brand-config.json'), '{ "schema_version": 1, ');
    });
    const report = await runQaOn(dir);
    expect(report.blocking).toEqual([
      expect.stringMatching(/^brand-config\.json: is not valid JSON \(.+\) — fix: re-run strategist/),
    ]);
    expect(report.checks.find((check) => check.id === 'budget-agreement')?.status).toBe('skipped');
    expect(qa.gate!(report)).toEqual(report.blocking);
  });

  it('fails the build through runBuild and still writes QA-REPORT.md', async () => {
    const dir = await corrupted(async (dir) => {
      const config = await readJson<BrandConfig>(dir, 'brand-config.json');
      config.budget.allocation[0]!.monthly -= 50;
      config.budget.allocation[0]!.core_monthly -= 50;
      await write(dir, 'brand-config.json', json(config));
    });
    const summary = await runQaBuild(registry, dir, 'qa');
    expect(summary.status).toBe('failed');
    expect(summary.agents.find((agent) => agent.name === 'qa')).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/blocking problems?: brand-config\.json/),
    });
    const report = await readFile(join(dir, 'QA-REPORT.md'), 'utf8');
    expect(report).toContain('**Not ready:');
    expect(report).toMatch(/## Blocking problems \(\d+\)/);
    expect(report).toContain('brand-config.json: budget allocation sums to 2950, not the monthly total 3000');
    expect(report.indexOf('## Blocking problems')).toBeLessThan(report.indexOf('## Warnings') >>> 0);
  });

  it('re-runs when any checked artifact changes and resumes when none did', async () => {
    const dir = await corrupted(async () => {});
    expect((await runQaBuild(registry, dir, 'qa')).agents[0]!.status).toBe('ran');
    const resumed = await runQaBuild(registry, dir);
    expect(resumed.agents.find((agent) => agent.name === 'qa')!.status).toBe('resumed');
    await write(dir, 'docs/extra.md', '# Extra\n\nMore words.\n');
    const rerun = await runQaBuild(registry, dir);
    expect(rerun.agents.find((agent) => agent.name === 'qa')!.status).toBe('ran');
  });
});
