import { type IndustrySignal, industryRecord } from '../../knowledge/index.ts';
import type { IndustryKey } from '../industry-keys.ts';

export type { IndustrySignal } from '../../knowledge/index.ts';

/**
 * How each industry announces itself (schema.org types and words in the copy), read from the
 * `detection` section of `data/industries/<key>.yaml`; `other` has none and is never detected.
 */
export const INDUSTRY_SIGNALS: Readonly<Record<IndustryKey, IndustrySignal>> = industryRecord(
  (industry) => industry.detection,
);
