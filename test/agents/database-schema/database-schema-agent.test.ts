import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BrandSeedSchema,
  DatabaseSchemaOutput,
  databaseSchema,
  databaseSchemaInputFrom,
} from '../../../src/agents/database-schema/index.ts';
import { loadDefinition } from '../../../src/agents/load-definition.ts';
import { STORE_TABLES } from '../../../src/store/index.ts';
import { dentalClient, directoryWorkspace, recordingContext, saasClient, writeFileIn } from './fixtures.ts';

describe('database-schema agent', () => {
  it('maps a real strategy and ad copy to a seed that validates', async () => {
    const { input, config } = await dentalClient();
    const output = await databaseSchema.offline(input, recordingContext());
    expect(DatabaseSchemaOutput.parse(output)).toEqual(output);
    expect(BrandSeedSchema.safeParse(output.seed).success).toBe(true);
    expect(databaseSchema.validate(output, input)).toEqual([]);

    const { seed } = output;
    expect(seed.brand).toEqual({
      id: 'bellingham-family-dental',
      name: 'Bellingham Family Dental',
      timezone: config.timezone,
      business_model: 'brick-and-mortar-primary',
    });
    expect(seed.demographics.map((demographic) => [demographic.priority, demographic.id])).toEqual([
      ['primary', config.demographics.primary.id],
      ['secondary', config.demographics.secondary.id],
      ['tertiary', config.demographics.tertiary.id],
    ]);
    expect(seed.demographics[0]!.profile).toMatchObject({
      description: config.demographics.primary.description,
      pain_points: config.demographics.primary.pain_points,
    });
    expect(seed.geoAreas.map((area) => area.id)).toEqual(
      config.geographic_strategy.zones.map((zone) => zone.id),
    );
    expect(seed.geoAreas[0]!.definition).toMatchObject({
      center: config.geographic_strategy.zones[0]!.center,
    });
    for (const platform of seed.platforms) {
      const line = config.budget.allocation.find((candidate) => candidate.platform === platform.id)!;
      expect(platform.daily_budget).toBe(line.daily);
    }
  });

  it('seeds one campaign per platform × objective with the strategy’s daily budget, id = utm = landing page', async () => {
    for (const client of [await dentalClient(), await saasClient()]) {
      const { seed } = await databaseSchema.offline(client.input, recordingContext());
      const expected = client.config.platforms.map((platform) => ({
        id: `${platform.id}-${platform.objective}`,
        platform: platform.id,
        objective: platform.objective,
        daily_budget: client.config.budget.allocation.find((line) => line.platform === platform.id)!.daily,
        utm_campaign: `${platform.id}-${platform.objective}`,
      }));
      expect(seed.campaigns).toMatchObject(expected);
      expect(seed.campaigns.map((campaign) => campaign.name)).toEqual(
        expect.arrayContaining([expect.stringMatching(/ — /)]),
      );
      const total = seed.campaigns.reduce((sum, campaign) => sum + campaign.daily_budget, 0);
      expect(Math.abs(total - client.config.budget.daily_total)).toBeLessThanOrEqual(
        0.01 * seed.campaigns.length,
      );
      // The ads' landing pages are the campaigns' landing pages.
      for (const variant of client.adCopy.variants) {
        expect(seed.campaigns.map((campaign) => `/lp/${campaign.utm_campaign}`)).toContain(
          variant.final_url_path,
        );
      }
    }
  });

  it('links every ad-copy variant to its campaign, with headline and body from its fields', async () => {
    const { input, adCopy } = await saasClient();
    const { seed } = await databaseSchema.offline(input, recordingContext());
    expect(seed.ads.map((ad) => ad.id)).toEqual(adCopy.variants.map((variant) => variant.id));
    for (const variant of adCopy.variants) {
      const ad = seed.ads.find((candidate) => candidate.id === variant.id)!;
      expect(ad.variant_id).toBe(variant.id);
      expect(ad.campaign_id).toBe(`${variant.platform}-${variant.objective}`);
      const { fields } = variant;
      if (fields.kind === 'google-rsa') {
        expect(ad).toMatchObject({ headline: fields.headlines[0], body: fields.descriptions[0] });
      } else if (fields.kind === 'linkedin') {
        expect(ad).toMatchObject({ headline: fields.headline, body: fields.intro });
      } else throw new Error(`unexpected kind ${fields.kind}`);
    }
    expect(new Set(seed.ads.map((ad) => ad.campaign_id))).toEqual(
      new Set(['google-leads', 'linkedin-leads']),
    );

    const dental = await dentalClient();
    const dentalSeed = (await databaseSchema.offline(dental.input, recordingContext())).seed;
    const meta = dental.adCopy.variants.find((variant) => variant.fields.kind === 'meta')!;
    const fields = meta.fields as Extract<typeof meta.fields, { kind: 'meta' }>;
    expect(dentalSeed.ads.find((ad) => ad.id === meta.id)).toMatchObject({
      campaign_id: 'meta-leads',
      headline: fields.headline,
      body: fields.primary_text,
    });
  });

  it('seeds campaigns without ads when there is no ad copy, and says so', async () => {
    const { config } = await dentalClient();
    const input = databaseSchemaInputFrom(config, null);
    const context = recordingContext();
    const output = await databaseSchema.offline(input, context);
    expect(output.seed.ads).toEqual([]);
    expect(output.seed.campaigns).toHaveLength(config.platforms.length);
    expect(databaseSchema.validate(output, input)).toEqual([]);
    expect(context.notes).toContainEqual({ kind: 'warning', text: expect.stringContaining('without ads') });
  });

  it('leaves out ad copy of another brand and variants whose campaign the strategy no longer runs', async () => {
    const { config, adCopy } = await dentalClient();
    const stranger = await databaseSchema.offline(
      databaseSchemaInputFrom(config, { ...adCopy, brand_id: 'someone-else' }),
      recordingContext(),
    );
    expect(stranger.seed.ads).toEqual([]);

    const orphan = { ...adCopy.variants[0]!, id: 'tiktok-orphan', platform: 'tiktok' as const };
    const context = recordingContext();
    const output = await databaseSchema.offline(
      databaseSchemaInputFrom(config, { ...adCopy, variants: [...adCopy.variants, orphan] }),
      context,
    );
    expect(output.seed.ads.map((ad) => ad.id)).not.toContain('tiktok-orphan');
    expect(output.seed.ads).toHaveLength(adCopy.variants.length);
    expect(context.notes.some((note) => note.text.includes('tiktok-orphan'))).toBe(true);
  });

  it('validate finds dangling references, a budget that does not add up, and CREATE in the Cypher', async () => {
    const { input } = await dentalClient();
    const output = await databaseSchema.offline(input, recordingContext());
    const broken = structuredClone(output);
    broken.seed.campaigns[0]!.platform = 'pinterest';
    broken.seed.ads[0]!.campaign_id = 'nowhere-leads';
    broken.seed.campaigns[1]!.daily_budget += 5;
    broken.cypher += "CREATE (n:Brand {brand_id: 'x'});\n";
    const problems = databaseSchema.validate(broken, input);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('runs on platform "pinterest"'),
        expect.stringContaining('campaign "nowhere-leads"'),
        expect.stringContaining("not the strategy's daily total"),
        expect.stringContaining('CREATE ('),
      ]),
    );
  });

  it('renders the seed, schema.md and export.cypher at the paths its definition produces', async () => {
    const { input } = await dentalClient();
    const output = await databaseSchema.offline(input, recordingContext());
    const files = databaseSchema.render(output, input);
    const definition = await loadDefinition(
      fileURLToPath(new URL('../../../src/agents/database-schema/definition.md', import.meta.url)),
    );
    expect(files.map((file) => file.path).sort()).toEqual([...definition.produces].sort());
    expect(definition.needs).toEqual(['brand-config.json', 'creative/ad-copy.json']);

    const seedFile = files.find((file) => file.path === 'database/seed.json')!;
    expect(BrandSeedSchema.parse(JSON.parse(seedFile.content))).toEqual(output.seed);

    const schema = files.find((file) => file.path === 'database/schema.md')!.content;
    for (const table of STORE_TABLES) expect(schema).toContain(`| \`${table}\` |`);
    expect(schema).toContain('DATABASE_URL');
    expect(schema).toContain('pgvector');
    expect(schema).toContain('real[]');
    expect(schema).toContain('`embedding` vector(256)');
    expect(schema).toContain(`| \`ads\` | ${output.seed.ads.length} |`);
    expect(schema).toContain('| `google-leads` | google | leads |');

    expect(files.find((file) => file.path === 'database/export.cypher')!.content).toBe(output.cypher);
  });

  it('is deterministic: the same input gives byte-identical files', async () => {
    const first = await dentalClient();
    const second = await dentalClient();
    const render = async (client: typeof first) =>
      databaseSchema.render(await databaseSchema.offline(client.input, recordingContext()), client.input);
    expect(await render(second)).toEqual(await render(first));
  });

  describe('distill', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'database-schema-'));
    });
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('reads brand-config.json and the ad copy, and keeps only what the seed depends on', async () => {
      const { config, adCopy, input } = await dentalClient();
      await writeFileIn(dir, 'brand-config.json', JSON.stringify(config));
      await writeFileIn(dir, 'creative/ad-copy.json', JSON.stringify(adCopy));
      const distilled = await databaseSchema.distill(directoryWorkspace(config.brand_id, dir));
      expect(distilled).toEqual(input);
      expect(JSON.stringify(distilled)).not.toContain('rationale');
      expect(distilled.adCopy?.variants[0]).not.toHaveProperty('pillar');
    });

    it('treats a missing ad copy as no ads', async () => {
      const { config } = await dentalClient();
      await writeFileIn(dir, 'brand-config.json', JSON.stringify(config));
      const distilled = await databaseSchema.distill(directoryWorkspace(config.brand_id, dir));
      expect(distilled.adCopy).toBeNull();
    });
  });
});
