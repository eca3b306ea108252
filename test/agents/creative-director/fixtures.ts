import type { AgentRunContext, NoteKind } from '../../../src/agents/builder-agent.ts';
import type { CreativeInput } from '../../../src/agents/creative-director/creative-input.ts';
import { creativeInputFrom } from '../../../src/agents/creative-director/distill.ts';
import { strategistInputFrom } from '../../../src/agents/strategist/distill.ts';
import { strategist } from '../../../src/agents/strategist/index.ts';
import type { BrandConfig } from '../../../src/schemas/brand-config.ts';
import type { BrandProfile } from '../../../src/schemas/brand-profile.ts';
import type { ClientInputs } from '../../../src/schemas/client-inputs.ts';
import type { CompetitiveLandscape } from '../../../src/schemas/competitive-landscape.ts';
import { emptyProfile, found, item, none, PAGE } from '../../support/brand-profile-builders.ts';

const bellingham = {
  street: '1200 Cornwall Ave',
  city: 'Bellingham',
  region: 'WA',
  postalCode: '98225',
  country: 'US',
};

/** A local dental practice with proof of every kind; the strategist gives it Google and Meta. */
export const dentalProfile: BrandProfile = {
  ...emptyProfile(),
  source: { kind: 'site', url: 'https://bellinghamfamilydental.example/', pages: [] },
  name: found('Bellingham Family Dental'),
  tagline: found('Gentle care for every smile'),
  description: found('A family dental practice in downtown Bellingham.'),
  offerings: [
    item({
      name: 'Family dentistry',
      description: 'Check-ups and cleanings for all ages',
      price: null,
      url: null,
    }),
    item({
      name: 'Teeth whitening',
      description: 'In-chair whitening in one visit',
      price: 'from $299',
      url: null,
    }),
    item({
      name: 'Emergency dental care',
      description: 'Same-day appointments for toothache',
      price: null,
      url: null,
    }),
  ],
  value_propositions: [
    item('Evening appointments on weekdays'),
    // A claim the brand voice avoids: it must never reach a pillar, a brief or an ad.
    item('The best dentist in Whatcom County'),
  ],
  proof: {
    testimonials: [item({ quote: 'They made my kids actually enjoy the dentist.', author: 'Maria L.' })],
    credentials: [item('ADA member')],
    years_in_business: found(18),
  },
  tone_of_voice: found({
    descriptors: ['Friendly', 'reassuring'],
    formality: 'casual',
    addresses: 'we-you',
    averageSentenceWords: 14,
  }),
  colors: [
    item({ hex: '#0a7ea4', role: 'primary', weight: 10 }),
    item({ hex: '#ffffff', role: 'background', weight: 20 }),
    item({ hex: '#1f2933', role: 'text', weight: 8 }),
  ],
  fonts: [item('Nunito'), item('Open Sans')],
  contact: {
    phones: [item('(360) 555-0142')],
    emails: [item('hello@bellinghamfamilydental.example')],
    addresses: [item(bellingham)],
  },
  locations: [
    item({ name: 'Bellingham Family Dental', address: bellingham, geo: { lat: 48.7519, lng: -122.4787 } }),
  ],
  industry: found({ key: 'dental', label: 'Dental practice' }),
  business_model: found('brick-and-mortar-primary'),
};

/** A B2B SaaS sold online; at this budget the strategist gives it Google and LinkedIn. */
export const saasProfile: BrandProfile = {
  ...emptyProfile(),
  source: { kind: 'site', url: 'https://ledgerly.example/', pages: [] },
  name: found('Ledgerly'),
  tagline: found('Close the books without the spreadsheets'),
  description: found('Reconciliation software for finance teams.'),
  offerings: [
    item({
      name: 'Bank reconciliation',
      description: 'Matches bank feeds to your ledger automatically',
      price: null,
      url: null,
    }),
    item({
      name: 'Month-end close',
      description: 'A shared checklist for the whole finance team',
      price: '$49 per user',
      url: null,
    }),
  ],
  value_propositions: [item('Connects to QuickBooks, Xero and NetSuite'), item('SOC 2 Type II audited')],
  proof: {
    testimonials: [
      item({ quote: 'We close in three days instead of ten.', author: 'Priya, Controller at Northwind' }),
    ],
    credentials: [item('SOC 2 Type II')],
    years_in_business: none(),
  },
  tone_of_voice: found({
    descriptors: ['Clear', 'confident'],
    formality: 'neutral',
    addresses: 'we-you',
    averageSentenceWords: 16,
  }),
  colors: [
    item({ hex: '#5b21b6', role: 'primary', weight: 10 }),
    item({ hex: '#f59e0b', role: 'accent', weight: 4 }),
  ],
  industry: found({ key: 'saas', label: 'Software as a service' }),
  business_model: found('service-online'),
};

