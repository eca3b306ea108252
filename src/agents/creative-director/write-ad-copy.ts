import { enforceAdCopy } from '../../creative/index.ts';
import type { AdCopy, AdVariant } from '../../schemas/ad-copy.ts';
import type { Demographic } from '../../schemas/brand-config.ts';
import { adFieldsFor, type CopyMaterial, type TakenCopy } from './ad-fields.ts';
import { audienceAngle } from './audience-angle.ts';
import { callToAction } from './call-to-action.ts';
import { phrase, toReader, unique } from './copy-text.ts';
import type { CreativeInput, CreativePlatform } from './creative-input.ts';
import { landingPath } from './landing-path.ts';
import type { PlannedPillar } from './plan-pillars.ts';
import type { ToneTag } from './taxonomy-types.ts';
import { toneTagsFor } from './tone-tags.ts';

const ANGLES: CopyMaterial['angle'][] = ['offer', 'proof', 'need'];

export interface WrittenAdCopy {
  adCopy: AdCopy;
  /** Soft problems of kept variants (past a recommended length…), as readable lines. */
  warnings: string[];
}

/**
 * Three variants (offer-led, proof-led, need-led) for every platform × audience it targets, written
 * from the audience's pillar, then passed through the copy rules: only variants within every hard
 * limit, free of avoided words and with verifiable claims are kept; the rest are listed as rejected.
 */
export function writeAdCopy(input: CreativeInput, pillars: PlannedPillar[]): WrittenAdCopy {
  const byId = new Map(input.demographics.map((demographic) => [demographic.id, demographic]));
  const variants: AdVariant[] = [];
  const unwritten: AdCopy['rejected'] = [];
  for (const platform of input.platforms) {
    // A platform is one campaign, an audience one ad group in it: each ad says something the
    // earlier ones of the campaign did not; when the material runs out, it must at least differ
    // from the earlier ads of its own ad group (so an audience is not left without ads to rotate).
    const taken: TakenCopy = { headlines: [], primaryTexts: [] };
    const takenInGroup = new Map<string, TakenCopy>();
    // Angle by angle, so every audience has its first ad before any audience has its third.
    for (const angle of ANGLES) {
      for (const id of platform.demographics) {
        const demographic = byId.get(id);
        if (!demographic) continue;
        const group = takenInGroup.get(id) ?? { headlines: [], primaryTexts: [] };
        takenInGroup.set(id, group);
        const variant =
          variantFor(input, pillars, platform, demographic, angle, taken) ??
          variantFor(input, pillars, platform, demographic, angle, group);
        if (!variant) {
          unwritten.push({
            id: `${platform.id}-${demographic.id}-${angle}`,
            reason: 'not written: it would repeat an earlier ad of its ad group',
          });
          continue;
        }
        variants.push(variant);
        for (const seen of [taken, group]) {
          if ('headlines' in variant.fields) seen.headlines.push(variant.fields.headlines);
          if (variant.fields.kind === 'meta') seen.primaryTexts.push(variant.fields.primary_text);
        }
      }
    }
  }
  const { kept, rejected, warnings } = enforceAdCopy(variants, {
    avoid: input.voice.avoid,
    sourceText: input.source_text,
  });
  return {
    adCopy: {
      schema_version: 1,
      brand_id: input.brand.id,
      variants: kept,
      rejected: [...rejected, ...unwritten],
    },
    warnings: warnings.map((warning) => `${warning.variantId} ${warning.field}: ${warning.message}`),
  };
}

function variantFor(
  input: CreativeInput,
  pillars: PlannedPillar[],
  platform: CreativePlatform,
  demographic: Demographic,
  angle: CopyMaterial['angle'],
  taken: TakenCopy,
): AdVariant | null {
  const own = pillars.find((item) => item.demographic?.id === demographic.id);
  const brandWide = pillars.find((item) => item.demographic === null);
  const planned = (angle === 'proof' ? (brandWide ?? own) : (own ?? brandWide)) ?? pillars[0]!;
  const offering = (own ?? planned).offering;
  const cta = callToAction(input, platform.objective);
  const material: CopyMaterial = {
    brand: input.brand.name,
    offerings: unique([offering.name, ...input.offerings.map((item) => item.name)]),
    offeringDescription: offering.description,
    price: offering.price,
    // Proof-led copy opens with what this audience most needs to believe; the rest follow.
    proof: unique(
      [
        ...(angle === 'proof' ? (own?.proof ?? []).filter((point) => point.kind !== 'offering') : []),
        ...planned.proof,
        ...(own?.proof ?? []),
      ]
        // Differentiation points are our analysis of the market ("Social proof from 3 testimonials"):
        // they steer the pillars, but an ad says only what the brand itself says.
        .filter((point) => point.kind !== 'differentiation')
        .map((point) => point.text.replace(/[“”]/g, '')),
    ).filter((text) => text !== offering.name),
    place: input.geography.local ? (input.geography.places[0] ?? null) : null,
    pain: phrase(demographic.pain_points[0] ?? demographic.description),
    // Copy speaks to the reader: "a provider they can trust" is written "a provider you can trust".
    motivation: toReader(phrase(demographic.motivations[0] ?? demographic.name)),
    audience: demographic.name,
    moreMotivations: demographic.motivations.slice(1, 3).map((text) => toReader(phrase(text))),
    // "Other business in Denver" names no category: an unknown industry gives no line.
    industry: input.industry.key === 'other' ? null : input.industry.label,
    tagline: input.brand.tagline,
    action: cta.label,
    shortAction: cta.short,
    angle,
  };
  const voice = toneTagsFor(input.voice.tone);
  const tone: ToneTag[] =
    angle === 'need'
      ? unique([audienceAngle(demographic).tone, ...voice]).slice(0, 2)
      : angle === 'proof'
        ? unique(['reassuring' as const, ...voice]).slice(0, 2)
        : voice.slice(0, 2);
  const fields = adFieldsFor(platform.id, material, taken);
  if (!fields) return null;
  return {
    id: `${platform.id}-${demographic.id}-${angle}`,
    platform: platform.id,
    demographic: demographic.id,
    objective: platform.objective,
    pillar: planned.pillar.id,
    tone,
    fields,
    final_url_path: landingPath(platform),
  };
}
