import { quoteUntrusted, UNTRUSTED_DATA_RULE } from '../../llm/index.ts';
import { adHeadlines, adOffers, variantsFor, writeLandingCopy } from '../../website/index.ts';
import type { ModelPrompt } from '../builder-agent.ts';
import type { LandingPageInput } from './index.ts';

const SYSTEM = [
  'You are a conversion copywriter. A visitor who clicked an ad must land on a page that continues its promise.',
  'You answer with one JSON object that matches the given schema: { pages }.',
  UNTRUSTED_DATA_RULE,
  "Each page's headline must repeat the key phrase of one of its campaign's ad headlines; the offer must restate that ad's offer.",
  'Proof points only from the brand data. Keep campaign and matched_variants as in the baseline.',
].join('\n');

/** The model path: each campaign's ads as quoted data and the offline copy (the ads' own words) as the baseline. */
export function landingPagePrompt(input: LandingPageInput): ModelPrompt {
  const ads = input.plan.landing_pages.map((landing) => ({
    campaign: landing.campaign,
    ads: variantsFor(landing, input.adCopy).map((variant) => ({
      headlines: adHeadlines(variant.fields),
      offers: adOffers(variant.fields),
    })),
  }));
  return {
    system: SYSTEM,
    prompt: [
      'Write the landing page copy for each campaign.',
      quoteUntrusted('ad copy by campaign', 'creative/ad-copy.json', JSON.stringify(ads, null, 2)),
      `<baseline>\n${JSON.stringify(writeLandingCopy(input.plan, input.adCopy, input.profile), null, 2)}\n</baseline>`,
    ].join('\n\n'),
  };
}
