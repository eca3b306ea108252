import type { Demographic } from '../../schemas/brand-config.ts';
import type { CreativeBrief } from '../../schemas/creative-brief.ts';
import { audienceAngle } from './audience-angle.ts';
import { briefScenes } from './brief-scenes.ts';
import { callToAction } from './call-to-action.ts';
import { capitalise, lowerFirst, phrase, unique } from './copy-text.ts';
import type { CreativeInput, CreativePlatform, PlatformObjective } from './creative-input.ts';
import { landingPath } from './landing-path.ts';
import { NARRATIVE_STYLES } from './narrative-styles.ts';
import type { PlannedPillar } from './plan-pillars.ts';
import { chooseFormat, PLATFORM_LABELS } from './platform-formats.ts';
import type { ProofPoint } from './proof-points.ts';
import type { AestheticTag, NarrativeElement, ToneTag } from './taxonomy-types.ts';
import { toneTagsFor } from './tone-tags.ts';
import { paletteTemperature } from './visual-direction.ts';

const MIN_BRIEFS = 5;
const MAX_BRIEFS = 8;

const FALLBACK_NARRATIVES: NarrativeElement[] = [
  'problem-solution',
  'local-pride',
  'social-proof',
  'how-it-works',
  'day-in-the-life',
  'myth-busting',
  'offer-reveal',
  'transformation',
];

// A search ad is text and two images: it can carry a problem and its answer, proof, an offer or a
// place, not a story that needs moving pictures.
const SEARCH_NARRATIVES = new Set<NarrativeElement>([
  'problem-solution',
  'offer-reveal',
  'social-proof',
  'local-pride',
  'how-it-works',
]);

const OBJECTIVE_VERBS: Record<PlatformObjective, string> = {
  leads: 'Win enquiries from',
  bookings: 'Win bookings from',
  sales: 'Drive sales among',
  traffic: 'Bring to the site',
  awareness: 'Build awareness among',
  'app-installs': 'Drive app installs among',
};

interface Slot {
  platform: CreativePlatform;
  demographic: Demographic;
}

/**
 * 5–8 briefs spread over the platforms and the audiences they target: every platform gets one,
 * every targeted audience gets one, then the remaining platform × audience pairs fill up to eight.
 * Stories vary across briefs, and each audience gets the kinds of story its angle responds to.
 */
export function planBriefs(
  input: CreativeInput,
  pillars: PlannedPillar[],
  points: ProofPoint[],
): CreativeBrief[] {
  const slots = allocateSlots(input);
  const used = new Map<NarrativeElement, number>();
  const perPlatform = new Map<string, number>();
  const taken = new Set<string>();
  const briefs: CreativeBrief[] = [];
  for (const [index, { platform, demographic }] of slots.entries()) {
    const narrative = chooseNarrative(input, demographic, platform, used, taken);
    used.set(narrative, (used.get(narrative) ?? 0) + 1);
    taken.add(`${platform.id}|${demographic.id}|${narrative}`);
    const nth = perPlatform.get(platform.id) ?? 0;
    perPlatform.set(platform.id, nth + 1);

    const planned = pillarFor(pillars, demographic, narrative);
    const proof = proofFor(planned, narrative, points);
    const offering =
      narrative === 'offer-reveal'
        ? (input.offerings.find((item) => item.price) ?? planned.offering)
        : planned.offering;
    const format = chooseFormat(platform, narrative, nth);
    const action = callToAction(input, platform.objective).label;
    const path = landingPath(platform);
    const style = NARRATIVE_STYLES[narrative];
    const angle = audienceAngle(demographic);
    const pain = phrase(demographic.pain_points[0] ?? demographic.description);
    const id = `${String(index + 1).padStart(2, '0')}-${platform.id}-${narrative}`;
    briefs.push({
      id,
      title: `${style.label}: ${lowerFirst(offering.name)} for ${demographic.name.toLowerCase()} on ${PLATFORM_LABELS[platform.id]}`,
      strategic_purpose:
        `${OBJECTIVE_VERBS[platform.objective]} ${demographic.name.toLowerCase()} on ${PLATFORM_LABELS[platform.id]}: ` +
        `answer “${lowerFirst(pain)}” with ${lowerFirst(offering.name)} at ${input.brand.name}, backed by ` +
        `${lowerFirst(proof.text)}, so that the audience ${style.job}.`,
      demographic: demographic.id,
      platform: platform.id,
      format: format.format,
      duration_seconds: format.duration,
      pillar: planned.pillar.id,
      scenes: briefScenes({
        input,
        platform: platform.id,
        demographic,
        offering,
        proof,
        narrative,
        format,
        callToAction: action,
        landingPath: path,
      }),
      tone: toneFor(input, angle.tone),
      aesthetic: aestheticFor(input, style.aesthetic, format.video),
      composition: format.video
        ? style.composition
        : (unique(['text-overlay', ...style.composition.filter((tag) => tag !== 'talking-head')]).slice(
            0,
            2,
          ) as CreativeBrief['composition']),
      narrative:
        input.geography.local &&
        narrative !== 'local-pride' &&
        input.geography.places.length > 0 &&
        index % 3 === 2
          ? [narrative, 'local-pride']
          : [narrative],
      call_to_action: action,
      hypothesis: hypothesisFor(
        input,
        { id, platform, demographic, narrative, video: format.video },
        angle.because,
        slots,
        index,
      ),
    });
  }
  return briefs;
}

