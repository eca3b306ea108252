import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { qa } from '../../../src/agents/qa/index.ts';
import type { QaReport } from '../../../src/agents/qa/qa-report.ts';
import { type AgentRegistry, loadRegistry } from '../../../src/agents/registry.ts';
import { silentReporter } from '../../../src/factory/build-reporter.ts';
import { clientWorkspace } from '../../../src/factory/client-workspace.ts';
import { type BuildSummary, runBuild } from '../../../src/factory/run-build.ts';
import { CostBudget, parseModelSpec } from '../../../src/llm/index.ts';
import { readBrief } from '../../../src/research/crawler/index.ts';
import type { AdCopy, AdFields } from '../../../src/schemas/ad-copy.ts';
import type { BrandConfig, PlatformId } from '../../../src/schemas/brand-config.ts';
import type { CreativePlan } from '../../../src/schemas/creative-brief.ts';

export const SLUG = 'juniper';
export const BRIEF = fileURLToPath(new URL('../../fixtures/qa/juniper-brief.txt', import.meta.url));

/** The real registry, with QA attached when the registry does not wire it yet. */
export async function registryWithQa(): Promise<AgentRegistry> {
  const base = await loadRegistry();
  const all = base.all.map((agent) =>
    agent.definition.name === 'qa' && !agent.implementation
      ? {
          definition: { ...agent.definition, status: 'built' as const },
          implementation: { ...qa, definition: agent.definition } as never,
        }
      : agent,
  );
  const byName = new Map(all.map((agent) => [agent.definition.name, agent]));
  return { all, get: (name) => byName.get(name) };
}

/** Builds a client from the brief with every built agent, offline, as `spawn-client` would. */
export async function buildClient(registry: AgentRegistry): Promise<{ dir: string; summary: BuildSummary }> {
  const dir = await mkdtemp(join(tmpdir(), 'qa-client-'));
  const snapshot = await readBrief(BRIEF);
  await write(dir, 'research/sources/snapshot.json', `${JSON.stringify(snapshot, null, 2)}\n`);
  const inputs = {
    schema_version: 1,
    slug: SLUG,
    source: { kind: 'brief', file: BRIEF },
    budget: { monthly: 3000, currency: 'USD' },
  };
  await write(dir, 'inputs.json', `${JSON.stringify(inputs, null, 2)}\n`);
  const summary = await runQaBuild(registry, dir);
  return { dir, summary };
}

export function runQaBuild(registry: AgentRegistry, dir: string, only?: string): Promise<BuildSummary> {
  return runBuild({
    slug: SLUG,
    dir,
    command: 'test',
    registry,
    model: parseModelSpec('offline'),
    budget: new CostBudget(null),
    env: {},
    reporter: silentReporter,
    ...(only ? { selection: { only } } : {}),
  });
}

/**
 * Fills in what agents not built yet would have written (a creative plan, ad copy, a doc), each
 * valid against its schema and consistent with brand-config.json, so every check has input.
 */
export async function completeClient(dir: string): Promise<void> {
  const config = JSON.parse(await readFile(join(dir, 'brand-config.json'), 'utf8')) as BrandConfig;
  if (!(await exists(join(dir, 'creative/briefs/briefs.json')))) {
    await write(dir, 'creative/briefs/briefs.json', json(handWrittenPlan(config)));
  }
  if (!(await exists(join(dir, 'creative/ad-copy.json')))) {
    const plan = JSON.parse(await readFile(join(dir, 'creative/briefs/briefs.json'), 'utf8')) as CreativePlan;
    await write(dir, 'creative/ad-copy.json', json(handWrittenAdCopy(config, plan)));
  }
  if ((await markdownFiles(dir, 'docs')).length === 0) {
    await write(
      dir,
      'docs/operator-guide.md',
      `# ${config.brand_name}: operator guide\n\n## Daily routine\n\nCheck the dashboard each morning.\n`,
    );
  }
}

export async function copyClient(dir: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'qa-copy-'));
  await cp(dir, copy, { recursive: true });
  return copy;
}

export async function runQaOn(dir: string): Promise<QaReport> {
  const input = await qa.distill(clientWorkspace(SLUG, dir));
  const report = await qa.offline(input, { note() {} });
  expectValid(report, qa.validate(report, input));
  return report;
}

function expectValid(report: QaReport, problems: string[]): void {
  if (problems.length > 0)
    throw new Error(`QA report invalid: ${problems.join('; ')}\n${JSON.stringify(report)}`);
}

export async function readJson<T>(dir: string, path: string): Promise<T> {
  return JSON.parse(await readFile(join(dir, path), 'utf8')) as T;
}

export async function write(dir: string, path: string, content: string): Promise<void> {
  await mkdir(dirname(join(dir, path)), { recursive: true });
  await writeFile(join(dir, path), content);
}

