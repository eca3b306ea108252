import { type Industry, type IndustryCatalogue, loadIndustries } from './load-industries.ts';

/**
 * One section of every industry as a read-only record by key (`industryRecord((i) => i.playbook)`);
 * industries where `pick` gives null are left out. The record has no prototype, so a key such as
 * "constructor" reads as undefined rather than as an Object method.
 */
export function industryRecord<T>(
  pick: (industry: Industry) => T | null,
  industries: IndustryCatalogue = loadIndustries(),
): Readonly<Record<string, T>> {
  const record = Object.create(null) as Record<string, T>;
  for (const industry of industries.all) {
    const value = pick(industry);
    if (value !== null) record[industry.key] = value;
  }
  return Object.freeze(record);
}
