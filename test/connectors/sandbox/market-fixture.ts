import type { VisitorSink } from '../../../src/connectors/ad-platform.ts';
import type { SandboxCampaignSpec, SandboxMarketOptions } from '../../../src/connectors/sandbox/index.ts';
import type { TrackingEvent } from '../../../src/schemas/tracking-event.ts';

/** A Monday, so a week of days starts on one. */
export const START = '2026-03-02';

export const THREE_CAMPAIGNS: SandboxCampaignSpec[] = [
  {
    id: 'google-leads',
    platform: 'google',
    name: 'Google search',
    daily_budget: 150,
    utm_campaign: 'google-leads',
  },
  {
    id: 'meta-leads',
    platform: 'meta',
    name: 'Meta prospecting',
    daily_budget: 100,
    utm_campaign: 'meta-leads',
  },
  { id: 'tiktok-leads', platform: 'tiktok', name: 'TikTok', daily_budget: 50, utm_campaign: 'tiktok-leads' },
];

/** A market's options with five ads per campaign (three active) and no injected failures unless asked. */
export function marketOptions(overrides: Partial<SandboxMarketOptions> = {}): SandboxMarketOptions {
  const campaigns = overrides.campaigns ?? THREE_CAMPAIGNS;
  return {
    seed: 42,
    campaigns,
    ads: campaigns.flatMap((campaign) =>
      [1, 2, 3, 4, 5].map((number) => ({ id: `${campaign.id}-ad${number}`, campaign_id: campaign.id })),
    ),
    startDate: START,
    timezone: 'America/Chicago',
    conversionKind: 'leads',
    siteUrl: 'http://127.0.0.1:3000/',
    failure: { callFailureRate: 0, outageDayRate: 0 },
    now: () => new Date(`${START}T12:00:00Z`),
    ...overrides,
  };
}

export interface RecordedVisit {
  kind: 'events' | 'form';
  at: Date;
  events?: TrackingEvent[];
  form?: string;
  fields?: Record<string, string>;
}

/** A sink that keeps everything it is sent, in order (the site's server stands behind the real one). */
export function recordingSink(): VisitorSink & { visits: RecordedVisit[] } {
  const visits: RecordedVisit[] = [];
  return {
    visits,
    async sendEvents(events, at) {
      visits.push({ kind: 'events', at, events: structuredClone(events) });
    },
    async submitForm(form, fields, at) {
      visits.push({ kind: 'form', at, form, fields: { ...fields } });
    },
  };
}

export function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
