import { describe, expect, it } from 'vitest';
import { enforceAdCopy } from '../../src/creative/enforce-ad-copy.ts';
import { AdVariant } from '../../src/schemas/ad-copy.ts';
import { BAKERY_RULES, textOfLength, variantOf } from './variants.ts';

const batch = () => [
  variantOf('google-rsa', {}, 'google-good'),
  variantOf('meta', { headline: 'The best cakes in town' }, 'meta-superlative'),
  variantOf('meta', {}, 'meta-good'),
  // Same words as meta-good, differing only in case and punctuation.
  variantOf(
    'meta',
    { primary_text: 'WARM sourdough from our Portland ovens!', headline: 'Sourdough baked today' },
    'meta-repeat',
  ),
  variantOf('tiktok', { ad_text: textOfLength(101) }, 'tiktok-long'),
  {
    ...variantOf('pinterest', { title: 'Sourdough loaves, cheap' }),
    id: 'pin-avoid-and-mismatch',
    platform: 'tiktok' as const,
  },
  variantOf('linkedin', { intro: textOfLength(151) }, 'linkedin-long-intro'),
  variantOf('meta', {}, 'meta-good'),
];

describe('enforceAdCopy', () => {
  it('keeps the clean variants in their original order', () => {
    const { kept } = enforceAdCopy(batch(), BAKERY_RULES);
    expect(kept.map((variant) => variant.id)).toEqual(['google-good', 'meta-good', 'linkedin-long-intro']);
    for (const variant of kept) expect(AdVariant.safeParse(variant).success).toBe(true);
  });

  it('rejects each variant with a hard problem, giving every problem as the reason', () => {
    const { rejected } = enforceAdCopy(batch(), BAKERY_RULES);
    const reasons = Object.fromEntries(rejected.map(({ id, reason }) => [id, reason]));
    expect(reasons['meta-superlative']).toContain('"best cakes"');
    expect(reasons['tiktok-long']).toContain('ad_text is 101 characters; tiktok allows 100');
    expect(reasons['pin-avoid-and-mismatch']).toMatch(
      /platform "tiktok" takes "tiktok" copy, not "pinterest"/,
    );
    expect(reasons['pin-avoid-and-mismatch']).toContain('"cheap"');
    expect(reasons['pin-avoid-and-mismatch']!.split('; ')).toHaveLength(2);
  });

  it('drops a later variant with the same normalised copy on the same platform', () => {
    const { rejected } = enforceAdCopy(batch(), BAKERY_RULES);
    expect(rejected).toContainEqual({
      id: 'meta-repeat',
      reason: 'duplicate of "meta-good": same meta copy',
    });
  });

  it('drops a later variant that reuses an id', () => {
    const { rejected } = enforceAdCopy(batch(), BAKERY_RULES);
    expect(rejected.at(-1)).toEqual({
      id: 'meta-good',
      reason: 'id "meta-good" is already used by an earlier variant',
    });
  });

  it('keeps the same copy on two different platforms', () => {
    const google = variantOf('google-rsa', {}, 'on-google');
    const microsoft = variantOf('microsoft-rsa', { path2: 'sourdough' }, 'on-microsoft');
    expect(enforceAdCopy([google, microsoft], BAKERY_RULES).kept).toHaveLength(2);
  });

  it('returns the soft problems of kept variants as warnings', () => {
    const { warnings } = enforceAdCopy(batch(), BAKERY_RULES);
    expect(warnings).toEqual([
      expect.objectContaining({
        variantId: 'linkedin-long-intro',
        field: 'intro',
        severity: 'soft',
        rule: 'limit',
      }),
    ]);
  });

  it('accounts for every variant exactly once', () => {
    const input = batch();
    const { kept, rejected } = enforceAdCopy(input, BAKERY_RULES);
    expect(kept.length + rejected.length).toBe(input.length);
  });

  it('gives the same result for the same input', () => {
    const first = enforceAdCopy(batch(), BAKERY_RULES);
    expect(enforceAdCopy(structuredClone(batch()), { ...BAKERY_RULES })).toEqual(first);
  });
});
