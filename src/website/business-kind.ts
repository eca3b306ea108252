import type { BrandConfig } from '../schemas/brand-config.ts';

/**
 * The kind of business a site is laid out for: what its offerings are called, which form it asks
 * for and what the visitor is asked to do. Read from the industry key and the business model.
 */
export type BusinessKind = 'restaurant' | 'lodging' | 'shop' | 'trade' | 'professional' | 'clinic' | 'other';

const KIND_OF_INDUSTRY: Record<string, BusinessKind> = {
  restaurant: 'restaurant',
  cafe: 'restaurant',
  lodging: 'lodging',
  hospitality: 'lodging',
  'home-services': 'trade',
  construction: 'trade',
  landscaping: 'trade',
  automotive: 'trade',
  legal: 'professional',
  'accounting-finance': 'professional',
  dental: 'clinic',
  medical: 'clinic',
  'physical-therapy': 'clinic',
  veterinary: 'clinic',
  'beauty-salon': 'clinic',
  fitness: 'clinic',
};

export function businessKindOf(config: Pick<BrandConfig, 'industry' | 'business_model'>): BusinessKind {
  if (config.business_model === 'ecommerce-primary') return 'shop';
  return KIND_OF_INDUSTRY[config.industry.key] ?? 'other';
}

/** What the layout calls things for each kind: the offerings page, the form and its button. */
export interface KindWords {
  /** Heading and nav label of the offerings page. */
  offerings: string;
  /** The contact page's call to action when it takes a lead (bookings have their own). */
  request: string;
}

export const KIND_WORDS: Record<BusinessKind, KindWords> = {
  restaurant: { offerings: 'Menu', request: 'Get in touch' },
  lodging: { offerings: 'Rooms', request: 'Check availability' },
  shop: { offerings: 'Shop', request: 'Get in touch' },
  trade: { offerings: 'Services', request: 'Request a quote' },
  professional: { offerings: 'Practice areas', request: 'Request a consultation' },
  clinic: { offerings: 'Services', request: 'Get in touch' },
  other: { offerings: 'What we offer', request: 'Get in touch' },
};

/** Businesses a visitor calls or walks into: they get click-to-call and a map link everywhere. */
export function isLocalBusiness(config: Pick<BrandConfig, 'industry' | 'business_model'>): boolean {
  const kind = businessKindOf(config);
  return (kind !== 'shop' && kind !== 'other') || config.business_model === 'brick-and-mortar-primary';
}
