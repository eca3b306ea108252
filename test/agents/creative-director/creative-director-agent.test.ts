import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../src/agents/builder-agent.ts';
import type { CreativeInput } from '../../../src/agents/creative-director/index.ts';
import { creativeDirector } from '../../../src/agents/creative-director/index.ts';
import { checkAdVariant, PLATFORM_KIND, variantOverlaps } from '../../../src/creative/index.ts';
import { AdCopy } from '../../../src/schemas/ad-copy.ts';
import { CreativePlan } from '../../../src/schemas/creative-brief.ts';
import {
  dentalConfig,
  dentalInput,
  dentalLandscape,
  dentalProfile,
  recordingContext,
  saasConfig,
  saasProfile,
} from './fixtures.ts';

// A workspace over a real directory, as the orchestrator gives agents.
function directoryWorkspace(slug: string, dir: string): Workspace {
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

async function write(dir: string, path: string, value: unknown) {
  await mkdir(dirname(join(dir, path)), { recursive: true });
  await writeFile(join(dir, path), `${JSON.stringify(value, null, 2)}\n`);
}

describe('creative director agent', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'creative-director-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('distils the client directory, keeping research facts and the text claims must come from', async () => {
    await write(dir, 'brand-config.json', await dentalConfig());
    await write(dir, 'research/brand-profile.json', dentalProfile);
    await write(dir, 'research/competitive-landscape.json', dentalLandscape);
    const input = await creativeDirector.distill(directoryWorkspace('bellingham-family-dental', dir));
    expect(input.brand).toMatchObject({ id: 'bellingham-family-dental', name: 'Bellingham Family Dental' });
    expect(input.platforms.map((platform) => platform.id)).toEqual(['google', 'meta']);
    expect(input.demographics).toHaveLength(3);
    expect(input.fonts).toEqual(['Nunito', 'Open Sans']);
    expect(input.geography.local).toBe(true);
    expect(input.geography.places[0]).toBe('Bellingham');
    expect(input.proof).toMatchObject({ credentials: ['ADA member'], years_in_business: 18 });
    expect(input.competition?.differentiation[0]?.point).toBe('Evening appointments on weekdays');
    for (const fact of ['from $299', 'ADA member', '18 years in business', 'Gentle care for every smile']) {
      expect(input.source_text).toContain(fact);
    }
  });

  it('treats a missing competitive landscape as unknown and still builds valid creative', async () => {
    await write(dir, 'brand-config.json', await saasConfig());
    await write(dir, 'research/brand-profile.json', saasProfile);
    const input = await creativeDirector.distill(directoryWorkspace('ledgerly', dir));
    expect(input.competition).toBeNull();
    expect(input.geography.local).toBe(false);
    const output = await creativeDirector.offline(input, recordingContext());
    expect(creativeDirector.validate(output, input)).toEqual([]);
    const strategy = creativeDirector.render(output, input).find((file) => file.path.endsWith('.md'))!;
    expect(strategy.content).toContain('No competitive landscape was available');
  });

  it('renders the strategy, one file per brief, briefs.json and ad-copy.json', async () => {
    const input = await dentalInput();
    const output = await creativeDirector.offline(input, recordingContext());
    const files = creativeDirector.render(output, input);
    expect(files.map((file) => file.path)).toEqual([
      'creative/creative-strategy.md',
      ...output.plan.briefs.map((brief) => `creative/briefs/${brief.id}.md`),
      'creative/briefs/briefs.json',
      'creative/ad-copy.json',
    ]);
    const byPath = new Map(files.map((file) => [file.path, file.content]));
    const plan = byPath.get('creative/briefs/briefs.json')!;
    expect(plan.endsWith('}\n')).toBe(true);
    expect(plan).toContain('\n  "schema_version": 1');
    expect(CreativePlan.parse(JSON.parse(plan))).toEqual(output.plan);
    expect(AdCopy.parse(JSON.parse(byPath.get('creative/ad-copy.json')!))).toEqual(output.adCopy);

    const strategy = byPath.get('creative/creative-strategy.md')!;
    for (const pillar of output.plan.pillars) expect(strategy).toContain(`### ${pillar.name}`);
    expect(strategy).toContain('Evening appointments on weekdays** — evidence: Stated on the home page.');
    expect(strategy).toContain('`#0a7ea4`');
    for (const brief of output.plan.briefs) expect(strategy).toContain(`(briefs/${brief.id}.md)`);

    const video = output.plan.briefs.find((brief) => brief.duration_seconds > 0)!;
    const markdown = byPath.get(`creative/briefs/${video.id}.md`)!;
    expect(markdown).toContain(`# ${video.title}`);
    expect(markdown).toContain('| # | Seconds | Visual | Audio and voice-over | On-screen text |');
    expect(markdown).toContain(`**Duration:** ${video.duration_seconds} seconds`);
    expect(markdown).toContain('## Hypothesis');
    expect(markdown).toContain(`**Narrative:** ${video.narrative[0]}`);
  });

  it('writes copy of the right kind for every platform it may be given', async () => {
    const base = await dentalInput();
    const everyone = base.demographics.map((demographic) => demographic.id);
    const input: CreativeInput = {
      ...base,
      platforms: (['google', 'meta', 'linkedin', 'tiktok', 'youtube', 'microsoft', 'pinterest'] as const).map(
        (id) => ({
          id,
          objective: id === 'tiktok' || id === 'youtube' || id === 'pinterest' ? 'awareness' : 'leads',
          formats: id === 'youtube' ? ['In-stream video', 'Shorts'] : ['Video', 'Image'],
          demographics: everyone,
        }),
      ),
    };
    const output = await creativeDirector.offline(input, recordingContext());
    expect(creativeDirector.validate(output, input)).toEqual([]);
    expect(output.plan.briefs).toHaveLength(8);
    const rules = { avoid: input.voice.avoid, sourceText: input.source_text };
    for (const platform of input.platforms) {
      const variants = output.adCopy.variants.filter((variant) => variant.platform === platform.id);
      // Search ads of one campaign may not share more than half their headlines: one strong ad per
      // audience when the material runs out, rather than near-copies.
      const search = variants[0]?.fields.kind.endsWith('-rsa');
      expect(variants.length, platform.id).toBeGreaterThanOrEqual((search ? 1 : 2) * everyone.length);
      expect(variantOverlaps(variants), platform.id).toEqual([]);
      for (const variant of variants) {
        expect(variant.fields.kind).toBe(PLATFORM_KIND[platform.id]);
        expect(checkAdVariant(variant, rules).filter((problem) => problem.severity === 'hard')).toEqual([]);
      }
    }
    const youtube = output.adCopy.variants.find((variant) => variant.fields.kind === 'youtube')!;
    expect(youtube.fields).toMatchObject({ call_to_action: 'Learn more' });
  });

  it('drops copy that breaks the avoid list, lists it as rejected and warns', async () => {
    const base = await dentalInput();
    const input: CreativeInput = {
      ...base,
      voice: { ...base.voice, avoid: [...base.voice.avoid, 'whitening'] },
    };
    const context = recordingContext();
    const output = await creativeDirector.offline(input, context);
    const written = JSON.stringify(output.adCopy.variants);
    expect(written).not.toMatch(/whitening/i);
    expect(output.adCopy.rejected.length).toBeGreaterThan(0);
    expect(context.notes.some((note) => note.kind === 'warning' && note.text.includes('dropped'))).toBe(true);
  });

  it('quotes research as untrusted data in the model prompt', async () => {
    const input = await dentalInput();
    const prompt = creativeDirector.prompt!(input);
    expect(prompt.system).toMatch(/never instructions/);
    expect(prompt.sharedContext).toContain('<untrusted_data label="brand-summary"');
    expect(prompt.sharedContext).toContain('Bellingham Family Dental');
    expect(prompt.prompt).toContain('<untrusted_data label="source-text"');
    expect(prompt.prompt).toContain('"brand_id": "bellingham-family-dental"');
    expect(prompt.prompt).toContain('/lp/<platform>-<objective>');
  });
});
