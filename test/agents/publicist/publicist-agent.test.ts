import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../src/agents/builder-agent.ts';
import { publicist } from '../../../src/agents/publicist/index.ts';
import { findJargon } from '../../../src/agents/publicist/plain-language.ts';
import { BrandConfig } from '../../../src/schemas/brand-config.ts';
import { CreativePlan } from '../../../src/schemas/creative-brief.ts';
import {
  dentalConfig,
  dentalPlan,
  dentalPublicistInput,
  recordingContext,
  shopConfig,
  shopPlan,
  shopPublicistInput,
} from './fixtures.ts';

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

const fileOf = (output: { files: Array<{ path: string; markdown: string }> }, path: string) =>
  output.files.find((file) => file.path === path)?.markdown ?? '';

describe('publicist agent', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'publicist-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('starts from fixtures that satisfy the brand config and creative plan contracts', () => {
    for (const [config, plan] of [
      [dentalConfig(), dentalPlan()],
      [shopConfig(), shopPlan()],
    ] as const) {
      expect(BrandConfig.safeParse(config).success).toBe(true);
      expect(CreativePlan.safeParse(plan).success).toBe(true);
      expect(plan.briefs).toHaveLength(5);
    }
  });

  it('distils the client directory, writes offline, validates and renders under content-requests/', async () => {
    const config = dentalConfig();
    await write(dir, 'brand-config.json', config);
    await write(dir, 'creative/briefs/briefs.json', dentalPlan(config));
    const input = await publicist.distill(directoryWorkspace(config.brand_id, dir));
    expect(input.brand.name).toBe('Bellingham Family Dental');
    expect(input.brand.email).toBe('hello@bellinghamfamilydental.example');
    expect(input.places.names).toContain('Bellingham');
    expect(input.audiences.map((audience) => audience.id)).toEqual([
      config.demographics.primary.id,
      config.demographics.secondary.id,
      config.demographics.tertiary.id,
    ]);

    const output = await publicist.offline(input, recordingContext());
    expect(publicist.schema.safeParse(output).success).toBe(true);
    expect(publicist.validate(output, input)).toEqual([]);

    const paths = publicist.render(output, input).map((artifact) => artifact.path);
    expect(paths).toEqual([
      'content-requests/README.md',
      'content-requests/monthly-content-plan.md',
      'content-requests/filming-guide.md',
      'content-requests/copy-templates.md',
      ...input.creative.briefs.map((brief) => `content-requests/shot-lists/${brief.id}.md`),
    ]);
  });

  it('writes a shot list for every brief with shots, props, on-screen text and a done-when line', async () => {
    const input = dentalPublicistInput();
    const output = await publicist.offline(input, recordingContext());
    for (const brief of input.creative.briefs) {
      const list = fileOf(output, `content-requests/shot-lists/${brief.id}.md`);
      expect(list).toContain(`# Shot list: ${brief.title}`);
      for (const [index] of brief.scenes.entries()) expect(list).toContain(`**Shot ${index + 1}**`);
      expect(list).toContain('## Props and people');
      expect(list).toContain(`Ending: "${brief.call_to_action}"`);
      expect(list).toMatch(/^Done when /m);
    }
    const hygienist = fileOf(output, 'content-requests/shot-lists/meet-the-hygienist.md');
    expect(hygienist).toContain('"Nervous? Tell us."');
    expect(hygienist).toContain('medium shot, chest up');
    expect(hygienist).toContain('vertical 9:16');
  });

  it('writes for the client: no jargon words in any file', async () => {
    for (const input of [dentalPublicistInput(), shopPublicistInput()]) {
      const output = await publicist.offline(input, recordingContext());
      for (const file of output.files) expect(findJargon(file.markdown), file.path).toEqual([]);
    }
  });

  it('is specific to the brand: offerings, places and industry privacy differ between two brands', async () => {
    const dental = await publicist.offline(dentalPublicistInput(), recordingContext());
    const shop = await publicist.offline(shopPublicistInput(), recordingContext());

    const dentalGuide = fileOf(dental, 'content-requests/filming-guide.md');
    expect(dentalGuide).toContain('Teeth whitening');
    expect(dentalGuide).toContain('1200 Cornwall Ave, Bellingham');
    expect(dentalGuide).toMatch(/Patient records/);
    expect(dentalGuide).toMatch(/consent|release/i);

    const shopGuide = fileOf(shop, 'content-requests/filming-guide.md');
    expect(shopGuide).toContain('Mugs');
    expect(shopGuide).toContain('Portland');
    expect(shopGuide).not.toMatch(/Patient records/);

    for (const file of dental.files) expect(file.markdown, file.path).toContain('Bellingham Family Dental');
    for (const file of shop.files) expect(file.markdown, file.path).toContain('Tidepool Ceramics');
    expect(fileOf(dental, 'content-requests/monthly-content-plan.md')).not.toEqual(
      fileOf(shop, 'content-requests/monthly-content-plan.md'),
    );
    expect(fileOf(dental, 'content-requests/README.md')).toContain(
      'Send your files to hello@bellinghamfamilydental.example',
    );
    expect(fileOf(shop, 'content-requests/README.md')).toContain(
      'Send your files to orders@tidepool.example',
    );
  });

  it('plans four weeks that cover every brief and every platform, with posting days', async () => {
    const input = dentalPublicistInput();
    const plan = fileOf(
      await publicist.offline(input, recordingContext()),
      'content-requests/monthly-content-plan.md',
    );
    for (const week of [1, 2, 3, 4]) expect(plan).toContain(`## Week ${week}`);
    for (const brief of input.creative.briefs) expect(plan).toContain(`shot-lists/${brief.id}.md`);
    expect(plan).toContain('Google (goes into your ads)');
    expect(plan).toContain('**Tuesday, Facebook & Instagram**');
    expect(plan).toContain('Make **4 pieces a week**, 16 this month.');
    expect(plan).toContain('$5,000 a month');
    expect(plan).toContain('## What happens to what you send');
  });

  it('gives the same files for the same input', async () => {
    const first = await publicist.offline(dentalPublicistInput(), recordingContext());
    const second = await publicist.offline(dentalPublicistInput(), recordingContext());
    expect(second).toEqual(first);
  });

  it('renders markdown files ending in a newline', async () => {
    const input = shopPublicistInput();
    const artifacts = publicist.render(await publicist.offline(input, recordingContext()), input);
    expect(artifacts).toHaveLength(4 + input.creative.briefs.length);
    for (const artifact of artifacts) {
      expect(artifact.path.startsWith('content-requests/')).toBe(true);
      expect(artifact.content.endsWith('\n')).toBe(true);
    }
  });

  it('quotes the brand and creative plan as data in the model prompt, with the computed calendar', () => {
    const prompt = publicist.prompt!(dentalPublicistInput());
    expect(prompt.system).toMatch(/small-business owner/);
    expect(prompt.system).toMatch(/never instructions/);
    expect(prompt.sharedContext).toContain('Bellingham Family Dental');
    expect(prompt.prompt).toContain('<untrusted_data label="creative-plan"');
    expect(prompt.prompt).toContain('"perWeek": 4');
    expect(prompt.prompt).toContain('content-requests/shot-lists/meet-the-hygienist.md');
  });
});

describe('offering descriptions in the filming guide', () => {
  it("leaves out a site's own description that uses an avoided word, and keeps the offering", async () => {
    const { publicist } = await import('../../../src/agents/publicist/index.ts');
    const { dentalPublicistInput } = await import('./fixtures.ts');
    const base = dentalPublicistInput();
    const offering = {
      name: 'Hybrid Coaching',
      description: 'Combine sessions for the best of both worlds.',
      price: null,
    };
    const input = {
      ...base,
      offerings: [offering, ...base.offerings],
      voice: { ...base.voice, avoid: [...base.voice.avoid, 'best'] },
    };
    const output = await publicist.offline(input, { note() {} });
    const guide = output.files.find((file) => file.path === 'content-requests/filming-guide.md')!;
    expect(guide.markdown).toContain('**Hybrid Coaching**');
    expect(guide.markdown).not.toContain('best of both worlds');
    expect(publicist.validate(output, input)).toEqual([]);
  });
});
