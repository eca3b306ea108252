import { describe, expect, it } from 'vitest';
import { detectIndustry } from '../../../src/research/extract/detect-industry.ts';

function detect(headline: string, body: string, schemaTypes: string[] = []): string | undefined {
  const source = { kind: 'json-ld' as const, page: 'https://example.test/', excerpt: '' };
  return detectIndustry({
    schemaTypes: schemaTypes.map((type) => ({ type, source })),
    headline,
    body,
    page: 'https://example.test/',
    sourceKind: 'text',
  }).value?.key;
}

describe('detectIndustry', () => {
  it('matches keywords as whole words, plurals included', () => {
    // "care", "card" and "career" are not "car"; "phone" and "photo" are not "pho".
    expect(
      detect(
        'Careers',
        'Call our phone line about care, cards and careers. See the photos of our caring team.',
      ),
    ).toBeUndefined();
    expect(detect('Lawyers for families', 'Our lawyers and attorneys handle wills and probate.')).toBe(
      'legal',
    );
  });

  it('matches a stem ending in * and words with accents', () => {
    expect(detect('Orthodontics and dentistry', 'An orthodontist for the whole family.')).toBe('dental');
    expect(detect('Le petit café', 'Espresso at the café, croissants from the bakery.')).toBe('cafe');
  });

  it('tells a guesthouse from a hotel', () => {
    expect(
      detect(
        'A bed and breakfast in the old town',
        'Six ensuite guest rooms in our guesthouse. Breakfast included with every stay; two-night minimum.',
      ),
    ).toBe('lodging');
    expect(
      detect(
        'City centre hotel and conference venue',
        'A hotel with 120 rooms and suites, a concierge, room service and meeting rooms for conferences.',
      ),
    ).toBe('hospitality');
    expect(detect('Rooms', 'Book a room.', ['BedAndBreakfast'])).toBe('lodging');
  });

  it('recognises a members’ club rather than a gym or a gardener', () => {
    expect(
      detect(
        'Tennis club: new members welcome',
        'Join the club for the summer season. Coaching for juniors, club leagues and a friendly clubhouse. ' +
          'Book a taster session on our courts; annual subscription for adults.',
      ),
    ).toBe('sports-club');
  });

  it('recognises a small food producer', () => {
    expect(
      detect(
        'Small-batch honey and preserves',
        'Handmade jam and chutney from our farm, sold at the farmers market, to stockists and by post. ' +
          'Wholesale enquiries welcome.',
      ),
    ).toBe('specialty-food');
  });

  it('tells a physiotherapy practice from a medical clinic', () => {
    expect(
      detect(
        'Physiotherapy in Galway',
        'We treat sports injuries and back pain, and run Pilates classes for patients.',
      ),
    ).toBe('physical-therapy');
    expect(detect('Family medicine clinic', 'Our doctors see patients for check-ups and urgent care.')).toBe(
      'medical',
    );
  });

  it('recognises trades and legal services in British English', () => {
    expect(
      detect(
        'Electrician for homes and businesses',
        'Rewiring, consumer unit upgrades and electrical repairs.',
      ),
    ).toBe('home-services');
    expect(detect('Solicitors', 'Conveyancing, family law and wills from a local firm of solicitors.')).toBe(
      'legal',
    );
  });

  it('leaves a marketing agency for a trade to the agency', () => {
    expect(
      detect(
        'Digital marketing for car mechanics',
        'Our agency runs Google Ads, SEO and lead generation for mechanic workshops. Marketing that fills ' +
          'the workshop diary.',
      ),
    ).toBe('creative-agency');
  });
});
