import { describe, expect, it } from 'vitest';
import { isGoalSentence } from '../../../src/research/extract/brief/find-brief-goals.ts';
import { offeringsInProse } from '../../../src/research/extract/brief/find-brief-offerings.ts';
import { extractBrandProfile } from '../../../src/research/extract/index.ts';
import { BrandProfile } from '../../../src/schemas/brand-profile.ts';
import { loadProseBrief } from '../../support/brief-snapshot.ts';

const profileOf = (name: string) => BrandProfile.parse(extractBrandProfile(loadProseBrief(name)));
const offeringNames = (profile: BrandProfile) =>
  profile.offerings.map((offering) => offering.value.name.toLowerCase());

describe('research on briefs written in ordinary prose', () => {
  it('reads a two-shop bakery: the name, whole sentences, every product, both addresses, the proof', () => {
    const profile = profileOf('rosalind-bakery');
    expect(profile.name.value).toBe('Rosalind & Sons');
    expect(profile.description.value).toMatch(/^Rosalind & Sons is a family-run bakery in Portland, OR\./);
    expect(profile.description.value).toMatch(/[.!?]$/);
    expect(offeringNames(profile)).toEqual(
      expect.arrayContaining(['sourdough loaves', 'butter croissants', 'celebration cakes']),
    );
    const addresses = profile.contact.addresses.map((address) => address.value);
    expect(addresses.map((address) => address.street)).toEqual([
      '3214 SE Hawthorne Blvd',
      '1120 NW Couch St',
    ]);
    expect(addresses.every((address) => address.city === 'Portland' && address.region === 'OR')).toBe(true);
    expect(profile.contact.phones[0]?.value).toBe('(503) 555-0176');
    expect(profile.proof.testimonials.map((quote) => quote.value.quote)).toContain(
      "The best croissant I've had outside Paris",
    );
    // The goal sentences are goals, not offerings or the description.
    expect(offeringNames(profile).some((name) => name.includes('wholesale'))).toBe(false);
    expect(profile.description.value).not.toMatch(/wholesale/i);
  });

  it('finds the main goal and its number, and tells a B2B goal from a consumer one', () => {
    const goals = profileOf('rosalind-bakery').goals.map((goal) => goal.value);
    expect(goals[0]).toMatchObject({ kind: 'wholesale', main: true });
    const counted = goals.find((goal) => goal.target);
    expect(counted?.target).toMatchObject({ value: 15, measure: 'count' });
    expect(counted?.customers).toMatch(/restaurants, cafés and independent grocers/);
    expect(goals.some((goal) => goal.kind === 'online-sales' && !goal.main)).toBe(true);
  });

  it.each([
    ['summit-roofing', 'Summit Roofing', 'leads', { value: 20, period: 'month', measure: 'count' }],
    [
      'loomwork-yarn',
      'Loomwork',
      'online-sales',
      { value: 15000, unit: 'AUD', period: 'month', measure: 'money' },
    ],
    ['northwind-ledger', 'Northwind Ledger', 'leads', { value: 40, period: 'month', measure: 'count' }],
  ] as const)('reads %s: name, main goal and target', (brief, name, kind, target) => {
    const profile = profileOf(brief);
    expect(profile.name.value).toBe(name);
    expect(profile.offerings.length).toBeGreaterThanOrEqual(2);
    for (const offering of profile.offerings) expect(offering.value.name.toLowerCase()).not.toBe(brief);
    const main = profile.goals.find((goal) => goal.value.main)?.value;
    expect(main?.kind).toBe(kind);
    expect(main?.target).toMatchObject(target);
  });

  it('reads addresses outside the US in their own shape', () => {
    const yarn = profileOf('loomwork-yarn').contact.addresses[0]?.value;
    expect(yarn).toMatchObject({ city: 'Ballarat', region: 'VIC', country: 'AU', postalCode: '3350' });
    const roofer = profileOf('summit-roofing').contact.addresses[0]?.value;
    expect(roofer).toMatchObject({ city: 'Leeds', country: 'GB', postalCode: 'LS4 2AB' });
    const software = profileOf('northwind-ledger').contact.addresses[0]?.value;
    expect(software).toMatchObject({ city: 'Toronto', region: 'ON', country: 'CA' });
  });

  it('reads the business model from what the prose says the business does', () => {
    expect(profileOf('loomwork-yarn').business_model.value).toBe('ecommerce-primary');
    expect(profileOf('summit-roofing').business_model.value).toBe('brick-and-mortar-primary');
    expect(profileOf('northwind-ledger').business_model.value).toBe('service-online');
  });

  it('reads an online shop that names no industry word as a shop, and never invents a number', () => {
    const profile = profileOf('tidewater-candles');
    expect(profile.business_model.value).toBe('ecommerce-primary');
    expect(profile.industry.value?.key).toBe('retail-ecommerce');
    expect(profile.proof.credentials.map((credential) => credential.value)).toEqual(
      expect.arrayContaining(['More than 900 five-star reviews on our shop']),
    );
    // "into a few local boutiques" is a goal without a number.
    const boutiques = profile.goals.find((goal) => /boutiques/.test(goal.value.text));
    expect(boutiques?.value.target).toBeNull();
  });
});

