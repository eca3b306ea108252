import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Artifact, BuilderAgent, Workspace } from '../../src/agents/builder-agent.ts';
import { ecommerce } from '../../src/agents/ecommerce/index.ts';
import { formConversion } from '../../src/agents/form-conversion/index.ts';
import { landingPage } from '../../src/agents/landing-page/index.ts';
import { loadDefinition } from '../../src/agents/load-definition.ts';
import { websiteBackend } from '../../src/agents/website-backend/index.ts';
import { websiteDesigner } from '../../src/agents/website-designer/index.ts';
import { websiteStrategist } from '../../src/agents/website-strategist/index.ts';
import { buildSite, SitePlan } from '../../src/website/index.ts';
import { dentalBrand, shopBrand, silent, siteInputOf } from './fixtures.ts';

/** A workspace over an in-memory client directory. */
function memoryWorkspace(files: Map<string, string>): Workspace {
  return {
    slug: 'test',
    dir: '/nowhere',
    async readText(path) {
      const text = files.get(path);
      if (text === undefined) throw new Error(`${path} does not exist`);
      return text;
    },
    async readJson<T>(path: string, schema: z.ZodType<T>) {
      return schema.parse(JSON.parse(await this.readText(path)));
    },
    async exists(path) {
      return files.has(path);
    },
  };
}

// The order the factory's DAG runs them in.
const AGENTS: Array<[string, Omit<BuilderAgent<never, unknown>, 'definition'>]> = [
  ['website-strategist', websiteStrategist as never],
  ['ecommerce', ecommerce as never],
  ['form-conversion', formConversion as never],
  ['website-designer', websiteDesigner as never],
  ['landing-page', landingPage as never],
  ['website-backend', websiteBackend as never],
];

describe.each([
  ['a lead business', dentalBrand],
  ['a shop', shopBrand],
])('the six website agents for %s', (_, makeBrand) => {
  it('run offline, validate, write only what they produce, and together write the site buildSite builds', async () => {
    const brand = await makeBrand();
    const files = new Map<string, string>([
      ['brand-config.json', JSON.stringify(brand.config)],
      ['research/brand-profile.json', JSON.stringify(brand.profile)],
      ['creative/ad-copy.json', JSON.stringify(brand.adCopy)],
    ]);
    const workspace = memoryWorkspace(files);
    const written: Artifact[] = [];
    for (const [name, agent] of AGENTS) {
      const definition = await loadDefinition(join('src/agents', name, 'definition.md'));
      const input = await agent.distill(workspace);
      const output = agent.schema.parse(await agent.offline(input, silent));
      expect(agent.validate(output, input), name).toEqual([]);
      for (const artifact of agent.render(output, input)) {
        const allowed = definition.produces.some(
          (path) => path === artifact.path || (path.endsWith('/') && artifact.path.startsWith(path)),
        );
        expect(allowed, `${name} writes ${artifact.path}`).toBe(true);
        files.set(artifact.path, artifact.content);
        written.push(artifact);
      }
    }
    const expected = buildSite(siteInputOf(brand))
      .map((file) => [`website/${file.path}`, String(file.content)] as const)
      .sort(([a], [b]) => a.localeCompare(b));
    const actual = written
      .map((file) => [file.path, file.content] as const)
      .sort(([a], [b]) => a.localeCompare(b));
    expect(actual.map(([path]) => path)).toEqual(expected.map(([path]) => path));
    expect(actual).toEqual(expected);
  });
});

describe('agent validators', () => {
  it('reject a site plan with invented facts but accept new wording', async () => {
    const brand = await dentalBrand();
    const workspace = memoryWorkspace(
      new Map([
        ['brand-config.json', JSON.stringify(brand.config)],
        ['research/brand-profile.json', JSON.stringify(brand.profile)],
        ['creative/ad-copy.json', JSON.stringify(brand.adCopy)],
      ]),
    );
    const planInput = await websiteStrategist.distill(workspace);
    const plan = SitePlan.parse(await websiteStrategist.offline(planInput, silent));
    const invented = structuredClone(plan);
    invented.pages[0]!.sections[0]!.items.push('Voted best dentist in the world');
    expect(websiteStrategist.validate(invented, planInput).join()).toContain('home.sections');
    const reworded = structuredClone(plan);
    reworded.pages[0]!.heading = 'Gentle dental care in Bellingham';
    expect(websiteStrategist.validate(reworded, planInput)).toEqual([]);
  });
});
