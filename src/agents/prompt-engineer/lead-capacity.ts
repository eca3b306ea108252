import type { BusinessModel } from '../../schemas/business-model.ts';

interface IntakeNorm {
  /** New enquiries (or bookings) one location's staff can answer well in a day. */
  perDay: number;
  /** Days a week the business takes them. */
  daysOpen: number;
  /** Who does the work, for the stated basis. */
  who: string;
}

// Rough operating norms, not measurements: a first guess the client is asked to confirm.
const NORMS: Record<string, IntakeNorm> = {
  dental: { perDay: 8, daysOpen: 5, who: 'a front desk booking new patients into a few chairs' },
  medical: { perDay: 12, daysOpen: 5, who: 'a clinic reception booking new patients' },
  restaurant: { perDay: 40, daysOpen: 6, who: 'a dining room taking table bookings' },
  cafe: { perDay: 25, daysOpen: 6, who: 'a café taking orders and bookings' },
  fitness: { perDay: 10, daysOpen: 6, who: 'staff running trial sessions and tours' },
  'beauty-salon': { perDay: 10, daysOpen: 6, who: 'a salon booking appointments' },
  landscaping: { perDay: 5, daysOpen: 5, who: 'a crew quoting jobs on site' },
  'home-services': { perDay: 8, daysOpen: 6, who: 'a dispatcher scheduling call-outs' },
  construction: { perDay: 3, daysOpen: 5, who: 'estimators visiting sites' },
  'creative-agency': { perDay: 3, daysOpen: 5, who: 'partners taking discovery calls' },
  saas: { perDay: 25, daysOpen: 5, who: 'a sales team running demos' },
  legal: { perDay: 4, daysOpen: 5, who: 'lawyers taking consultations' },
  'accounting-finance': { perDay: 5, daysOpen: 5, who: 'advisers taking first meetings' },
  'real-estate': { perDay: 6, daysOpen: 6, who: 'agents calling back buyers and sellers' },
  education: { perDay: 10, daysOpen: 5, who: 'admissions answering enquiries' },
  nonprofit: { perDay: 20, daysOpen: 5, who: 'a small team answering supporters' },
  automotive: { perDay: 10, daysOpen: 6, who: 'a service desk booking bays' },
  hospitality: { perDay: 25, daysOpen: 7, who: 'a front desk taking reservations' },
  veterinary: { perDay: 8, daysOpen: 6, who: 'a reception booking appointments' },
  photography: { perDay: 3, daysOpen: 5, who: 'a photographer answering booking requests' },
  other: { perDay: 6, daysOpen: 5, who: 'a small team answering enquiries' },
};

export interface LeadCapacity {
  max_leads_per_day: number | null;
  max_leads_per_week: number | null;
  basis: string;
}

/**
 * How many leads a day the business can turn into customers. Lead businesses scale with their
 * locations; an online store has no intake limit we can know from research, so it gets none.
 */
export function leadCapacity(
  industryKey: string,
  businessModel: BusinessModel,
  locations: number,
): LeadCapacity {
  if (businessModel === 'ecommerce-primary') {
    return {
      max_leads_per_day: null,
      max_leads_per_week: null,
      basis:
        'online orders have no intake limit known from research; confirm stock and fulfilment capacity with the client',
    };
  }
  const norm = NORMS[industryKey] ?? NORMS.other!;
  const perDay = norm.perDay * locations;
  const place = locations === 1 ? 'one location' : `${locations} locations`;
  return {
    max_leads_per_day: perDay,
    max_leads_per_week: perDay * norm.daysOpen,
    basis:
      `${norm.perDay} a day per location for ${norm.who}, × ${place}, ` +
      `${norm.daysOpen} days a week; confirm with the client`,
  };
}
