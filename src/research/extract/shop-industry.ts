import type { Industry } from '../../schemas/brand-profile.ts';
import type { BusinessModel } from '../../schemas/business-model.ts';
import type { Finding } from '../../schemas/finding.ts';
import { industryLabel } from '../industry-keys.ts';
import { known } from './evidence.ts';

const RETAIL = 'retail-ecommerce';

/**
 * A business whose words name no industry but whose evidence says it sells goods online is a
 * shop: the retail playbook fits it better than the generic one. A known industry is kept.
 */
export function industryOfShop(
  industry: Finding<Industry>,
  model: Finding<BusinessModel>,
): Finding<Industry> {
  if (industry.value || model.value !== 'ecommerce-primary') return industry;
  return known(
    { key: RETAIL, label: industryLabel(RETAIL) },
    Math.min(0.6, model.confidence),
    model.sources.slice(0, 2),
  );
}
