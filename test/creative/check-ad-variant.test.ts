import { describe, expect, it } from 'vitest';
import { checkAdVariant } from '../../src/creative/check-ad-variant.ts';
import { createCopyRules } from '../../src/creative/copy-rules.ts';
import { BAKERY_RULES, BAKERY_SOURCE, variantOf } from './variants.ts';

/** The hard problems a Meta ad gets for this primary text. */
function hardProblemsFor(primaryText: string, sourceText = BAKERY_SOURCE) {
  return checkAdVariant(variantOf('meta', { primary_text: primaryText }), {
    ...BAKERY_RULES,
    sourceText,
  }).filter((problem) => problem.severity === 'hard');
}

const rulesOf = (text: string) => hardProblemsFor(text).map((problem) => problem.rule);

describe('checkAdVariant', () => {
  it('passes a plain, sourced ad of every kind', () => {
    for (const kind of [
      'google-rsa',
      'microsoft-rsa',
      'meta',
      'linkedin',
      'tiktok',
      'youtube',
      'pinterest',
    ] as const) {
      expect(checkAdVariant(variantOf(kind), BAKERY_RULES)).toEqual([]);
    }
  });

  describe('avoid list', () => {
    it('rejects an avoided word whole-word and case-insensitively, naming the field', () => {
      const problems = checkAdVariant(variantOf('meta', { headline: 'Not CHEAP, just good' }), BAKERY_RULES);
      expect(problems).toEqual([
        {
          variantId: 'meta-1',
          field: 'headline',
          severity: 'hard',
          rule: 'avoid',
          message: expect.stringContaining('"cheap"'),
        },
      ]);
    });

    it('does not match an avoided word inside a longer word', () => {
      expect(rulesOf('Cheapskates welcome, sourdough baked in Portland')).toEqual([]);
      expect(rulesOf('Artisanally fermented sourdough')).toEqual([]);
    });

    it('matches avoided phrases and hyphenated words as whole words', () => {
      expect(rulesOf('Cakes to die for.')).toEqual(['avoid']);
      expect(rulesOf('Mouth-watering cakes')).toEqual(['avoid']);
      expect(rulesOf('A cheap-looking box, a great cake')).toEqual(['avoid']);
    });

    it('reads the avoid list from the brand voice', () => {
      const rules = createCopyRules({ brand_voice: { avoid: ['hustle'] } }, ['profile text', 'site text']);
      expect(rules).toEqual({ avoid: ['hustle'], sourceText: 'profile text\n\nsite text' });
    });
  });

  describe('superlatives', () => {
    it('rejects a superlative the research text does not state', () => {
      const problems = hardProblemsFor('The best cakes in Portland');
      expect(problems).toEqual([
        expect.objectContaining({ rule: 'superlative', message: expect.stringContaining('"best cakes"') }),
      ]);
    });

    it('allows a superlative the site states, such as an award', () => {
      expect(rulesOf('Voted best croissants in Portland 2024')).toEqual([]);
      expect(rulesOf('Try the best croissants in town')).toEqual([]);
    });

    it('is not verified by the same word used elsewhere on the site', () => {
      // The site says "do our best"; that does not make the bread the best.
      expect(rulesOf('Our best bread yet')).toEqual(['superlative']);
    });

    it('recognises the usual unverifiable superlatives', () => {
      for (const claim of [
        '#1 bakery in Portland',
        'Number one for sourdough',
        'Top-rated sourdough',
        'World-class croissants',
        'The leading bakery downtown',
        'Unbeatable sourdough',
        'Cheapest cakes around',
        'Most trusted bakers',
      ]) {
        expect(rulesOf(claim), claim).toEqual(['superlative']);
      }
    });
  });

  describe('guarantees', () => {
    it('rejects guarantees the site does not make', () => {
      expect(rulesOf('Freshness guaranteed')).toEqual(['guarantee']);
      expect(rulesOf('100% organic flour')).toEqual(['guarantee']);
      expect(rulesOf('Risk-free trial box')).toEqual(['guarantee']);
      expect(rulesOf('Money-back promise on every cake')).toEqual(['guarantee']);
    });

    it('allows the guarantee the site states', () => {
      expect(rulesOf('Satisfaction guaranteed, every loaf')).toEqual([]);
    });
  });

  describe('health claims', () => {
    it('rejects unverified health claims', () => {
      for (const claim of [
        'Our spelt loaf heals your gut',
        'Sourdough that cures bloating',
        'Rye that treats indigestion',
        'Painless gluten-free baking',
        'Clinically proven sourdough',
        'Lose 10 pounds with our rye',
      ]) {
        expect(rulesOf(claim), claim).toEqual(['unverified-claim']);
      }
    });

    it('allows a health claim the source text makes', () => {
      const source = `${BAKERY_SOURCE}\nOur physio studio offers pain-free recovery sessions.`;
      expect(hardProblemsFor('Pain-free recovery sessions', source)).toEqual([]);
      expect(hardProblemsFor('Pain-free recovery sessions')).toHaveLength(1);
    });

    it('does not read a snack as a health claim', () => {
      expect(rulesOf('Sweet treats for the whole office')).toEqual([]);
      expect(rulesOf('Gluten-free cakes baked in Portland')).toEqual([]);
    });
  });

  describe('financial claims', () => {
    it('rejects unverified offers, savings and prices', () => {
      for (const claim of [
        'Save $20 on your first order',
        '20% off all cakes',
        'Free coffee with every loaf',
        'Earn points on every loaf',
        'No fees on catering orders',
        'Croissants for $3.50',
        'Easy returns on cake tins',
      ]) {
        expect(rulesOf(claim), claim).toEqual(['unverified-claim']);
      }
    });

    it('allows offers and prices the site states, however the price is written', () => {
      expect(rulesOf('Free delivery over $40')).toEqual([]);
      expect(rulesOf('Sourdough loaf $7.50')).toEqual([]);
      expect(rulesOf('Catering trays from $1200.00')).toEqual([]);
    });
  });

  it('rejects copy whose kind does not match the platform', () => {
    const variant = { ...variantOf('meta'), platform: 'google' as const };
    expect(checkAdVariant(variant, BAKERY_RULES)).toEqual([
      expect.objectContaining({ field: 'kind', severity: 'hard', rule: 'platform-mismatch' }),
    ]);
  });

  it('rejects an empty required field and allows the optional ones', () => {
    expect(checkAdVariant(variantOf('meta', { headline: '   ' }), BAKERY_RULES)).toEqual([
      expect.objectContaining({ field: 'headline', severity: 'hard', rule: 'empty' }),
    ]);
    expect(checkAdVariant(variantOf('meta', { description: '' }), BAKERY_RULES)).toEqual([]);
    expect(checkAdVariant(variantOf('google-rsa', { path1: '', path2: '' }), BAKERY_RULES)).toEqual([]);
    expect(checkAdVariant(variantOf('google-rsa', { path1: '', path2: 'cakes' }), BAKERY_RULES)).toEqual([
      expect.objectContaining({ field: 'path1', rule: 'empty' }),
    ]);
  });

  it('rejects an RSA that repeats a headline, ignoring case and spacing', () => {
    const headlines = ['Sourdough Baked Daily', 'Order Cakes Online', 'sourdough  baked daily'];
    expect(checkAdVariant(variantOf('google-rsa', { headlines }), BAKERY_RULES)).toEqual([
      expect.objectContaining({ field: 'headlines[2]', severity: 'hard', rule: 'duplicate' }),
    ]);
  });

  it('reports the same problems in the same order every time', () => {
    const variant = variantOf('google-rsa', {
      headlines: ['Best Cheap Cakes', 'Free Coffee Today', 'Best Cheap Cakes', 'Save $20 Now'],
    });
    const first = checkAdVariant(variant, BAKERY_RULES);
    expect(first.length).toBeGreaterThan(3);
    expect(checkAdVariant(structuredClone(variant), { ...BAKERY_RULES })).toEqual(first);
  });
});
