import type { BrandProfile } from '../../schemas/brand-profile.ts';
import type { Source } from '../../schemas/finding.ts';
import type { SiteSnapshot } from '../site-snapshot.ts';
import { collectCommerceSignals, collectLocalSignals } from './collect-model-signals.ts';
import { detectBusinessModel } from './detect-business-model.ts';
import { detectIndustry } from './detect-industry.ts';
import { evidence } from './evidence.ts';
import { extractAddresses } from './extract-addresses.ts';
import { extractColors } from './extract-colors.ts';
import { extractDescription, extractTagline } from './extract-description.ts';
import { extractEmails } from './extract-emails.ts';
import { extractFonts } from './extract-fonts.ts';
import { extractHours } from './extract-hours.ts';
import { extractImages, extractLogo } from './extract-images.ts';
import { extractLocations } from './extract-locations.ts';
import { extractName } from './extract-name.ts';
import { extractOfferings } from './extract-offerings.ts';
import { extractPhones } from './extract-phones.ts';
import { extractCredentials, extractTestimonials, extractYearsInBusiness } from './extract-proof.ts';
import { extractSocialLinks } from './extract-social-links.ts';
import { analyzeTone } from './extract-tone.ts';
import { extractValuePropositions } from './extract-value-propositions.ts';
import { inferLocationFromPhones } from './infer-location-from-phones.ts';
import { listUnknowns } from './list-unknowns.ts';
import { mentionedPlaces } from './mentioned-places.ts';
import { industryOfShop } from './shop-industry.ts';
import { buildSiteContext } from './site-context.ts';

/** The site branch of extractBrandProfile: structured data first, then markup, then text heuristics. */
export function extractSiteProfile(snapshot: SiteSnapshot): BrandProfile {
  const ctx = buildSiteContext(snapshot);
  const name = extractName(ctx);
  const description = extractDescription(ctx);
  const addresses = extractAddresses(ctx);
  const logo = extractLogo(ctx);
  const rootPage = ctx.root?.url ?? snapshot.rootUrl ?? '';
  const phones = extractPhones(ctx, addresses);
  const foundLocations = extractLocations(ctx, addresses, name.value);
  const mentioned =
    addresses.length === 0 && foundLocations.length === 0 ? mentionedPlaces(ctx, name.value) : [];
  const locations =
    addresses.length > 0 || foundLocations.length > 0
      ? foundLocations
      : mentioned.length > 0
        ? mentioned
        : inferLocationFromPhones(phones, { businessName: name.value, page: rootPage });

  const schemaTypes: { type: string; source: Source }[] = [];
  for (const page of ctx.pages) {
    for (const node of page.jsonLd) {
      for (const type of node.types)
        schemaTypes.push({ type, source: evidence('json-ld', page.url, `${node.path}.@type`, type) });
    }
    page.$('[itemtype]').each((_, el) => {
      const type = (page.$(el).attr('itemtype') ?? '').split('/').pop() ?? '';
      if (type) schemaTypes.push({ type, source: evidence('microformat', page.url, '[itemtype]', type) });
    });
  }
  const headline = ctx.pages
    .flatMap((p) => [
      p.title,
      p.meta.get('description') ?? '',
      p.meta.get('keywords') ?? '',
      p.meta.get('og:title') ?? '',
      p.$('h1,h2').text(),
    ])
    .join(' ')
    .slice(0, 40_000);
  const body = ctx.pages
    .map((p) => p.lines.join('\n'))
    .join('\n')
    .slice(0, 200_000);
  const industry = detectIndustry({ schemaTypes, headline, body, page: rootPage, sourceKind: 'text' });
  const businessModel = detectBusinessModel({
    industry: industry.value?.key as never,
    industrySources: industry.sources,
    commerceSignals: collectCommerceSignals(ctx),
    localSignals: collectLocalSignals(ctx, addresses),
    page: rootPage,
  });

  const profile: BrandProfile = {
    schema_version: 1,
    source: { kind: 'site', url: snapshot.rootUrl, pages: ctx.pages.map((p) => p.url) },
    name,
    tagline: extractTagline(ctx, name.value),
    description,
    offerings: extractOfferings(ctx, name.value),
    value_propositions: extractValuePropositions(ctx),
    proof: {
      testimonials: extractTestimonials(ctx),
      credentials: extractCredentials(ctx),
      years_in_business: extractYearsInBusiness(ctx),
    },
    tone_of_voice: analyzeTone(body, rootPage),
    colors: extractColors(ctx),
    fonts: extractFonts(ctx),
    logo,
    images: extractImages(ctx, logo.value?.url ?? null),
    contact: { phones, emails: extractEmails(ctx), addresses },
    locations,
    hours: extractHours(ctx),
    social_links: extractSocialLinks(ctx),
    industry: industryOfShop(industry, businessModel),
    business_model: businessModel,
    goals: [],
    unknowns: [],
  };
  profile.unknowns = listUnknowns(profile);
  return profile;
}
