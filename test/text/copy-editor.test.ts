import { describe, expect, it } from 'vitest';
import { editCopy, findRepeatedSentences } from '../../src/text/copy-editor/index.ts';

const rules = (text: string, form: 'prose' | 'fragment' = 'prose', knownSlugs: string[] = []) =>
  editCopy(text, { form, knownSlugs, pureCopy: true }).map((problem) => problem.rule);

describe('the copy editor', () => {
  it('refuses a noun slot filled with an adjective, a clause or a verb phrase', () => {
    expect(rules('Chatham Wayside Inn offers restful in Chatham.')).toEqual(['grammar']);
    expect(rules('DK Electrical offers domestic in Nuneaton.')).toEqual(['grammar']);
    expect(rules('Gir Govalan offers good to know.')).toEqual(['grammar']);
    expect(rules('Looking for treat themselves and family? Visit us today.')).toEqual(['grammar']);
  });

  it('passes the same templates filled with noun phrases', () => {
    expect(rules('Chatham Wayside Inn offers quiet rooms in Chatham.')).toEqual([]);
    expect(rules('Looking for fresh bread? Visit us today.')).toEqual([]);
    expect(rules('No prices, dates or offers you are not actually running.')).toEqual([]);
  });

  it('finds a name joined to itself and a place said twice', () => {
    expect(rules('Rosalind & Sons Bakery at Rosalind & Sons Bakery. Visit us.')).toContain(
      'repeated-subject',
    );
    expect(rules('1AM Handyman offers drywall repair in simi valley in Simi Valley.')).toContain(
      'repeated-subject',
    );
    expect(rules('Breakfast Special for special occasion planners', 'fragment')).toEqual([]);
  });

  it('finds slugs, breadcrumbs, menu words and words split mid-word, in headlines too', () => {
    expect(
      rules('chatham-wayside-inn offers chatham-wayside-inn.', 'prose', ['chatham-wayside-inn']),
    ).toContain('slug');
    expect(rules('home / Programs / Volunteer Tutorial Program VIEW MORE IMAGES', 'fragment')).toEqual([
      'menu-text',
    ]);
    expect(rules('Physical rehabilitatio/n', 'fragment')).toEqual(['split-word']);
    expect(rules('Starting at $140 View Service →', 'fragment')).toEqual(['menu-text']);
    expect(rules('State-of-the-art care, day-to-day', 'fragment')).toEqual([]);
    expect(rules('Emails and/or calls, 30 km/h', 'fragment')).toEqual([]);
  });

  it('finds analyst labels, hex colours and markup left in prose, not a street number or a named palette colour', () => {
    expect(rules('Gentle care, backed by credential: board-certified.')).toEqual(['raw-slot']);
    expect(rules('Credential: board-certified', 'fragment')).toEqual(['raw-slot']);
    expect(rules('A close crop of the same scene, with #0b5f73 visible in the frame.')).toEqual(['raw-slot']);
    expect(rules('End card in the brand primary #a5d6a7 with the logo.')).toEqual([]);
    expect(rules('Visit us at 4540 Cordata Pkwy #105, Bellingham.')).toEqual([]);
    expect(rules('Fresh bread <span>daily</span>.')).toEqual(['raw-slot']);
  });

  it('finds one sentence written across many items of a plan, not a short label', () => {
    const message =
      'Food lovers want better taste and real ingredients; 3pm German Baking answers with quark cheesecake.';
    const items = Array.from(
      { length: 16 },
      (_, index) => `Piece ${index + 1}. For: Food lovers. ${message}`,
    );
    expect(findRepeatedSentences(items, 3).map((problem) => problem.sentence)).toEqual([message]);
    expect(findRepeatedSentences(['Book now.', 'Book now.', 'Book now.'], 3)).toEqual([]);
  });
});