export function landscapeFor(brandName: string, industry: string, edge: string): CompetitiveLandscape {
  return {
    schema_version: 1,
    brand_name: brandName,
    industry,
    competitors: [],
    category_players: [],
    positioning_axes: [
      { axis: 'Price', low: 'budget', high: 'premium', brand_position: null, rationale: 'Unknown.' },
      {
        axis: 'Service',
        low: 'standard',
        high: 'personal',
        brand_position: 0.7,
        rationale: 'Site stresses care.',
      },
    ],
    gaps: [{ gap: 'Few competitors show prices', evidence: 'Category norm.' }],
    differentiation: [{ point: edge, evidence: 'Stated on the home page.' }],
    limitations: ['Offline mode: no web search was possible.'],
  };
}

function inputsFor(slug: string, monthly: number, url: string): ClientInputs {
  return { schema_version: 1, slug, source: { kind: 'site', url }, budget: { monthly, currency: 'USD' } };
}

const SILENT: AgentRunContext = { note: () => {} };

/** A real brand config, written by the real strategist from the profile. */
export async function configFor(
  slug: string,
  monthly: number,
  profile: BrandProfile,
  landscape: CompetitiveLandscape | null,
): Promise<BrandConfig> {
  const input = strategistInputFrom(inputsFor(slug, monthly, profile.source.url ?? PAGE), profile, landscape);
  return (await strategist.offline(input, SILENT)).config;
}

export const dentalLandscape = landscapeFor(
  'Bellingham Family Dental',
  'dental',
  'Evening appointments on weekdays',
);
export const saasLandscape = landscapeFor('Ledgerly', 'saas', 'Connects to QuickBooks, Xero and NetSuite');

export async function dentalConfig(): Promise<BrandConfig> {
  return configFor('bellingham-family-dental', 5000, dentalProfile, dentalLandscape);
}

/** Ledgerly on Google and LinkedIn only (the strategist would add Meta retargeting at a larger budget). */
export async function saasConfig(): Promise<BrandConfig> {
  const config = await configFor('ledgerly', 8000, saasProfile, saasLandscape);
  return withPlatforms(config, ['google', 'linkedin']);
}

/** The config with only the named platforms, budget shares renormalised so the schema still holds. */
export function withPlatforms(
  config: BrandConfig,
  ids: Array<BrandConfig['platforms'][number]['id']>,
): BrandConfig {
  const platforms = config.platforms.filter((platform) => ids.includes(platform.id));
  const total = platforms.reduce((sum, platform) => sum + platform.budget_share, 0);
  const lines = config.budget.allocation.filter((line) => ids.includes(line.platform));
  const monthly = lines.reduce((sum, line) => sum + line.monthly, 0);
  const test = lines.reduce((sum, line) => sum + line.test_monthly, 0);
  return {
    ...config,
    platforms: platforms.map((platform) => ({ ...platform, budget_share: platform.budget_share / total })),
    budget: {
      ...config.budget,
      monthly_total: monthly,
      daily_total: lines.reduce((sum, line) => sum + line.daily, 0),
      test_allocation: { ...config.budget.test_allocation, monthly: test },
      allocation: lines.map((line) => ({ ...line, share: line.share / total })),
    },
  };
}

export async function dentalInput(): Promise<CreativeInput> {
  return creativeInputFrom(await dentalConfig(), dentalProfile, dentalLandscape);
}

export async function saasInput(): Promise<CreativeInput> {
  return creativeInputFrom(await saasConfig(), saasProfile, saasLandscape);
}

/** A run context that keeps the notes, so tests can read what landed in the build context. */
export function recordingContext(): AgentRunContext & { notes: Array<{ kind: NoteKind; text: string }> } {
  const notes: Array<{ kind: NoteKind; text: string }> = [];
  return { notes, note: (kind, text) => notes.push({ kind, text }) };
}
