import type { AgentRunContext, NoteKind } from '../../../src/agents/builder-agent.ts';
import { strategistInputFrom } from '../../../src/agents/strategist/distill.ts';
import type { StrategistInput } from '../../../src/agents/strategist/strategist-input.ts';
import type { BrandProfile } from '../../../src/schemas/brand-profile.ts';
import type { ClientInputs } from '../../../src/schemas/client-inputs.ts';
import type { CompetitiveLandscape } from '../../../src/schemas/competitive-landscape.ts';
import { emptyProfile, found, item } from '../../support/brand-profile-builders.ts';

const bellinghamAddress = {
  street: '1200 Cornwall Ave',
  city: 'Bellingham',
  region: 'WA',
  postalCode: '98225',
  country: 'US',
};

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
    item({ name: 'Teeth whitening', description: null, price: 'from $299', url: null }),
  ],
  value_propositions: [item('Evening appointments on weekdays')],
  proof: { testimonials: [], credentials: [item('ADA member')], years_in_business: found(18) },
  tone_of_voice: found({
    descriptors: ['Friendly', 'reassuring'],
    formality: 'casual',
    addresses: 'we-you',
    averageSentenceWords: 14,
  }),
  // A grey body text that fails AA on white, so the strategist has to fix it.
  colors: [
    item({ hex: '#0a7ea4', role: 'primary', weight: 10 }),
    item({ hex: '#ffffff', role: 'background', weight: 20 }),
    item({ hex: '#a0aab4', role: 'text', weight: 8 }),
  ],
  contact: {
    phones: [item('(360) 555-0142')],
    emails: [item('hello@bellinghamfamilydental.example')],
    addresses: [item(bellinghamAddress)],
  },
  locations: [
    item({
      name: 'Bellingham Family Dental',
      address: bellinghamAddress,
      geo: { lat: 48.7519, lng: -122.4787 },
    }),
  ],
  industry: found({ key: 'dental', label: 'Dental practice' }),
  business_model: found('brick-and-mortar-primary'),
};

export const saasProfile: BrandProfile = {
  ...emptyProfile(),
  source: { kind: 'brief', url: null, pages: [] },
  name: found('Ledgerly'),
  description: found('Reconciliation software for finance teams.'),
  industry: found({ key: 'saas', label: 'Software as a service' }),
  business_model: found('service-online'),
};

const portlandAddress = {
  street: null,
  city: 'Portland',
  region: 'Oregon',
  postalCode: null,
  country: 'United States',
};

export const shopProfile: BrandProfile = {
  ...emptyProfile(),
  source: { kind: 'site', url: 'https://tidepool.example/', pages: [] },
  name: found('Tidepool Ceramics'),
  tagline: found('Handmade stoneware for everyday'),
  offerings: [
    item({ name: 'Mugs', description: 'Wheel-thrown mugs', price: '$34', url: null }),
    item({ name: 'Dinner sets', description: null, price: '$180', url: null }),
  ],
  contact: { phones: [], emails: [item('orders@tidepool.example')], addresses: [] },
  locations: [item({ name: 'Tidepool studio', address: portlandAddress, geo: null })],
  industry: found({ key: 'retail-ecommerce', label: 'Retail and e-commerce' }),
  business_model: found('ecommerce-primary'),
};

export function landscapeFor(brandName: string, industry: string, edge: string): CompetitiveLandscape {
  return {
    schema_version: 1,
    brand_name: brandName,
    industry,
    competitors: [
      {
        name: 'Northside Rival',
        kind: 'category-player',
        description: 'A typical competitor in the category.',
        url: null,
        sources: [],
        confidence: 0.3,
      },
    ],
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
    differentiation: [{ point: edge, evidence: 'Site says so.' }],
    limitations: ['Offline mode: no web search was possible.'],
  };
}

export function inputsFor(slug: string, monthly: number, url: string | null = null): ClientInputs {
  return {
    schema_version: 1,
    slug,
    source: url ? { kind: 'site', url } : { kind: 'brief', file: 'brief.txt' },
    budget: { monthly, currency: 'USD' },
  };
}

export const dentalInput = (monthly = 5000): StrategistInput =>
  strategistInputFrom(
    inputsFor('bellingham-family-dental', monthly, 'https://bellinghamfamilydental.example/'),
    dentalProfile,
    landscapeFor('Bellingham Family Dental', 'Dental practice', 'Evening appointments on weekdays'),
  );
export const saasInput = (monthly = 8000): StrategistInput =>
  strategistInputFrom(
    inputsFor('ledgerly', monthly),
    saasProfile,
    landscapeFor('Ledgerly', 'Software as a service', 'Reconciles in minutes, not days'),
  );
export const shopInput = (monthly = 6000): StrategistInput =>
  strategistInputFrom(
    inputsFor('tidepool-ceramics', monthly, 'https://tidepool.example/'),
    shopProfile,
    landscapeFor('Tidepool Ceramics', 'Retail and e-commerce', 'Handmade in small batches'),
  );

/** A run context that keeps the notes, so tests can read what landed in the build context. */
export function recordingContext(): AgentRunContext & { notes: Array<{ kind: NoteKind; text: string }> } {
  const notes: Array<{ kind: NoteKind; text: string }> = [];
  return { notes, note: (kind, text) => notes.push({ kind, text }) };
}
