import { load } from 'cheerio';
import { industryLabel, isIndustryKey } from '../../research/industry-keys.ts';
import type { SiteSnapshot } from '../../research/site-snapshot.ts';
import { SiteSnapshotSchema } from '../../research/site-snapshot-schema.ts';
import { BrandProfile } from '../../schemas/brand-profile.ts';
import type { Source } from '../../schemas/finding.ts';
import type { Workspace } from '../builder-agent.ts';
import type { CompetitiveInput, CompetitorMention, Evidence } from './competitive-input.ts';
import { findCompetitorMentions, sameName } from './find-competitor-mentions.ts';

export const BRAND_PROFILE_PATH = 'research/brand-profile.json';
export const SNAPSHOT_PATH = 'research/sources/snapshot.json';

const MAX_MENTIONS = 30;
const MAX_VALUE_PROPOSITIONS = 8;
const MAX_OFFERINGS = 12;
const MAX_CREDENTIALS = 6;
const BLOCKS =
  'p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, blockquote, figcaption, div, section, article, br';

/**
 * Reads the brand profile and the snapshot and keeps only what competitive intelligence needs:
 * the brand's essentials and short comparative excerpts naming other businesses, with their page.
 */
export async function distill(workspace: Workspace): Promise<CompetitiveInput> {
  const profile = await workspace.readJson(BRAND_PROFILE_PATH, BrandProfile);
  const snapshot = (await workspace.exists(SNAPSHOT_PATH))
    ? await workspace.readJson(SNAPSHOT_PATH, SiteSnapshotSchema)
    : null;
  return distillFrom(profile, snapshot, workspace.slug);
}

/** The pure part of `distill`, for callers that already hold the profile and snapshot. */
export function distillFrom(
  profile: BrandProfile,
  snapshot: SiteSnapshot | null,
  slug: string,
): CompetitiveInput {
  const brandName = profile.name.value ?? slug;
  const website = profile.source.url ?? snapshot?.rootUrl ?? null;
  const aliases = brandAliases(brandName, website, slug);
  const key =
    profile.industry.value && isIndustryKey(profile.industry.value.key)
      ? profile.industry.value.key
      : 'other';
  const years = profile.proof.years_in_business;
  return {
    brand_name: brandName,
    brand_aliases: aliases,
    industry: { key, label: industryLabel(key) },
    business_model: profile.business_model.value,
    source_kind: profile.source.kind,
    website,
    locations: uniqueLocations(profile),
    offerings: unique(profile.offerings.map((item) => item.value.name)).slice(0, MAX_OFFERINGS),
    value_propositions: profile.value_propositions
      .slice(0, MAX_VALUE_PROPOSITIONS)
      .map((item) => ({ text: item.value, page: pageOf(item.sources) })),
    tagline: profile.tagline.value
      ? { text: profile.tagline.value, page: pageOf(profile.tagline.sources) }
      : null,
    description: profile.description.value
      ? { text: clip(profile.description.value, 400), page: pageOf(profile.description.sources) }
      : null,
    proof: {
      years_in_business: years.value === null ? null : { years: years.value, page: pageOf(years.sources) },
      credentials: profile.proof.credentials
        .slice(0, MAX_CREDENTIALS)
        .map((item): Evidence => ({ text: item.value, page: pageOf(item.sources) })),
      testimonial_count: profile.proof.testimonials.length,
    },
    mentions: snapshot ? snapshotMentions(snapshot, [brandName, ...aliases]) : [],
  };
}

function snapshotMentions(snapshot: SiteSnapshot, brandNames: string[]): CompetitorMention[] {
  const mentions: CompetitorMention[] = [];
  const keep = (found: CompetitorMention[]) => {
    for (const mention of found) {
      if (mentions.length >= MAX_MENTIONS) return;
      if (mentions.some((seen) => seen.origin === mention.origin && sameName(seen.name, mention.name)))
        continue;
      mentions.push(mention);
    }
  };
  if (snapshot.brief) keep(findCompetitorMentions(snapshot.brief.text, 'brief', 'brief', brandNames));
  for (const page of snapshot.pages) {
    if (page.status >= 400 || !/html/i.test(page.contentType)) continue;
    keep(findCompetitorMentions(visibleText(page.html), page.finalUrl || page.url, 'site', brandNames));
  }
  return mentions;
}

/** The text a visitor reads, one line per block element so sentences do not run across headings. */
export function visibleText(html: string): string {
  const $ = load(html);
  $('script, style, noscript, template, svg, iframe, head').remove();
  $(BLOCKS).each((_index, element) => {
    $(element).append('\n');
  });
  const text = $('body').length > 0 ? $('body').text() : $.root().text();
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** The brand's name, its name without legal suffixes, and the words of its domain ("brightsmile"). */
function brandAliases(name: string, website: string | null, slug: string): string[] {
  const aliases = [
    name.replace(/\b(?:inc|llc|ltd|gmbh|co|corp|plc)\.?$/i, '').trim(),
    slug.replace(/-/g, ' '),
  ];
  if (website) {
    try {
      const host = new URL(website).hostname.replace(/^www\./, '');
      const label = host.split('.')[0];
      if (label) aliases.push(label);
    } catch {
      // Not a URL (a brief has none); the name and slug are enough.
    }
  }
  return unique(aliases.filter((alias) => alias.length > 0 && alias !== name));
}

function uniqueLocations(profile: BrandProfile): CompetitiveInput['locations'] {
  const places = [
    ...profile.locations.map((item) => item.value.address),
    ...profile.contact.addresses.map((item) => item.value),
  ]
    .map((address) => ({ city: address.city, region: address.region, country: address.country }))
    .filter((place) => place.city !== null || place.region !== null);
  const seen = new Set<string>();
  return places.filter((place) => {
    const key = `${place.city ?? ''}|${place.region ?? ''}|${place.country ?? ''}`.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function pageOf(sources: Source[]): string | null {
  return sources.find((source) => source.page)?.page ?? null;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