/** Platform × audience pairs: cover every platform, then every audience, then fill to the target. */
export function allocateSlots(input: CreativeInput): Slot[] {
  const byId = new Map(input.demographics.map((demographic) => [demographic.id, demographic]));
  const pairs: Slot[] = input.platforms.flatMap((platform) =>
    platform.demographics.flatMap((id) => {
      const demographic = byId.get(id);
      return demographic ? [{ platform, demographic }] : [];
    }),
  );
  const target = Math.min(MAX_BRIEFS, Math.max(MIN_BRIEFS, pairs.length));
  const slots: Slot[] = [];
  const count = (key: (slot: Slot) => string, value: string) =>
    slots.filter((slot) => key(slot) === value).length;
  const add = (slot: Slot) => slots.push(slot);

  for (const platform of input.platforms) {
    const options = pairs.filter((pair) => pair.platform === platform);
    const fresh = options.find((pair) => count((slot) => slot.demographic.id, pair.demographic.id) === 0);
    const pick = fresh ?? options[0];
    if (pick) add(pick);
  }
  for (const demographic of input.demographics) {
    if (count((slot) => slot.demographic.id, demographic.id) > 0) continue;
    const options = pairs.filter((pair) => pair.demographic === demographic);
    options.sort(
      (a, b) =>
        count((slot) => slot.platform.id, a.platform.id) - count((slot) => slot.platform.id, b.platform.id),
    );
    if (options[0] && slots.length < MAX_BRIEFS) add(options[0]);
  }
  while (slots.length < target && pairs.length > 0) {
    const ranked = pairs
      .map((pair, order) => ({
        pair,
        order,
        repeats: slots.filter(
          (slot) => slot.platform === pair.platform && slot.demographic === pair.demographic,
        ).length,
        load:
          count((slot) => slot.platform.id, pair.platform.id) +
          count((slot) => slot.demographic.id, pair.demographic.id),
      }))
      .sort((a, b) => a.repeats - b.repeats || a.load - b.load || a.order - b.order);
    add(ranked[0]!.pair);
  }
  // Group by platform (their order in brand-config), audiences in priority order within each.
  const platformOrder = (slot: Slot) => input.platforms.indexOf(slot.platform);
  const audienceOrder = (slot: Slot) => input.demographics.indexOf(slot.demographic);
  return slots
    .map((slot, order) => ({ slot, order }))
    .sort(
      (a, b) =>
        platformOrder(a.slot) - platformOrder(b.slot) ||
        audienceOrder(a.slot) - audienceOrder(b.slot) ||
        a.order - b.order,
    )
    .map((entry) => entry.slot);
}

function chooseNarrative(
  input: CreativeInput,
  demographic: Demographic,
  platform: CreativePlatform,
  used: Map<NarrativeElement, number>,
  taken: Set<string>,
): NarrativeElement {
  const search = platform.id === 'google' || platform.id === 'microsoft';
  const preferences = unique([...audienceAngle(demographic).narratives, ...FALLBACK_NARRATIVES]).filter(
    (narrative) =>
      available(input, narrative) &&
      (!search || SEARCH_NARRATIVES.has(narrative)) &&
      !taken.has(`${platform.id}|${demographic.id}|${narrative}`),
  );
  let best = preferences[0] ?? 'problem-solution';
  let fewest = Number.POSITIVE_INFINITY;
  for (const narrative of preferences) {
    const count = used.get(narrative) ?? 0;
    if (count < fewest) {
      best = narrative;
      fewest = count;
    }
  }
  return best;
}

/** Stories that need evidence are only told when research has it. */
function available(input: CreativeInput, narrative: NarrativeElement): boolean {
  switch (narrative) {
    case 'testimonial':
      return input.proof.testimonials.length > 0;
    case 'social-proof':
      return (
        input.proof.testimonials.length > 0 ||
        input.proof.credentials.length > 0 ||
        input.proof.years_in_business !== null
      );
    case 'offer-reveal':
      return input.offerings.some((offering) => offering.price !== null);
    case 'local-pride':
      return input.geography.local && input.geography.places.length > 0;
    case 'founder-story':
      return false;
    default:
      return true;
  }
}

