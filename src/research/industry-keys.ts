import { industryRecord, loadIndustries } from '../knowledge/index.ts';

/**
 * The industry taxonomy's keys and labels: one vocabulary shared by research (detection),
 * competitive intelligence (category players) and strategy (audiences, platforms, goals).
 * The truth is `data/industries/<key>.yaml`; a key is any file name there, checked when loaded.
 */
export type IndustryKey = string;

const catalogue = loadIndustries();

/** Label by key; keys without a file read as undefined. `other` is always there: the loader requires it. */
export const INDUSTRY_LABELS = industryRecord((industry) => industry.label, catalogue) as Readonly<
  Record<IndustryKey, string>
> & { readonly other: string };

/** Every key, alphabetical, `other` last. */
export const INDUSTRY_KEYS: readonly IndustryKey[] = catalogue.keys;

export function isIndustryKey(key: string): boolean {
  return catalogue.byKey.has(key);
}

/** The label of a key; keys without a file get the label of `other`. */
export function industryLabel(key: string): string {
  return catalogue.lookup(key).label;
}
