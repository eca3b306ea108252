import type { BrandConfig } from '../../schemas/brand-config.ts';
import type { BrandProfile } from '../../schemas/brand-profile.ts';
import { planCommerce, readBrand, SiteCommerce } from '../../website/index.ts';
import type { BuilderAgent } from '../builder-agent.ts';

export interface EcommerceInput {
  config: BrandConfig;
  profile: BrandProfile | null;
}

/** Phase 5: website/commerce.json; enabled for e-commerce and hybrid models, `enabled: false` with a reason otherwise. */
export const ecommerce: Omit<BuilderAgent<EcommerceInput, SiteCommerce>, 'definition'> = {
  schema: SiteCommerce,
  distill: readBrand,
  offline: ({ config, profile }) => planCommerce(config, profile),
  validate(commerce, { config }) {
    const sells = config.business_model === 'ecommerce-primary' || config.business_model === 'hybrid';
    if (commerce.enabled !== sells)
      return [`commerce.enabled is ${commerce.enabled} for ${config.business_model}`];
    if (!commerce.enabled) return [];
    const stated = new Map(config.offerings.map((offering) => [offering.name, offering.price]));
    return commerce.products
      .filter((product) => !stated.has(product.name) || stated.get(product.name) !== product.price)
      .map((product) => `product "${product.name}" is not an offering with that price`);
  },
  render: (commerce) => [
    { path: 'website/commerce.json', content: `${JSON.stringify(commerce, null, 2)}\n` },
  ],
};
