import { z } from 'zod';
import type { BrandConfig } from '../schemas/brand-config.ts';
import type { BrandProfile } from '../schemas/brand-profile.ts';
import { safeExternalUrl } from './site-origin.ts';

export const Product = z.object({
  name: z.string().min(1),
  description: z.string().nullable(),
  /** As the profile states it; an unknown price stays null. */
  price: z.string().nullable(),
  /** The brand's own product page (outbound buy link), or null when research did not find one. */
  url: z.string().url().nullable(),
});
export type Product = z.infer<typeof Product>;

/** `website/commerce.json`: whether the site sells, and how purchases are tied back to campaigns. */
export const SiteCommerce = z.discriminatedUnion('enabled', [
  z.object({
    schema_version: z.literal(1),
    enabled: z.literal(true),
    reason: z.string().min(1),
    checkout: z.literal('external'),
    listing_page: z.literal('/offerings.html'),
    products: z.array(Product).min(1),
    purchase_attribution: z.object({
      source: z.string().min(1),
      fields: z.array(z.string()).min(1),
    }),
  }),
  z.object({
    schema_version: z.literal(1),
    enabled: z.literal(false),
    reason: z.string().min(1),
  }),
]);
export type SiteCommerce = z.infer<typeof SiteCommerce>;

/**
 * Commerce follows the business model: e-commerce and hybrid clients get a product listing with
 * outbound buy links to the brand's own product pages (checkout stays on the store platform);
 * lead-focused clients get `enabled: false` and no shop pages.
 */
export function planCommerce(config: BrandConfig, profile: BrandProfile | null): SiteCommerce {
  if (config.business_model !== 'ecommerce-primary' && config.business_model !== 'hybrid') {
    return {
      schema_version: 1,
      enabled: false,
      reason: `The business model is ${config.business_model}: the site collects ${config.campaign_goals.primary_kpi === 'cost_per_booking' ? 'bookings' : 'leads'}, not purchases.`,
    };
  }
  const urls = new Map<string, string>();
  for (const { value } of profile?.offerings ?? []) {
    const url = safeExternalUrl(value.url);
    if (url) urls.set(value.name.trim().toLowerCase(), url);
  }
  return {
    schema_version: 1,
    enabled: true,
    reason: `The business model is ${config.business_model}: the offerings page lists products with links to buy them.`,
    checkout: 'external',
    listing_page: '/offerings.html',
    products: config.offerings.map((offering) => ({
      name: offering.name,
      description: offering.description,
      price: offering.price,
      url: urls.get(offering.name.trim().toLowerCase()) ?? null,
    })),
    purchase_attribution: {
      source:
        'Orders arrive by the store platform webhook (Shopify: POST /api/webhooks/shopify, HMAC-verified with SHOPIFY_WEBHOOK_SECRET); the site itself handles no payment.',
      fields: ['order_id', 'value', 'currency', 'visitor_id', 'landing_utm'],
    },
  };
}
