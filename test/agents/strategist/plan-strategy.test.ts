import { describe, expect, it } from 'vitest';
import { planStrategy } from '../../../src/agents/strategist/offline.ts';
import { validateStrategy } from '../../../src/agents/strategist/validate.ts';
import { INDUSTRY_KEYS, industryLabel } from '../../../src/research/industry-keys.ts';
import { BrandConfig } from '../../../src/schemas/brand-config.ts';
import { dentalInput, recordingContext, saasInput, shopInput } from './fixtures.ts';

const cases = [
  ['dental practice in Bellingham WA', dentalInput],
  ['SaaS with no location', saasInput],
  ['e-commerce shop', shopInput],
] as const;

describe('planStrategy', () => {
  for (const [name, makeInput] of cases) {
    it(`writes a brand config that passes the schema and the semantic checks for a ${name}`, () => {
      const input = makeInput();
      const output = planStrategy(input, recordingContext());
      const parsed = BrandConfig.safeParse(output.config);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(validateStrategy(output, input)).toEqual([]);
    });

    it(`references only the demographics it created for a ${name}`, () => {
      const { config } = planStrategy(makeInput(), recordingContext());
      const ids = Object.values(config.demographics).map((demographic) => demographic.id);
      expect(new Set(ids).size).toBe(3);
      for (const platform of config.platforms) {
        expect(platform.demographics.length).toBeGreaterThan(0);
        for (const id of platform.demographics) expect(ids).toContain(id);
      }
    });

    it(`is deterministic for a ${name}`, () => {
      const first = planStrategy(makeInput(), recordingContext());
      const second = planStrategy(makeInput(), recordingContext());
      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    });
  }

  it('plans the dental practice locally: Pacific time, google + meta, cost per lead, a radius around the practice', () => {
    const context = recordingContext();
    const { config, plan } = planStrategy(dentalInput(5000), context);
    expect(config.brand_id).toBe('bellingham-family-dental');
    expect(config.brand_name).toBe('Bellingham Family Dental');
    expect(config.timezone).toBe('America/Los_Angeles');
    expect(config.locale).toBe('en-US');
    expect(config.platforms.map((platform) => platform.id)).toEqual(['google', 'meta']);
    expect(config.campaign_goals.primary_kpi).toBe('cost_per_lead');
    expect(config.campaign_goals.targets.monthly_leads).toBe(Math.floor(4250 / 80));
    expect(config.contact).toEqual({
      phone: '(360) 555-0142',
      email: 'hello@bellinghamfamilydental.example',
      address: {
        street: '1200 Cornwall Ave',
        city: 'Bellingham',
        region: 'WA',
        postal_code: '98225',
        country: 'US',
      },
    });
    const [radius] = config.geographic_strategy.zones;
    expect(radius).toMatchObject({
      kind: 'radius',
      priority: 'primary',
      // A US practice's 15 km travel distance is targeted as 9 miles, the unit its customers use.
      radius_km: 14.48,
      name: expect.stringMatching(/^9 mi around /),
      center: { lat: 48.7519, lng: -122.4787 },
    });
    expect(
      config.geographic_strategy.zones.some((zone) => zone.kind === 'city' && zone.priority === 'secondary'),
    ).toBe(true);
    expect(config.brand_voice.tone).toEqual(['friendly', 'reassuring']);
    expect(config.brand_voice.avoid).toEqual(
      expect.arrayContaining(['best', '#1', 'guaranteed', 'painless']),
    );
    expect(config.offerings.map((offering) => offering.name)).toEqual([
      'Family dentistry',
      'Teeth whitening',
    ]);
    expect(plan.summary).toContain('Bellingham Family Dental');

    const decisions = context.notes.filter((note) => note.kind === 'decision').map((note) => note.text);
    expect(decisions).toHaveLength(4);
    expect(decisions.join('\n')).toMatch(/Text colour #a0aab4 .* adjusted/);
    expect(decisions.join('\n')).toMatch(/Platform mix.*google, meta/);
    expect(decisions.join('\n')).toMatch(/Primary KPI: cost_per_lead/);
  });

  it('keeps a local kind of business local when research reads its online enquiries as selling online', () => {
    const { config } = planStrategy(
      { ...dentalInput(), business_model: 'service-online' },
      recordingContext(),
    );
    const zones = config.geographic_strategy.zones;
    expect(zones.some((zone) => zone.kind === 'country')).toBe(false);
    expect(zones.find((zone) => zone.priority === 'primary')).toMatchObject({ kind: 'radius' });
  });

  it('invents no contact details for a SaaS whose profile has none, and targets the country', () => {
    const context = recordingContext();
    const { config, plan } = planStrategy(saasInput(), context);
    expect(config.contact).toEqual({ phone: null, email: null, address: null });
    expect(config.website).toBeNull();
    expect(config.platforms.map((platform) => platform.id)).toEqual(['google', 'linkedin', 'meta']);
    expect(config.campaign_goals.primary_kpi).toBe('cost_per_lead');
    expect(config.timezone).toBe('UTC');
    expect(config.geographic_strategy.zones).toHaveLength(1);
    expect(config.geographic_strategy.zones[0]).toMatchObject({ kind: 'country', budget_share: 1 });
    expect(config.geographic_strategy.rationale).toMatch(/No business location is known/);
    // The profile lists no offerings, so the product itself, in its own words, stands in, with a warning.
    expect(config.offerings).toEqual([
      {
        name: 'Ledgerly',
        description: 'Reconciliation software for finance teams.',
        price: null,
      },
    ]);
    expect(
      context.notes.some((note) => note.kind === 'warning' && note.text.includes('no list of offerings')),
    ).toBe(true);
    expect(plan.assumptions.some((text) => text.includes('neutral palette'))).toBe(true);
    expect(plan.risks.some((text) => text.includes('No phone number or email'))).toBe(true);
  });

  it('plans the shop for sales: ROAS, shopping formats, TikTok for younger buyers, the country as primary zone', () => {
    // $12,000 is enough for TikTok's 15% line to clear $50 a day.
    const { config } = planStrategy(shopInput(12_000), recordingContext());
    expect(config.campaign_goals.primary_kpi).toBe('roas');
    expect(config.campaign_goals.targets.roas).toBe(3);
    expect(config.platforms.map((platform) => platform.id)).toEqual(['google', 'meta', 'tiktok']);
    expect(config.platforms.every((platform) => platform.objective === 'sales')).toBe(true);
    expect(config.platforms[0]?.formats).toContain('Shopping ads');
    expect(config.timezone).toBe('America/Los_Angeles');
    // The studio location is the only address research found, so it is the contact address.
    expect(config.contact).toEqual({
      phone: null,
      email: 'orders@tidepool.example',
      address: {
        street: null,
        city: 'Portland',
        region: 'Oregon',
        postal_code: null,
        country: 'United States',
      },
    });
    const zones = config.geographic_strategy.zones;
    expect(zones.find((zone) => zone.kind === 'country')).toMatchObject({
      priority: 'primary',
      place: { country: 'US' },
    });
    expect(zones.find((zone) => zone.kind === 'radius')).toMatchObject({
      center: null,
      priority: 'secondary',
    });
    expect(Math.abs(zones.reduce((sum, zone) => sum + zone.budget_share, 0) - 1)).toBeLessThan(1e-9);
  });

  it('drops platforms from a tiny budget but keeps a valid config', () => {
    const { config, plan } = planStrategy(shopInput(2500), recordingContext());
    expect(config.platforms.map((platform) => platform.id)).toEqual(['google']);
    expect(plan.dropped_platforms).toEqual(['meta', 'tiktok']);
    expect(plan.budget_notes[0]).toMatch(/Dropped meta, tiktok/);
    expect(BrandConfig.safeParse(config).success).toBe(true);
  });

  it('uses the cost per booking for a restaurant', () => {
    const input = { ...dentalInput(), industry: { key: 'restaurant', label: 'Restaurant' } };
    const { config } = planStrategy(input, recordingContext());
    expect(config.campaign_goals.primary_kpi).toBe('cost_per_booking');
    expect(config.platforms[0]?.objective).toBe('bookings');
  });
});

describe('planStrategy across the taxonomy', () => {
  const models = ['brick-and-mortar-primary', 'service-online', 'ecommerce-primary', 'hybrid'] as const;

  it('produces a valid, self-consistent config for every industry, business model and budget size', () => {
    for (const key of INDUSTRY_KEYS) {
      for (const model of models) {
        for (const monthly of [300, 2500, 9000, 250_000]) {
          const input = {
            ...dentalInput(monthly),
            industry: { key, label: industryLabel(key) },
            business_model: model,
          };
          const output = planStrategy(input, recordingContext());
          const parsed = BrandConfig.safeParse(output.config);
          expect(parsed.success, `${key}/${model}/${monthly}: ${JSON.stringify(parsed.error?.issues)}`).toBe(
            true,
          );
          expect(validateStrategy(output, input), `${key}/${model}/${monthly}`).toEqual([]);
        }
      }
    }
  });

  it('falls back to the generic playbook and the usual business model, and says so', () => {
    const context = recordingContext();
    const input = { ...saasInput(), industry: null, business_model: null };
    const { config, plan } = planStrategy(input, context);
    expect(config.industry).toEqual({ key: 'other', label: 'Other business' });
    expect(config.business_model).toBe('brick-and-mortar-primary');
    expect(plan.assumptions.join(' ')).toMatch(
      /could not tell the industry.*could not tell the business model/,
    );
    expect(context.notes.filter((note) => note.kind === 'warning').length).toBeGreaterThanOrEqual(2);
  });
});
