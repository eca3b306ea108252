import type { CopyRules } from '../../src/creative/copy-rules.ts';
import type { AdFields, AdVariant } from '../../src/schemas/ad-copy.ts';

/** What a small bakery's site says about itself: the only text claims may come from. */
export const BAKERY_SOURCE = [
  'Harbor Bakery — sourdough, croissants and cakes baked in Portland since 1998.',
  'Voted best croissants in Portland 2024 by the Portland Mercury.',
  'Free delivery on orders over $40. Sourdough loaf $7.50. Catering trays from $1,200.',
  'Satisfaction guaranteed: if you are not happy, we bake it again.',
  'We always do our best to use local flour.',
].join('\n');

export const BAKERY_RULES: CopyRules = {
  avoid: ['cheap', 'artisanal', 'mouth-watering', 'to die for'],
  sourceText: BAKERY_SOURCE,
};

const FIELDS: { [K in AdFields['kind']]: Extract<AdFields, { kind: K }> } = {
  'google-rsa': {
    kind: 'google-rsa',
    headlines: ['Harbor Bakery Portland', 'Sourdough Baked Daily', 'Order Cakes Online'],
    descriptions: ['Sourdough, croissants and cakes baked in Portland.', 'Order online and pick up today.'],
    path1: 'bakery',
    path2: 'sourdough',
  },
  'microsoft-rsa': {
    kind: 'microsoft-rsa',
    headlines: ['Harbor Bakery Portland', 'Sourdough Baked Daily', 'Order Cakes Online'],
    descriptions: ['Sourdough, croissants and cakes baked in Portland.', 'Order online and pick up today.'],
    path1: 'bakery',
    path2: '',
  },
  meta: {
    kind: 'meta',
    primary_text: 'Warm sourdough from our Portland ovens.',
    headline: 'Sourdough, baked today',
    description: 'Order for pickup',
  },
  linkedin: { kind: 'linkedin', intro: 'Catering for your next team meeting.', headline: 'Office catering' },
  tiktok: { kind: 'tiktok', ad_text: 'Watch our sourdough rise' },
  youtube: {
    kind: 'youtube',
    headline: 'Harbor Bakery',
    long_headline: 'Sourdough and croissants baked in Portland',
    description: 'Order online for pickup',
    call_to_action: 'Order now',
  },
  pinterest: { kind: 'pinterest', title: 'Sourdough loaves', description: 'Sourdough baked in Portland.' },
};

const PLATFORM = {
  'google-rsa': 'google',
  'microsoft-rsa': 'microsoft',
  meta: 'meta',
  linkedin: 'linkedin',
  tiktok: 'tiktok',
  youtube: 'youtube',
  pinterest: 'pinterest',
} as const;

/** A valid variant of `kind`, with `patch` laid over its fields. */
export function variantOf<K extends AdFields['kind']>(
  kind: K,
  patch: Partial<Omit<Extract<AdFields, { kind: K }>, 'kind'>> = {},
  id = `${kind}-1`,
): AdVariant {
  return {
    id,
    platform: PLATFORM[kind],
    demographic: 'young-families',
    objective: 'leads',
    pillar: 'fresh-daily',
    tone: ['warm'],
    fields: { ...FIELDS[kind], ...patch } as AdFields,
    final_url_path: '/order',
  };
}

/** A string of exactly `length` characters that no claim or avoid rule reacts to. */
export function textOfLength(length: number): string {
  return 'Bread '
    .repeat(Math.ceil(length / 6))
    .slice(0, length)
    .replace(/ $/u, 'x');
}
