import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitText, titleCaseHeadline } from '../../src/creative/fit-to-limit.ts';
import { countChars } from '../../src/creative/platform-limits.ts';

describe('fitText', () => {
  it('returns text that already fits unchanged, apart from spacing', () => {
    expect(fitText('  Fresh   sourdough daily ', 30)).toBe('Fresh sourdough daily');
  });

  it('shortens at a word boundary', () => {
    expect(fitText('Fresh sourdough baked every morning in Portland', 30)).toBe(
      'Fresh sourdough baked every',
    );
  });

  it('drops trailing filler words and punctuation', () => {
    expect(fitText('Sourdough, croissants and cakes for the office', 31)).toBe(
      'Sourdough, croissants and cakes',
    );
    expect(fitText('Sourdough, croissants and cakes', 26)).toBe('Sourdough, croissants');
    expect(fitText('Warm bread for the whole team', 18)).toBe('Warm bread');
  });

  it('returns null when fewer than two words would be left', () => {
    expect(fitText('Sourdough croissants', 12)).toBeNull();
    expect(fitText('Supercalifragilistic bread', 10)).toBeNull();
    expect(fitText('   ', 10)).toBeNull();
  });

  it('counts CJK as double for Google', () => {
    const text = '東京 の パン屋 さん です';
    const fitted = fitText(text, 12, 'google-rsa');
    expect(fitted).not.toBeNull();
    expect(countChars(fitted!, 'google-rsa')).toBeLessThanOrEqual(12);
    expect(fitText(text, 12, 'meta')).toBe(text.slice(0, 12).trim());
  });

  const word = fc.oneof(
    fc.constantFrom(
      'the',
      'and',
      'for',
      'with',
      'Fresh',
      'sourdough,',
      'cakes.',
      '—',
      'Portland!',
      '東京',
      '🍞',
      'baked',
    ),
    fc.string({ minLength: 1, maxLength: 14 }).filter((value) => !/\s/u.test(value)),
  );
  const sentence = fc.array(word, { minLength: 0, maxLength: 20 }).map((words) => words.join(' '));
  const kind = fc.constantFrom(undefined, 'google-rsa' as const, 'meta' as const);

  it('never exceeds the limit and never cuts a word (property)', () => {
    fc.assert(
      fc.property(sentence, fc.integer({ min: 1, max: 120 }), kind, (text, max, adKind) => {
        const fitted = fitText(text, max, adKind);
        if (fitted === null) return;
        expect(countChars(fitted, adKind)).toBeLessThanOrEqual(max);
        const source = text.split(' ').filter(Boolean);
        const words = fitted.split(' ');
        expect(words.length).toBeGreaterThanOrEqual(Math.min(2, source.length));
        for (const [index, fittedWord] of words.entries()) {
          const original = source[index]!;
          // Every word is whole; only the last may have lost trailing punctuation.
          if (index < words.length - 1 || countChars(text, adKind) <= max) expect(fittedWord).toBe(original);
          else expect(original.startsWith(fittedWord) && fittedWord.length > 0).toBe(true);
        }
      }),
      { numRuns: 500, seed: 20240611 },
    );
  });

  it('is deterministic (property)', () => {
    fc.assert(
      fc.property(sentence, fc.integer({ min: 1, max: 120 }), (text, max) => {
        expect(fitText(text, max)).toBe(fitText(text, max));
      }),
      { seed: 7 },
    );
  });
});

describe('titleCaseHeadline', () => {
  it('capitalises words but keeps minor words lower case inside the line', () => {
    expect(titleCaseHeadline('fresh bread for the whole week')).toBe('Fresh Bread for the Whole Week');
    expect(titleCaseHeadline('what are you baking for')).toBe('What Are You Baking For');
  });

  it('leaves acronyms, brand spellings and numbers as written', () => {
    expect(titleCaseHeadline('order on your iPhone in the USA')).toBe('Order on Your iPhone in the USA');
    expect(titleCaseHeadline('open 24/7 near PDX')).toBe('Open 24/7 Near PDX');
  });

  it('capitalises each part of a hyphenated word and letters after punctuation', () => {
    expect(titleCaseHeadline('gluten-free cakes, "made" daily')).toBe('Gluten-Free Cakes, "Made" Daily');
  });
});
