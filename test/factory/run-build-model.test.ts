import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MockLanguageModelV3 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { brandResearch } from '../../src/agents/brand-research/index.ts';
import { loadRegistry } from '../../src/agents/registry.ts';
import { silentReporter } from '../../src/factory/build-reporter.ts';
import { readManifest } from '../../src/factory/manifest.ts';
import { runBuild } from '../../src/factory/run-build.ts';
import { CostBudget, parseModelSpec } from '../../src/llm/index.ts';
import { readBrief } from '../../src/research/crawler/index.ts';
import { anthropicAnswer, lastUserText } from '../llm/model-responses.ts';

const BRIEF = fileURLToPath(new URL('../fixtures/harbor-brief.txt', import.meta.url));

async function clientFromBrief() {
  const dir = await mkdtemp(join(tmpdir(), 'factory-model-'));
  const snapshot = await readBrief(BRIEF);
  await mkdir(join(dir, 'research/sources'), { recursive: true });
  await writeFile(join(dir, 'research/sources/snapshot.json'), JSON.stringify(snapshot));
  const { fetchedAt: _ignored, ...input } = snapshot;
  const offlineProfile = await brandResearch.offline(input, { note: () => {} });
  return { dir, offlineProfile };
}

async function buildWith(dir: string, model: MockLanguageModelV3, maxCost: number | null = null) {
  return runBuild({
    slug: 'harbor',
    dir,
    command: 'test',
    registry: await loadRegistry(),
    model: parseModelSpec('anthropic:claude-sonnet-4-5'),
    budget: new CostBudget(maxCost),
    env: { ANTHROPIC_API_KEY: 'test-key-never-sent' },
    selection: { only: 'brand-research' },
    reporter: silentReporter,
    languageModel: model,
  });
}

describe('runBuild on a model', () => {
  it("records the model, its tokens and cost per artifact when the model's answer validates", async () => {
    const { dir, offlineProfile } = await clientFromBrief();
    const answer = {
      ...offlineProfile,
      tagline: {
        value: 'One hour, one therapist',
        confidence: 0.6,
        sources: [{ kind: 'brief', page: 'brief' }],
      },
    };
    const model = new MockLanguageModelV3({
      doGenerate: [anthropicAnswer(JSON.stringify(answer), { input: 2000, output: 800 })],
    });
    const summary = await buildWith(dir, model);
    expect(summary.agents[0]).toMatchObject({
      status: 'ran',
      engine: 'model',
      model: 'anthropic:claude-sonnet-4-5',
    });
    const manifest = (await readManifest(dir))!;
    const record = manifest.artifacts['research/brand-profile.json']!;
    expect(record.tokens).toEqual({ input: 2000, output: 800, cached: 0 });
    expect(record.cost_usd).toBeCloseTo((2000 * 3 + 800 * 15) / 1_000_000, 9);
    const profile = JSON.parse(await readFile(join(dir, 'research/brand-profile.json'), 'utf8'));
    expect(profile.tagline.value).toBe('One hour, one therapist');
    // The brief reached the model only inside the labelled untrusted-data wrapper.
    expect(lastUserText(model.doGenerateCalls[0]!)).toMatch(
      /<untrusted_data label="brief"[^>]*>[\s\S]*Harbor Light/,
    );
  });

  it('feeds an invented phone number back to the model, then falls back to the offline engine with a warning', async () => {
    const { dir, offlineProfile } = await clientFromBrief();
    const invented = {
      ...offlineProfile,
      contact: {
        ...offlineProfile.contact,
        phones: [{ value: '(555) 010-9999', confidence: 0.9, sources: [{ kind: 'brief', page: 'brief' }] }],
      },
    };
    const model = new MockLanguageModelV3({
      doGenerate: [0, 1, 2].map(() => anthropicAnswer(JSON.stringify(invented))),
    });
    const summary = await buildWith(dir, model);
    expect(model.doGenerateCalls).toHaveLength(3);
    expect(lastUserText(model.doGenerateCalls[1]!)).toContain(
      'phone "(555) 010-9999" does not occur in the source',
    );
    expect(summary.agents[0]).toMatchObject({ status: 'ran', engine: 'offline' });
    const profile = JSON.parse(await readFile(join(dir, 'research/brand-profile.json'), 'utf8'));
    expect(profile.contact.phones.map((phone: { value: string }) => phone.value.replace(/\D/g, ''))).toEqual([
      '2075550142',
    ]);
    const manifest = (await readManifest(dir))!;
    expect(manifest.agents['brand-research']?.tokens.input).toBeGreaterThan(0);
    expect(await readFile(join(dir, '.build-context.md'), 'utf8')).toMatch(
      /\*\*Warning\*\* \(brand-research\): .*offline/,
    );
  });

  it('never calls the model once --max-cost cannot cover the call', async () => {
    const { dir } = await clientFromBrief();
    const model = new MockLanguageModelV3({ doGenerate: [] });
    const summary = await buildWith(dir, model, 0.0001);
    expect(model.doGenerateCalls).toHaveLength(0);
    expect(summary.agents[0]).toMatchObject({ status: 'ran', engine: 'offline' });
    expect(summary.warnings.join('\n')).toMatch(/budget/);
  });
});
