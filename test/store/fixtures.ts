import { randomUUID } from 'node:crypto';
import type { LeadSubmission } from '../../src/schemas/form-submission.ts';
import type { TrackingEvent } from '../../src/schemas/tracking-event.ts';
import type { BrandSeed } from '../../src/store/index.ts';

export function brandSeed(brandId: string): BrandSeed {
  return {
    brand: {
      id: brandId,
      name: `Brand ${brandId}`,
      timezone: 'America/Denver',
      business_model: 'brick-and-mortar-primary',
    },
    demographics: [
      {
        id: 'young-pros',
        name: 'Young professionals',
        priority: 'primary',
        age_min: 25,
        age_max: 38,
        profile: { pain_points: ['no time'], motivations: ['community'] },
      },
    ],
    geoAreas: [
      {
        id: 'slc-10km',
        name: 'Salt Lake City, 10 km',
        kind: 'radius',
        priority: 'primary',
        budget_share: 1,
        definition: { center: { lat: 40.76, lng: -111.89 }, radius_km: 10 },
      },
    ],
    platforms: [
      {
        id: 'google',
        objective: 'leads',
        budget_share: 0.6,
        daily_budget: 30,
        formats: ['search'],
        demographics: ['young-pros'],
      },
      {
        id: 'meta',
        objective: 'leads',
        budget_share: 0.4,
        daily_budget: 20,
        formats: ['feed'],
        demographics: ['young-pros'],
      },
    ],
    campaigns: [
      {
        id: 'google-leads',
        platform: 'google',
        objective: 'leads',
        daily_budget: 30,
        name: 'Google · leads',
        utm_campaign: 'google-leads',
      },
      {
        id: 'meta-leads',
        platform: 'meta',
        objective: 'leads',
        daily_budget: 20,
        name: 'Meta · leads',
        utm_campaign: 'meta-leads',
      },
    ],
    ads: [
      {
        id: 'google-leads-a',
        campaign_id: 'google-leads',
        variant_id: 'v-google-1',
        headline: 'Try a free class',
        body: 'Coaching for every level.',
      },
      {
        id: 'meta-leads-a',
        campaign_id: 'meta-leads',
        variant_id: 'v-meta-1',
        headline: 'Your first WOD is on us',
        body: 'Book today.',
      },
    ],
  };
}

export function event(
  overrides: Partial<TrackingEvent> & Pick<TrackingEvent, 'visitor_id' | 'at'>,
): TrackingEvent {
  return {
    id: randomUUID(),
    type: 'page_view',
    url: 'https://example.com/',
    referrer: null,
    utm: null,
    click_ids: null,
    form: null,
    ...overrides,
  };
}

export function landing(
  visitorId: string,
  at: string,
  utm: { source: string | null; medium: string | null; campaign: string | null },
  clickIds: TrackingEvent['click_ids'] = null,
): TrackingEvent {
  return event({
    visitor_id: visitorId,
    at,
    type: 'landing',
    url: `https://example.com/lp?utm_campaign=${utm.campaign ?? ''}`,
    utm: { ...utm, term: null, content: null },
    click_ids: clickIds,
  });
}

export function submission(overrides: Partial<LeadSubmission> = {}): LeadSubmission {
  return {
    form: 'contact',
    submission_id: `sub_${randomUUID().replaceAll('-', '')}`,
    visitor_id: null,
    fields: { name: 'Ada', email: 'ada@example.com' },
    landing: null,
    submitted_at: '2026-03-02T12:00:00.000Z',
    ...overrides,
  };
}

export function visitorId(): string {
  return `v_${randomUUID().replaceAll('-', '')}`;
}