function pillarFor(
  pillars: PlannedPillar[],
  demographic: Demographic,
  narrative: NarrativeElement,
): PlannedPillar {
  const own = pillars.find((item) => item.demographic?.id === demographic.id);
  const brandWide = pillars.find((item) => item.demographic === null);
  if (brandWide && (narrative === 'social-proof' || narrative === 'myth-busting' || !own)) return brandWide;
  return own ?? pillars[0]!;
}

function proofFor(planned: PlannedPillar, narrative: NarrativeElement, points: ProofPoint[]): ProofPoint {
  const wanted: Partial<Record<NarrativeElement, ProofPoint['kind'][]>> = {
    testimonial: ['testimonial'],
    'social-proof': ['credential', 'years', 'testimonial'],
    'offer-reveal': ['offering'],
  };
  const kinds = wanted[narrative];
  if (kinds) {
    const match =
      planned.proof.find((point) => kinds.includes(point.kind)) ??
      points.find(
        (point) => kinds.includes(point.kind) && (narrative !== 'offer-reveal' || /\d/.test(point.text)),
      );
    if (match) return match;
  }
  // The offering is shown in its own scene; the proof scene should add something.
  return (
    planned.proof.find((point) => point.kind !== 'offering') ??
    points.find((point) => point.kind !== 'offering') ??
    planned.proof[0]!
  );
}

function toneFor(input: CreativeInput, audienceTone: ToneTag): ToneTag[] {
  return unique([
    ...toneTagsFor([...input.voice.tone, ...input.voice.personality]).slice(0, 2),
    audienceTone,
  ]);
}

function aestheticFor(input: CreativeInput, base: AestheticTag[], video: boolean): AestheticTag[] {
  const tags: AestheticTag[] = video
    ? [...base]
    : ['brand-colour-led', ...base.filter((tag) => tag !== 'documentary')];
  tags.push(paletteTemperature(input.colors.primary));
  return unique(tags).slice(0, 3);
}

function hypothesisFor(
  input: CreativeInput,
  brief: {
    id: string;
    platform: CreativePlatform;
    demographic: Demographic;
    narrative: NarrativeElement;
    video: boolean;
  },
  because: string,
  slots: Slot[],
  index: number,
): CreativeBrief['hypothesis'] {
  const { platform, demographic, narrative, video } = brief;
  const audience = demographic.name.toLowerCase();
  const label = PLATFORM_LABELS[platform.id];
  const metric: CreativeBrief['hypothesis']['metric'] = video
    ? 'hook_rate'
    : platform.id === 'google' || platform.id === 'microsoft'
      ? 'ctr'
      : platform.objective === 'sales'
        ? 'roas'
        : platform.objective === 'awareness'
          ? 'cpm'
          : platform.objective === 'traffic'
            ? 'ctr'
            : 'cpl';
  const expectations: Record<CreativeBrief['hypothesis']['metric'], string> = {
    hook_rate: `At least 25% of ${audience} reached on ${label} watch past the first 3 seconds.`,
    ctr: `Click-through rate among ${audience} on ${label} at or above the campaign average after 1,000 impressions.`,
    cpl: `Cost per ${platform.objective === 'bookings' ? 'booking' : 'lead'} among ${audience} on ${label} at or below the campaign average after 14 days.`,
    roas: `Return on ad spend among ${audience} on ${label} at or above the campaign average after 14 days.`,
    cpm: `Cost per thousand impressions among ${audience} on ${label} at or below the campaign average after 7 days.`,
    conversion_rate: `Landing-page conversion rate for ${audience} at or above the site average.`,
  };
  const sibling = slots.findIndex(
    (slot, other) => other !== index && slot.platform === platform && slot.demographic !== demographic,
  );
  const sameAudience = slots.findIndex((slot, other) => other !== index && slot.demographic === demographic);
  const compared = sibling >= 0 ? sibling : sameAudience;
  return {
    metric,
    expectation: expectations[metric],
    compared_to:
      compared >= 0
        ? `Brief ${String(compared + 1).padStart(2, '0')} (${slots[compared]!.demographic.name.toLowerCase()} on ${PLATFORM_LABELS[slots[compared]!.platform.id]})`
        : `The ${label} campaign average for ${input.brand.name}`,
    rationale: `${capitalise(phrase(demographic.psychographics[0] ?? demographic.description))}: ${because}. A ${NARRATIVE_STYLES[narrative].label.toLowerCase()} story tests that directly.`,
  };
}
