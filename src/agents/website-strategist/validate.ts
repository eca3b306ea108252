import { isDeepStrictEqual } from 'node:util';
import { planSite, type SitePlan } from '../../website/index.ts';
import type { WebsiteStrategistInput } from './index.ts';

/** The wording may change; the structure, facts, paths and calls to action must be the computed ones. */
export function validateSitePlan(plan: SitePlan, input: WebsiteStrategistInput): string[] {
  const baseline = planSite(input);
  const problems: string[] = [];
  const keep = [
    'brand_id',
    'brand_name',
    'lang',
    'origin',
    'conversion',
    'landing_pages',
    'sitemap',
  ] as const;
  for (const key of keep) {
    if (!isDeepStrictEqual(plan[key], baseline[key]))
      problems.push(`site plan: ${key} differs from the computed one`);
  }
  for (const expected of baseline.pages) {
    const page = plan.pages.find((candidate) => candidate.key === expected.key);
    if (!page) {
      problems.push(`site plan: the ${expected.key} page is missing`);
      continue;
    }
    for (const key of ['file', 'path', 'primary_cta', 'sections', 'in_sitemap'] as const) {
      if (!isDeepStrictEqual(page[key], expected[key]))
        problems.push(`site plan: ${expected.key}.${key} differs from the computed one`);
    }
    if (/\{\{|\bTODO\b|lorem/i.test(JSON.stringify(page)))
      problems.push(`site plan: ${expected.key} has placeholder text`);
  }
  return problems;
}
