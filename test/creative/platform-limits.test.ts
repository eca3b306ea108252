import { describe, expect, it } from 'vitest';
import { checkAdVariant } from '../../src/creative/check-ad-variant.ts';
import { countChars, PLATFORM_KIND, PLATFORM_LIMITS } from '../../src/creative/platform-limits.ts';
import type { AdFields } from '../../src/schemas/ad-copy.ts';
import { BAKERY_RULES, textOfLength, variantOf } from './variants.ts';

type Kind = AdFields['kind'];

/** Every (kind, field, limit) of the table, so each number in it is exercised. */
const ENTRIES = Object.entries(PLATFORM_LIMITS).flatMap(([kind, fields]) =>
  Object.entries(fields).map(([field, limit]) => ({ kind: kind as Kind, field, limit })),
);

function withField(kind: Kind, field: string, text: string) {
  const base = variantOf(kind);
  const current = (base.fields as unknown as Record<string, unknown>)[field];
  const value = Array.isArray(current) ? [text, ...current.slice(1)] : text;
  return variantOf(kind, { [field]: value } as never);
}

function problemsOf(kind: Kind, field: string, text: string) {
  return checkAdVariant(withField(kind, field, text), BAKERY_RULES).filter(
    (problem) => problem.rule === 'limit',
  );
}

describe('PLATFORM_LIMITS', () => {
  it('names a documentation source for every number', () => {
    for (const { limit } of ENTRIES) expect(limit.source.length).toBeGreaterThan(10);
  });

  it('has the documented headline, description and path limits for both RSAs', () => {
    for (const kind of ['google-rsa', 'microsoft-rsa'] as const) {
      expect(PLATFORM_LIMITS[kind].headlines).toMatchObject({ hard: 30, countMin: 3, countMax: 15 });
      expect(PLATFORM_LIMITS[kind].descriptions).toMatchObject({ hard: 90, countMin: 2, countMax: 4 });
      expect(PLATFORM_LIMITS[kind].path1.hard).toBe(15);
      expect(PLATFORM_LIMITS[kind].path2.hard).toBe(15);
    }
  });

  it('maps every platform to the kind its copy is written in', () => {
    expect(PLATFORM_KIND).toEqual({
      google: 'google-rsa',
      microsoft: 'microsoft-rsa',
      meta: 'meta',
      linkedin: 'linkedin',
      tiktok: 'tiktok',
      youtube: 'youtube',
      pinterest: 'pinterest',
    });
  });

  for (const { kind, field, limit } of ENTRIES.filter((entry) => entry.limit.hard !== null)) {
    it(`${kind} ${field}: ${limit.hard} characters pass, ${limit.hard! + 1} are rejected`, () => {
      const atLimit = problemsOf(kind, field, textOfLength(limit.hard!));
      expect(atLimit.filter((problem) => problem.severity === 'hard')).toEqual([]);
      const over = problemsOf(kind, field, textOfLength(limit.hard! + 1));
      expect(over).toContainEqual(
        expect.objectContaining({
          severity: 'hard',
          rule: 'limit',
          message: expect.stringContaining(limit.source),
        }),
      );
    });
  }

  for (const { kind, field, limit } of ENTRIES.filter((entry) => entry.limit.recommended !== null)) {
    it(`${kind} ${field}: past the recommended ${limit.recommended} is a warning, not a rejection`, () => {
      expect(problemsOf(kind, field, textOfLength(limit.recommended!))).toEqual([]);
      const over = problemsOf(kind, field, textOfLength(limit.recommended! + 1));
      expect(over).toHaveLength(1);
      expect(over[0]).toMatchObject({ severity: 'soft', rule: 'limit' });
    });
  }

  it('rejects a Google RSA with fewer than 3 or more than 15 headlines', () => {
    const headlines = Array.from({ length: 16 }, (_, index) => `Sourdough loaf ${index + 1}`);
    const count = (list: string[]) =>
      checkAdVariant(variantOf('google-rsa', { headlines: list }), BAKERY_RULES).filter(
        (problem) => problem.rule === 'count',
      );
    expect(count(headlines.slice(0, 2))).toHaveLength(1);
    expect(count(headlines.slice(0, 3))).toEqual([]);
    expect(count(headlines.slice(0, 15))).toEqual([]);
    expect(count(headlines)).toEqual([expect.objectContaining({ field: 'headlines', severity: 'hard' })]);
  });

  it('rejects a Microsoft RSA with fewer than 2 or more than 4 descriptions', () => {
    const descriptions = Array.from(
      { length: 5 },
      (_, index) => `Sourdough baked in Portland, batch ${index + 1}.`,
    );
    const count = (list: string[]) =>
      checkAdVariant(variantOf('microsoft-rsa', { descriptions: list }), BAKERY_RULES).filter(
        (problem) => problem.rule === 'count',
      );
    expect(count(descriptions.slice(0, 1))).toHaveLength(1);
    expect(count(descriptions.slice(0, 2))).toEqual([]);
    expect(count(descriptions.slice(0, 4))).toEqual([]);
    expect(count(descriptions)).toHaveLength(1);
  });
});

describe('countChars', () => {
  it('counts an emoji, a flag and a family as one character each', () => {
    expect(countChars('👍', 'meta')).toBe(1);
    expect(countChars('🇫🇷', 'meta')).toBe(1);
    expect(countChars('👩‍👩‍👧‍👦', 'tiktok')).toBe(1);
    expect(countChars('Bake 🍞 today', 'google-rsa')).toBe(12);
  });

  it('counts a letter with a combining accent as one character', () => {
    expect(countChars('Cafe\u0301', 'meta')).toBe(4);
  });

  it('counts CJK and fullwidth characters double for Google and Microsoft, single elsewhere', () => {
    expect(countChars('東京のパン屋', 'google-rsa')).toBe(12);
    expect(countChars('東京のパン屋', 'microsoft-rsa')).toBe(12);
    expect(countChars('서울 빵집', 'youtube')).toBe(9);
    expect(countChars('ＡＢＣ', 'google-rsa')).toBe(6);
    expect(countChars('東京のパン屋', 'meta')).toBe(6);
    expect(countChars('東京のパン屋')).toBe(6);
  });

  it('lets 15 CJK characters fill a Google headline and rejects the 16th', () => {
    const limitProblems = (text: string) =>
      checkAdVariant(
        variantOf('google-rsa', { headlines: [text, 'Sourdough Baked Daily', 'Order Cakes Online'] }),
        BAKERY_RULES,
      ).filter((problem) => problem.rule === 'limit');
    expect(limitProblems('東'.repeat(15))).toEqual([]);
    expect(limitProblems('東'.repeat(16))).toEqual([
      expect.objectContaining({
        field: 'headlines[0]',
        severity: 'hard',
        message: expect.stringContaining('32'),
      }),
    ]);
  });
});
