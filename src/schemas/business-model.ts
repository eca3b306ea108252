import { z } from 'zod';

/** DESIGN §4 routing: lead-focused, purchase-focused, or both. */
export const BusinessModel = z.enum([
  'brick-and-mortar-primary',
  'service-online',
  'ecommerce-primary',
  'hybrid',
]);
export type BusinessModel = z.infer<typeof BusinessModel>;
