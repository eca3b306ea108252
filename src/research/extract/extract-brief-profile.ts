import type { BrandProfile } from '../../schemas/brand-profile.ts';
import { unknown } from '../../schemas/finding.ts';
import type { IndustryKey } from '../industry-keys.ts';
import type { SiteSnapshot } from '../site-snapshot.ts';
import { findBriefAddresses } from './brief/find-brief-addresses.ts';
import { findBriefContacts } from './brief/find-brief-contacts.ts';
import { findBriefDescription } from './brief/find-brief-description.ts';
import { findBriefGoals, isGoalSentence } from './brief/find-brief-goals.ts';
import { findBriefName } from './brief/find-brief-name.ts';
import { findBriefOfferings } from './brief/find-brief-offerings.ts';
import { findBriefProof } from './brief/find-brief-proof.ts';
import { findBusinessSignals } from './brief/find-business-signals.ts';
import {
  BRIEF_PAGE,
  type BriefSentence,
  briefSource,
  readBriefSentences,
} from './brief/read-brief-sentences.ts';
import { detectBusinessModel } from './detect-business-model.ts';
import { detectIndustry } from './detect-industry.ts';
import { known } from './evidence.ts';
import { analyzeTone } from './extract-tone.ts';
import { inferLocationFromPhones } from './infer-location-from-phones.ts';
import { listUnknowns } from './list-unknowns.ts';
import { industryOfShop } from './shop-industry.ts';

const MAX_BRIEF_CHARS = 100_000;
/** Industries that sell to businesses, so a goal that does not say otherwise is a B2B goal. */
const B2B_INDUSTRIES: ReadonlySet<string> = new Set([
  'saas',
  'creative-agency',
  'accounting-finance',
  'legal',
]);

/**
 * The brief branch of extractBrandProfile: the same fields as from a site, read from a brief in
 * ordinary prose or in labelled lines ("Address: …"), each citing the line it came from.
 */
export function extractBriefProfile(snapshot: SiteSnapshot): BrandProfile {
  const text = (snapshot.brief?.text ?? '').slice(0, MAX_BRIEF_CHARS);
  const sentences = readBriefSentences(text);
  const goalSentences = new Set(
    sentences.filter((sentence) => sentence.kind === 'prose' && isGoalSentence(sentence.text)),
  );
  const isGoal = (sentence: BriefSentence) => goalSentences.has(sentence);

  const name = findBriefName(sentences);
  const addresses = findBriefAddresses(sentences);
  const country = addresses[0]?.value.country ?? null;
  const contacts = findBriefContacts(sentences, country);
  const industry = detectIndustry({
    schemaTypes: [],
    headline: sentences
      .slice(0, 3)
      .map((sentence) => sentence.text)
      .join(' '),
    body: text,
    page: BRIEF_PAGE,
    sourceKind: 'brief',
  });
  const signals = findBusinessSignals(sentences, addresses, isGoal);
  const businessModel = detectBusinessModel({
    industry: (industry.value?.key ?? null) as IndustryKey | null,
    industrySources: industry.sources,
    commerceSignals: signals.commerce,
    localSignals: signals.local,
    page: BRIEF_PAGE,
  });
  const year = Number.parseInt(snapshot.fetchedAt.slice(0, 4), 10);
  const tagline = sentences.find((sentence) => sentence.label?.kind === 'tagline');

  const profile: BrandProfile = {
    schema_version: 1,
    source: { kind: 'brief', url: contacts.website?.value ?? null, pages: [BRIEF_PAGE] },
    name,
    tagline: tagline?.label ? known(tagline.label.value, 0.85, [briefSource(tagline)]) : unknown<string>(),
    description: findBriefDescription(sentences, isGoal),
    offerings: findBriefOfferings(sentences, isGoal),
    value_propositions: [],
    proof: findBriefProof(sentences, {
      referenceYear: Number.isFinite(year) && year > 1990 ? year : null,
      skip: isGoal,
    }),
    tone_of_voice: analyzeTone(text, BRIEF_PAGE, 'brief'),
    colors: [],
    fonts: [],
    logo: unknown(),
    images: [],
    contact: { phones: contacts.phones, emails: contacts.emails, addresses },
    locations:
      addresses.length > 0
        ? addresses.map((address) => ({
            value: { name: name.value, address: address.value, geo: null },
            confidence: address.confidence,
            sources: address.sources,
          }))
        : inferLocationFromPhones(contacts.phones, { businessName: name.value, page: BRIEF_PAGE }),
    social_links: [],
    industry: industryOfShop(industry, businessModel),
    business_model: businessModel,
    goals: findBriefGoals(sentences, {
      country,
      b2bBusiness: B2B_INDUSTRIES.has(industry.value?.key ?? ''),
    }),
    unknowns: [],
  };
  profile.unknowns = listUnknowns(profile);
  return profile;
}