describe('research on briefs that describe the business in running prose', () => {
  it('reads a shop that says it sells online and ships free as a shop, and customers’ wishes as no goal', () => {
    const profile = profileOf('fernhill-tea');
    expect(profile.business_model.value).toBe('ecommerce-primary');
    expect(profile.industry.value?.key).toBe('retail-ecommerce');
    expect(offeringNames(profile)).toEqual([
      'loose-leaf teas',
      'black, green and herbal teas',
      'single-origin oolongs',
      'monthly tea subscription box',
    ]);
    // "people who drink tea every day and want better" is about customers, not an intention.
    const goals = profile.goals.map((goal) => goal.value);
    expect(goals).toHaveLength(1);
    expect(goals[0]).toMatchObject({ kind: 'online-sales', main: true, target: { value: 15000 } });
  });

  it('reads a business-to-business firm: its kind of work, what clients get, its standing', () => {
    const profile = profileOf('brightpath-it');
    expect(offeringNames(profile)).toEqual(
      expect.arrayContaining([
        'managed it services',
        'cybersecurity management',
        'on-site visits',
        'quarterly security reviews',
      ]),
    );
    expect(offeringNames(profile).some((name) => /businesses|practices|of /.test(name))).toBe(false);
    const credentials = profile.proof.credentials.map((credential) => credential.value);
    expect(credentials).toEqual(
      expect.arrayContaining(['Microsoft Solutions Partner', 'We keep 96% of our clients year after year']),
    );
    expect(profile.goals[0]?.value).toMatchObject({ main: true, target: { value: 8 } });
  });
});

describe('offerings in a sentence of prose', () => {
  it.each([
    [
      'We blend our own teas, sell coffee beans and offer a tasting box.',
      ['Teas', 'Coffee Beans', 'Tasting Box'],
    ],
    ['We cook Indian, Thai and Chinese food.', ['Indian, Thai and Chinese Food']],
    ['Acme is a small, family-owned bookkeeping and payroll firm.', ['Bookkeeping and Payroll']],
    ['Rosalind & Sons is a family-run bakery in Portland.', []],
    [
      'Members pay once a month and get a locker that is always free, two guest passes, and a coaching plan.',
      ['Locker', 'Guest Passes', 'Coaching Plan'],
    ],
  ])('%s', (sentence, names) => {
    expect(offeringsInProse(sentence).map((offering) => offering.name)).toEqual(names);
  });

  it('leaves out what customers want', () => {
    expect(isGoalSentence('Our guests are mostly couples who want a quiet weekend away.')).toBe(false);
    expect(isGoalSentence('Most of our clients come from referrals, and we would like to win 8 more.')).toBe(
      true,
    );
    expect(isGoalSentence('Fernhill wants to double its subscribers.')).toBe(true);
  });
});
