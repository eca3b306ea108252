import { type IndustryCatalogue, industryRecord, loadIndustries } from '../../knowledge/index.ts';
import type { IndustryKey } from '../../research/industry-keys.ts';
import type { IndustryPlaybook } from './industry-playbook.ts';

/** Benchmarks and archetypes by industry key, read from `data/industries/<key>.yaml`. */
export const INDUSTRY_PLAYBOOKS: Readonly<Record<IndustryKey, IndustryPlaybook>> = industryRecord(
  (industry) => industry.playbook,
);

/** The playbook for an industry key; unknown keys get the generic `other` playbook. */
export function industryPlaybook(
  key: string,
  industries: IndustryCatalogue = loadIndustries(),
): IndustryPlaybook {
  return industries.lookup(key).playbook;
}
