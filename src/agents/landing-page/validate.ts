import { adHeadlines, keyWords, type LandingPages, variantsFor } from '../../website/index.ts';
import type { LandingPageInput } from './index.ts';

/** Every campaign has a page, and each headline shares a key word with one of its campaign's ad headlines. */
export function validateLandingPages(copy: LandingPages, input: LandingPageInput): string[] {
  const problems: string[] = [];
  for (const landing of input.plan.landing_pages) {
    const page = copy.pages.find((candidate) => candidate.campaign === landing.campaign);
    if (!page) {
      problems.push(`no landing page copy for ${landing.campaign}`);
      continue;
    }
    const headlines = variantsFor(landing, input.adCopy).flatMap((variant) => adHeadlines(variant.fields));
    if (headlines.length === 0) continue;
    const words = keyWords(page.headline);
    if (!headlines.some((headline) => [...keyWords(headline)].some((word) => words.has(word))))
      problems.push(`the ${landing.campaign} headline "${page.headline}" shares no key phrase with its ads`);
  }
  return problems;
}