export async function markdownFiles(dir: string, folder: string): Promise<string[]> {
  const entries = await readdir(join(dir, folder)).catch(() => [] as string[]);
  return entries.filter((name) => name.endsWith('.md')).map((name) => `${folder}/${name}`);
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

async function exists(path: string): Promise<boolean> {
  return readFile(path).then(
    () => true,
    () => false,
  );
}

function demographicsOf(config: BrandConfig): string[] {
  const { primary, secondary, tertiary } = config.demographics;
  return [primary.id, secondary.id, tertiary.id];
}

function handWrittenPlan(config: BrandConfig): CreativePlan {
  const [first, second] = demographicsOf(config) as [string, string];
  const platforms = config.platforms;
  return {
    schema_version: 1,
    brand_id: config.brand_id,
    themes: ['Care close to home'],
    pillars: [
      {
        id: 'family-care',
        name: 'Family care',
        message: 'Care for the whole family.',
        proof: ['Family owned since 2012.'],
        demographics: [first],
      },
      {
        id: 'evening-visits',
        name: 'Evening visits',
        message: 'Appointments after work.',
        proof: ['Evening appointments on Tuesdays and Thursdays.'],
        demographics: [second],
      },
    ],
    visual_direction: {
      palette: [config.brand_colors.primary, config.brand_colors.secondary],
      typography: 'A friendly sans-serif.',
      imagery: 'Patients and staff in the practice, natural light.',
    },
    avoid: ['stock photography'],
    briefs: [0, 1, 2, 3, 4].map((index) => {
      const platform = platforms[index % platforms.length]!;
      return {
        id: `brief-${index + 1}`,
        title: `A visit to Juniper ${index + 1}`,
        strategic_purpose: 'Show what a visit is like.',
        demographic: platform.demographics[0]!,
        platform: platform.id,
        format: platform.formats[0]!,
        duration_seconds: 15,
        pillar: index % 2 === 0 ? 'family-care' : 'evening-visits',
        scenes: [
          {
            number: 1,
            seconds: 5,
            visual: 'The front desk.',
            audio: 'A warm welcome.',
            on_screen_text: null,
          },
        ],
        tone: ['warm'],
        aesthetic: ['natural-light'],
        composition: ['close-up'],
        narrative: ['day-in-the-life'],
        call_to_action: 'Book a visit',
        hypothesis: {
          metric: 'ctr',
          expectation: 'Higher click-through than a static photo.',
          compared_to: 'the static photo ad',
          rationale: 'Motion draws the eye.',
        },
      };
    }),
  };
}

function fieldsFor(platform: PlatformId, config: BrandConfig): AdFields {
  const offering = config.offerings[0]!.name.slice(0, 30);
  switch (platform) {
    case 'google':
    case 'microsoft':
      return {
        kind: platform === 'google' ? 'google-rsa' : 'microsoft-rsa',
        headlines: ['Juniper Family Dental', offering, 'Evening Appointments'],
        descriptions: [
          'Dental cleanings and check-ups in Burlington.',
          'Evening appointments on Tuesdays and Thursdays.',
        ],
        path1: 'dentist',
        path2: 'book',
      };
    case 'meta':
      return {
        kind: 'meta',
        primary_text: 'Dental cleanings and check-ups at Juniper Family Dental in Burlington.',
        headline: 'Juniper Family Dental',
        description: 'Book a visit',
      };
    case 'linkedin':
      return {
        kind: 'linkedin',
        intro: 'Evening appointments at Juniper Family Dental.',
        headline: 'Book a check-up',
      };
    case 'tiktok':
      return { kind: 'tiktok', ad_text: 'Check-ups at Juniper Family Dental' };
    case 'youtube':
      return {
        kind: 'youtube',
        headline: 'Juniper Dental',
        long_headline: 'Dental cleanings and check-ups in Burlington',
        description: 'Evening appointments on Tuesdays and Thursdays.',
        call_to_action: 'Book now',
      };
    case 'pinterest':
      return {
        kind: 'pinterest',
        title: 'Juniper Family Dental',
        description: 'Children’s dentistry in Burlington.',
      };
  }
}

function handWrittenAdCopy(config: BrandConfig, plan: CreativePlan): AdCopy {
  return {
    schema_version: 1,
    brand_id: config.brand_id,
    variants: config.platforms.map((platform) => ({
      id: `${platform.id}-1`,
      platform: platform.id,
      demographic: platform.demographics[0]!,
      objective: platform.objective,
      pillar: plan.pillars[0]!.id,
      tone: ['warm'],
      fields: fieldsFor(platform.id, config),
      final_url_path: '/',
    })),
    rejected: [],
  };
}
