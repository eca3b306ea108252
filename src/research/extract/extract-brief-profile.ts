import type { BrandProfile, Offering } from '../../schemas/brand-profile.ts';
import type { Finding, FoundItem } from '../../schemas/finding.ts';
import { unknown } from '../../schemas/finding.ts';
import type { SiteSnapshot } from '../site-snapshot.ts';
import { detectBusinessModel } from './detect-business-model.ts';
import { detectIndustry } from './detect-industry.ts';
import { evidence, found, known } from './evidence.ts';
import { addressKey, findAddressesInLines } from './extract-addresses.ts';
import { findEmailsInText } from './extract-emails.ts';
import { cleanName } from './extract-name.ts';
import { fromOfferSentences } from './extract-offerings.ts';
import { findPhonesInText, phoneKey } from './extract-phones.ts';
import { analyzeTone } from './extract-tone.ts';
import { inferLocationFromPhones } from './infer-location-from-phones.ts';
import { listUnknowns } from './list-unknowns.ts';
import { mergeFound } from './merge-found.ts';
import { SERVICE_HEADING } from './offering-words.ts';
import { cleanText, clip, normalizeKey, wordCount } from './text-utils.ts';
import { STATE_PATTERN, stateCode } from './us-states.ts';

const PAGE = 'brief';
const MAX_BRIEF_CHARS = 100_000;
const LABEL = /^(?:[-*#>\s]*)([A-Za-z][A-Za-z /]{1,30}):\s*(.+)$/;
const BULLET = /^\s*(?:[-*•]|\d+[.)])\s+(.+)$/;

function source(line: string, index: number) {
  return evidence('brief', PAGE, `line ${index + 1}`, line);
}

function labelled(lines: string[], labels: RegExp): { value: string; index: number } | null {
  for (const [index, line] of lines.entries()) {
    const match = line.match(LABEL);
    if (match?.[1] && match[2] && labels.test(match[1].trim())) return { value: cleanText(match[2]), index };
  }
  return null;
}

function briefName(lines: string[]): Finding<string> {
  const label = labelled(lines, /^(name|business( name)?|company( name)?|brand|client)$/i);
  if (label) return known(cleanName(label.value), 0.9, [source(lines[label.index] ?? '', label.index)]);
  for (const [index, line] of lines.entries()) {
    const match = line.match(/^([A-Z0-9][\w&'’.\- ]{1,50}?)\s+(?:is|are)\s+(?:a|an|the)\s/);
    if (match?.[1] && wordCount(match[1]) <= 6) return known(cleanName(match[1]), 0.8, [source(line, index)]);
  }
  const first = lines[0]?.replace(/^#+\s*/, '').replace(/\s*[-–—:|].*$/, '');
  if (first && wordCount(first) <= 6 && !/[.!?]$/.test(first))
    return known(cleanName(first), 0.6, [source(lines[0] ?? '', 0)]);
  return unknown<string>();
}

function briefDescription(lines: string[]): Finding<string> {
  const label = labelled(lines, /^(description|about|summary|overview|what we do)$/i);
  if (label) return known(clip(label.value, 600), 0.85, [source(lines[label.index] ?? '', label.index)]);
  for (const [index, line] of lines.entries()) {
    if (/\b(is|are)\s+(a|an|the)\b/i.test(line) && wordCount(line) >= 6 && !LABEL.test(line)) {
      return known(clip(line, 600), 0.75, [source(line, index)]);
    }
  }
  return unknown<string>();
}

function briefOfferings(lines: string[]): FoundItem<Offering>[] {
  const items: FoundItem<Offering>[] = [];
  let inList = false;
  lines.forEach((line, index) => {
    const heading = line.replace(/^#+\s*/, '').replace(/:$/, '');
    const label = line.match(LABEL);
    if (label?.[1] && label[2] && SERVICE_HEADING.test(label[1])) {
      for (const part of label[2].split(/,\s*|;\s*|\s+and\s+/)) {
        const name = cleanText(part).replace(/\.$/, '');
        if (name && wordCount(name) <= 8)
          items.push(found({ name, description: null, price: null, url: null }, 0.8, [source(line, index)]));
      }
      inList = false;
      return;
    }
    if (!BULLET.test(line) && wordCount(heading) <= 5) {
      inList = SERVICE_HEADING.test(heading);
      return;
    }
    const bullet = line.match(BULLET)?.[1];
    if (inList && bullet) {
      const [name = '', description] = bullet.split(/\s+[-–—:]\s+/, 2);
      const price = bullet.match(/[$€£]\s?\d[\d,.]*/)?.[0] ?? null;
      if (wordCount(name) <= 10) {
        items.push(
          found(
            {
              name: cleanText(name),
              description: description ? cleanText(description) : null,
              price,
              url: null,
            },
            0.8,
            [source(line, index)],
          ),
        );
      }
    }
    items.push(
      ...fromOfferSentences(line, (excerpt) => evidence('brief', PAGE, `line ${index + 1}`, excerpt)),
    );
  });
  return mergeFound(items, (o) => normalizeKey(o.name)).slice(0, 30);
}

/** City and region from "Location: Bellingham, WA" or any "City, ST" mention. */
function briefCityRegion(lines: string[]) {
  const pattern = new RegExp(`\\b([A-Z][A-Za-z.' -]{1,30}),\\s*(${STATE_PATTERN})\\b`);
  const label = labelled(lines, /^(location|city|based in|address|area|service area)$/i);
  const candidates = label
    ? [label, ...lines.map((value, index) => ({ value, index }))]
    : lines.map((value, index) => ({ value, index }));
  for (const { value, index } of candidates) {
    const match = value.match(pattern);
    if (match?.[1] && match[2]) {
      const city = cleanText(match[1]).replace(/^(in|at|based in|located in)\s+/i, '');
      return found(
        { street: null, city, region: stateCode(match[2]), postalCode: null, country: 'US' },
        0.7,
        [source(lines[index] ?? value, index)],
      );
    }
  }
  return null;
}

/** The brief branch of extractBrandProfile: the same fields, read from plain text with line provenance. */
export function extractBriefProfile(snapshot: SiteSnapshot): BrandProfile {
  const text = (snapshot.brief?.text ?? '').slice(0, MAX_BRIEF_CHARS);
  const lines = text.split(/\r?\n/).map(cleanText).filter(Boolean);
  const name = briefName(lines);
  const phones = mergeFound(
    lines.flatMap((line, i) =>
      findPhonesInText(line, (excerpt) => evidence('brief', PAGE, `line ${i + 1}`, excerpt)),
    ),
    phoneKey,
  );
  const emails = mergeFound(
    lines.flatMap((line, i) =>
      findEmailsInText(line, (excerpt) => evidence('brief', PAGE, `line ${i + 1}`, excerpt)),
    ),
    (e) => e,
  );
  let addresses = mergeFound(
    findAddressesInLines(lines, (excerpt, i) => evidence('brief', PAGE, `line ${i + 1}`, excerpt), 0.8),
    addressKey,
  );
  if (addresses.length === 0) {
    const cityRegion = briefCityRegion(lines);
    if (cityRegion) addresses = [cityRegion];
  }
  const industry = detectIndustry({
    schemaTypes: [],
    headline: lines.slice(0, 5).join(' '),
    body: text,
    page: PAGE,
    sourceKind: 'brief',
  });
  const commerce = lines
    .map((line, i) => ({ line, i }))
    .filter(({ line }) =>
      /\b(online (store|shop)|e-?commerce|shopify|woocommerce|ships? (nationwide|worldwide)|sell online)\b/i.test(
        line,
      ),
    )
    .map(({ line, i }) => source(line, i));
  const local = [
    ...addresses.flatMap((a) => a.sources.slice(0, 1)),
    ...lines
      .map((line, i) => ({ line, i }))
      .filter(({ line }) =>
        /\b(storefront|location|located|visit|serving|service area|walk-ins|clinic|studio|shop in)\b/i.test(
          line,
        ),
      )
      .map(({ line, i }) => source(line, i)),
  ];
  const profile: BrandProfile = {
    schema_version: 1,
    source: { kind: 'brief', url: null, pages: [PAGE] },
    name,
    tagline: (() => {
      const label = labelled(lines, /^(tagline|slogan|motto)$/i);
      return label
        ? known(label.value, 0.85, [source(lines[label.index] ?? '', label.index)])
        : unknown<string>();
    })(),
    description: briefDescription(lines),
    offerings: briefOfferings(lines),
    value_propositions: [],
    proof: { testimonials: [], credentials: [], years_in_business: unknown<number>() },
    tone_of_voice: analyzeTone(text, PAGE, 'brief'),
    colors: [],
    fonts: [],
    logo: unknown(),
    images: [],
    contact: { phones, emails, addresses },
    locations:
      addresses.length > 0
        ? addresses.map((a) =>
            found({ name: name.value, address: a.value, geo: null }, a.confidence, a.sources),
          )
        : inferLocationFromPhones(phones, { businessName: name.value, page: PAGE }),
    social_links: [],
    industry,
    business_model: detectBusinessModel({
      industry: (industry.value?.key ?? null) as never,
      industrySources: industry.sources,
      commerceSignals: commerce,
      localSignals: local,
      page: PAGE,
    }),
    unknowns: [],
  };
  profile.unknowns = listUnknowns(profile);
  return profile;
}
