import type { BrandConfig, Platform } from '../schemas/brand-config.ts';

export { PLATFORM_LABELS } from '../agents/strategist/platform-labels.ts';

/** What each platform objective means to a client. */
export const OBJECTIVE_LABELS: Record<Platform['objective'], string> = {
  leads: 'enquiries and leads',
  sales: 'online sales',
  traffic: 'website visits',
  awareness: 'awareness',
  bookings: 'bookings',
  'app-installs': 'app installs',
};

export const PRIMARY_KPI_LABELS: Record<BrandConfig['campaign_goals']['primary_kpi'], string> = {
  cost_per_lead: 'cost per lead',
  roas: 'return on ad spend (ROAS)',
  cost_per_booking: 'cost per booking',
  cost_per_acquisition: 'cost per new customer',
};

type Zone = BrandConfig['geographic_strategy']['zones'][number];

export const PRIORITY_LABELS: Record<Zone['priority'], string> = {
  primary: 'Main area',
  secondary: 'Second area',
  tertiary: 'Third area',
};

/** "Bellingham, WA" style place names, skipping what is unknown. */
export function placeName(place: Zone['place']): string {
  return [place.city, place.region, place.country].filter((part): part is string => Boolean(part)).join(', ');
}

/** `a, b and c`. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
