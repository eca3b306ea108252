import { z } from 'zod';

/** DESIGN §4 routing: lead-focused, purchase-focused, or both. */
export const BusinessModel = z.enum([
  'brick-and-mortar-primary',
  'service-online',
  'ecommerce-primary',
  'hybrid',
]);
export type BusinessModel = z.infer<typeof BusinessModel>;

/** What a conversion is for a business: online stores count purchases with revenue, everyone else leads. */
export type ConversionKind = 'leads' | 'sales';

/** DESIGN §4 routing: the one rule the plan's forecasts and the client's runtime both count by. */
export function conversionKindOf(businessModel: BusinessModel): ConversionKind {
  return businessModel === 'ecommerce-primary' ? 'sales' : 'leads';
}
