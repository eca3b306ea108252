import type { BusinessModel } from '../../schemas/business-model.ts';
import type { Finding, Source } from '../../schemas/finding.ts';
import { unknown } from '../../schemas/finding.ts';
import type { IndustryKey } from '../industry-keys.ts';
import { evidence, known } from './evidence.ts';
import { INDUSTRY_SIGNALS } from './industry-signals.ts';

/** The facts the business model is decided on, gathered from the site or the brief. */
export interface BusinessModelEvidence {
  industry: IndustryKey | null;
  industrySources: Source[];
  /** Cart, checkout, add-to-cart, shop platform markers, priced products. */
  commerceSignals: Source[];
  /** Street addresses, opening hours, local-business schema types, service-area wording. */
  localSignals: Source[];
  page: string;
}

/**
 * Routes the business: a real shop outweighs everything except a real place, which makes it a
 * hybrid; otherwise the industry decides whether customers come to a place or are served remotely.
 */
export function detectBusinessModel(input: BusinessModelEvidence): Finding<BusinessModel> {
  const commerce = input.commerceSignals.length;
  const local = input.localSignals.length;
  const signal = input.industry && input.industry !== 'other' ? INDUSTRY_SIGNALS[input.industry] : null;
  const shopIndustry = signal?.sellsProducts ?? false;
  if (commerce >= 3 || (shopIndustry && commerce >= 1)) {
    const place = local >= 2 && (signal?.local ?? false);
    if (place) {
      return known('hybrid', 0.7, [...input.commerceSignals.slice(0, 2), ...input.localSignals.slice(0, 2)]);
    }
    return known(
      'ecommerce-primary',
      Math.min(0.9, 0.5 + commerce * 0.08),
      input.commerceSignals.slice(0, 4),
    );
  }
  if (signal) {
    const model: BusinessModel = signal.local ? 'brick-and-mortar-primary' : 'service-online';
    const agrees = signal.local ? local > 0 : true;
    const reason = evidence(
      'inferred',
      input.page,
      'industry',
      `${input.industry} is ${signal.local ? 'served at a place or locally' : 'served remotely'}`,
    );
    return known(model, agrees ? 0.8 : 0.6, [
      reason,
      ...input.industrySources.slice(0, 1),
      ...input.localSignals.slice(0, 2),
    ]);
  }
  if (local >= 2) return known('brick-and-mortar-primary', 0.5, input.localSignals.slice(0, 3));
  return unknown<BusinessModel>();
}
