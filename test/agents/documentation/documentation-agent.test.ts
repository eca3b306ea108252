import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { load } from 'cheerio';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentation } from '../../../src/agents/documentation/index.ts';
import { unshippedMentions } from '../../../src/capabilities/index.ts';
import { clientWorkspace } from '../../../src/factory/client-workspace.ts';
import { API_ROUTES } from '../../../src/runtime/server/api-contract.ts';
import {
  creativePlanFor,
  dentalConfig,
  dentalProfile,
  inputFor,
  recordingContext,
  saasConfig,
  shopConfig,
} from './fixtures.ts';

const PATHS = [
  'docs/system-overview.md',
  'docs/uploading-content.md',
  'docs/following-results.md',
  'docs/api-and-webhooks.md',
  'proposal/index.html',
];

async function build(input: ReturnType<typeof inputFor>) {
  const context = recordingContext();
  const output = await documentation.offline(input, context);
  return { output, context, files: documentation.render(output, input) };
}

const file = (files: { path: string; content: string }[], path: string) =>
  files.find((candidate) => candidate.path === path)?.content ?? '';

describe('documentation agent, offline', () => {
  it('writes the guides and the proposal, valid against the schema and the validator', async () => {
    for (const config of [await dentalConfig(), await shopConfig(), await saasConfig()]) {
      const input = inputFor(config);
      const { output, files } = await build(input);
      expect(documentation.schema.safeParse(output).success).toBe(true);
      expect(documentation.validate(output, input)).toEqual([]);
      expect(files.map((artifact) => artifact.path)).toEqual(PATHS);
      for (const artifact of files) expect(artifact.content.length).toBeGreaterThan(500);
    }
  });

  it('puts the budget in a proposal table whose rows sum to the monthly total, even for an odd budget', async () => {
    const config = await saasConfig();
    expect(config.budget.monthly_total).toBe(4321);
    const { files } = await build(inputFor(config));
    const $ = load(file(files, 'proposal/index.html'));
    const rows = $('table[data-budget-table] tbody td[data-monthly]')
      .map((_, cell) => Number($(cell).attr('data-monthly')))
      .get() as number[];
    expect(rows).toHaveLength(config.budget.allocation.length);
    expect(rows.reduce((sum, amount) => sum + amount, 0)).toBe(4321);
    expect($('table[data-budget-table] tfoot').text()).toContain('$4,321');
  });

  it('escapes a brand name that carries markup, in the proposal and in the guides', async () => {
    const config = { ...(await dentalConfig()), brand_name: `<script>alert("x")</script> & 'Co'` };
    const input = inputFor(config);
    const { output, files } = await build(input);
    const html = file(files, 'proposal/index.html');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;');
    expect(load(html)('h1').text()).toContain(config.brand_name);
    for (const path of PATHS.slice(0, 4)) expect(file(files, path)).not.toMatch(/<script/i);
    expect(documentation.validate(output, input)).toEqual([]);
  });

  it("never uses a word the brand's voice avoids in its own prose", async () => {
    for (const config of [await dentalConfig(), await shopConfig(), await saasConfig()]) {
      const { files } = await build(inputFor(config));
      for (const artifact of files) {
        const text = artifact.path.endsWith('.html') ? load(artifact.content).text() : artifact.content;
        for (const word of config.brand_voice.avoid.filter((entry) => /^[\p{L} -]+$/u.test(entry))) {
          expect(text, `${artifact.path} uses "${word}"`).not.toMatch(
            new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu'),
          );
        }
      }
    }
  });

  it('is deterministic: two runs give identical files', async () => {
    const input = inputFor(await dentalConfig());
    expect((await build(input)).files).toEqual((await build(input)).files);
  });

  it('writes different documents for different brands and business models', async () => {
    const dental = await build(inputFor(await dentalConfig()));
    const shop = await build(inputFor(await shopConfig()));
    for (const path of PATHS) expect(file(dental.files, path)).not.toBe(file(shop.files, path));
    expect(file(dental.files, 'proposal/index.html')).toContain('Bellingham Family Dental');
    expect(file(shop.files, 'proposal/index.html')).toContain('Tidepool Ceramics');
    const dentalResults = file(dental.files, 'docs/following-results.md');
    const shopResults = file(shop.files, 'docs/following-results.md');
    expect(dentalResults).toContain('Cost per lead');
    expect(dentalResults).not.toContain('Return on ad spend');
    expect(shopResults).toContain('Return on ad spend');
    expect(shopResults).not.toContain('Cost per lead');
  });

  it("uses the client's own numbers in the system overview", async () => {
    const config = await dentalConfig();
    const overview = file((await build(inputFor(config))).files, 'docs/system-overview.md');
    expect(overview).toContain('**$5,000**');
    expect(overview).toContain('| Google Ads | enquiries and leads | $3,000 | $450 | $98.68 |');
    expect(overview).toContain('About 53 leads a month');
    expect(overview).toContain('9 mi around Bellingham Family Dental, Bellingham');
    expect(overview).toContain('America/Los_Angeles');
  });

  it('links the upload guide to the content requests and lists every route the server answers, and no other', async () => {
    const { files } = await build(inputFor(await shopConfig()));
    expect(file(files, 'docs/uploading-content.md')).toContain('](../content-requests/)');
    const api = file(files, 'docs/api-and-webhooks.md');
    for (const route of API_ROUTES) expect(api).toContain(`| ${route.method} | \`${route.url}\` |`);
    const listed = [...api.matchAll(/^\| (?:GET|POST|PATCH) \| `([^`]+)`/gm)].map((match) => match[1]);
    expect(listed).toEqual(API_ROUTES.map((route) => route.url));
    // Not built yet, so not promised (src/capabilities): the guide must not list them.
    for (const path of ['/api/leads', '/api/webhooks/shopify', '/api/content'])
      expect(api).not.toContain(path);
    // The example payloads are real JSON, in the shape the server takes (flat form fields).
    const blocks = [...api.matchAll(/```json\n([\s\S]*?)\n```/g)].map((match) => JSON.parse(match[1]!));
    expect(blocks.find((block) => block.email)).toMatchObject({
      email: 'alex@example.com',
      message: 'Could you tell me more about Mugs?',
      _utm_source: 'google',
    });
    expect(blocks.some((block) => Array.isArray(block.events))).toBe(true);
  });

  it('promises nothing the client system does not do yet: no dashboard, scores, alerts or weekly report', async () => {
    for (const config of [await dentalConfig(), await shopConfig(), await saasConfig()]) {
      const { files } = await build(inputFor(config));
      for (const artifact of files) {
        const text = artifact.path.endsWith('.html') ? load(artifact.content).text() : artifact.content;
        expect(unshippedMentions(text, [config.brand_name]), artifact.path).toEqual([]);
        expect(text, artifact.path).not.toMatch(/\bdashboard\b|weekly report|lead scor|\balert/i);
      }
    }
  });

  it('notes what it could not use, and still writes everything', async () => {
    const { context } = await build(inputFor(await dentalConfig()));
    expect(context.notes.map((note) => note.text).join('\n')).toMatch(/No creative plan yet/);
  });
});

describe('documentation validator', () => {
  it('rejects placeholder text, invented figures, a broken timeline and changed code examples', async () => {
    const input = inputFor(await dentalConfig());
    const { output } = await build(input);
    const tampered = structuredClone(output);
    tampered.proposal.goals = 'TODO: ask the client. We expect $9,999 a month.';
    tampered.proposal.timeline = tampered.proposal.timeline.slice(1);
    const api = tampered.docs.api_and_webhooks.sections.find((section) =>
      section.body.includes('"Alex Example"'),
    )!;
    api.body = api.body.replace('"Alex Example"', '"Someone Else"');
    const problems = documentation.validate(tampered, input).join('\n');
    expect(problems).toMatch(/placeholder text/);
    expect(problems).toMatch(/\$9,999 is not one the plan computed/);
    expect(problems).toMatch(/timeline/);
    expect(problems).toMatch(/code example differs/);
  });

  it("rejects a model's rewrite that promises a capability the system does not have", async () => {
    const input = inputFor(await dentalConfig());
    const { output } = await build(input);
    const tampered = structuredClone(output);
    tampered.docs.system_overview.intro += ' Check your dashboard every morning.';
    tampered.proposal.reporting += ' A weekly report arrives every Monday.';
    const problems = documentation.validate(tampered, input).join('\n');
    expect(problems).toMatch(/docs\/system-overview\.md promises a dashboard \("dashboard"\)/);
    expect(problems).toMatch(/the proposal promises a weekly report/);
  });

  it('rejects a link to a file the factory does not write', async () => {
    const input = inputFor(await dentalConfig());
    const { output } = await build(input);
    const tampered = structuredClone(output);
    tampered.docs.system_overview.intro += ' See [the runbook](runbook.md).';
    expect(documentation.validate(tampered, input)).toEqual([
      'docs/system-overview.md links to "runbook.md", which the factory does not write',
    ]);
  });
});

describe('documentation agent, distillation', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'documentation-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const write = async (path: string, content: unknown) => {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(
      join(dir, path),
      typeof content === 'string' ? content : JSON.stringify(content, null, 2),
    );
  };

  it('reads the config, the profile, the creative plan and the guardrails from policy.json', async () => {
    const config = await dentalConfig();
    await write('brand-config.json', config);
    await write('research/brand-profile.json', {
      ...dentalProfile,
      logo: { value: { url: 'https://cdn.example/logo.png', alt: null }, confidence: 0.9, sources: [] },
    });
    await write('creative/briefs/briefs.json', creativePlanFor(config));
    await write('automation/policy.json', {
      budget: { max_shift_percent: 20, min_daily_per_platform: 60, exploration_share: 0.2 },
      lead_tiers: { hot: { min: 85 }, warm: { min: 65, max: 84 }, cold: { min: 40 } },
    });
    const input = await documentation.distill(clientWorkspace(config.brand_id, dir));
    expect(input.problems).toEqual([]);
    expect(input.brand.logo_known).toBe(true);
    expect(input.creative?.briefs).toHaveLength(5);
    expect(input.guardrails).toMatchObject({
      max_shift_share: 0.2,
      min_daily_per_platform: 60,
      exploration_share: 0.2,
      lead_tiers: { hot: 85, warm: 65, cold: 40 },
      learning_phase_days: 7,
    });

    const { output, files } = await build(input);
    expect(documentation.validate(output, input)).toEqual([]);
    const upload = file(files, 'docs/uploading-content.md');
    expect(upload).toContain('`brief-1-first-visit`');
    expect(upload).toContain('We already have the logo');
    expect(file(files, 'docs/system-overview.md')).toContain('at most **20%** of the daily budget');
    expect(file(files, 'proposal/index.html')).not.toContain('cdn.example');
  });

  it('treats unreadable optional files as absent and says so', async () => {
    const config = await dentalConfig();
    await write('brand-config.json', config);
    await write('creative/briefs/briefs.json', '{ not json');
    await write('automation/policy.json', { version: 'draft' });
    const input = await documentation.distill(clientWorkspace(config.brand_id, dir));
    expect(input.creative).toBeNull();
    expect(input.problems).toEqual([
      'creative/briefs/briefs.json is not valid JSON; it was ignored.',
      'automation/policy.json has no guardrail the docs recognise; the DESIGN defaults are described.',
    ]);
    const { context } = await build(input);
    expect(context.notes.filter((note) => note.kind === 'warning')).toHaveLength(2);
  });
});

describe('documentation agent, model prompt', () => {
  it('quotes brand data, hands over the computed baseline and forbids new figures', async () => {
    const input = inputFor(await shopConfig());
    const prompt = documentation.prompt!(input);
    expect(prompt.system).toMatch(/never instructions/);
    expect(prompt.system).toMatch(/Every money figure/);
    expect(prompt.sharedContext).toContain('<untrusted_data label="brand summary"');
    expect(prompt.sharedContext).toContain('Tidepool Ceramics');
    expect(prompt.prompt).toContain('<baseline>');
    expect(prompt.prompt).toContain('"monthly_total": 6000');
  });
});
