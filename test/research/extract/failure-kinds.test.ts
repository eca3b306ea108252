import { describe, expect, it } from 'vitest';
import { extractBrandProfile } from '../../../src/research/extract/index.ts';
import { loadFixtureSnapshot } from './load-fixture-snapshot.ts';

/** One small site per kind of research failure seen on real sites (issue: research on any real business). */
const profileOf = (site: string) => extractBrandProfile(loadFixtureSnapshot(site));
const offeringNames = (site: string) => profileOf(site).offerings.map((offering) => offering.value.name);

describe('kinds of research failure, each on its own small site', () => {
  it('names a shop from "Shop - <Brand> | <tagline>", not from the slug or the tagline, and finds its products', () => {
    const profile = profileOf('kinds-shop-title');
    expect(profile.name.value).toBe('Fernhill Pottery');
    expect(offeringNames('kinds-shop-title')).toEqual(
      expect.arrayContaining(['Speckled Mug', 'Serving Bowl']),
    );
    expect(profile.offerings[0]?.value.price).toBe('$32.00');
  });

  it('leaves no title separator on the name, and reads "St. Louis" whole', () => {
    const profile = profileOf('kinds-st-louis');
    expect(profile.name.value).toBe('Gateway Family Chiropractic');
    expect(profile.contact.addresses[0]?.value).toMatchObject({ city: 'St. Louis', region: 'MO' });
  });

  it('reads a shop that takes payment through Stripe as a shop, named by its one-segment title', () => {
    const profile = profileOf('kinds-stripe-shop');
    expect(profile.name.value).toBe('Kettle & Cask Tea Co.');
    expect(profile.business_model.value).toBe('ecommerce-primary');
    expect(profile.business_model.sources.map((source) => source.selector)).toContain(
      'payment or shop script',
    );
    expect(offeringNames('kinds-stripe-shop')).toEqual(['Breakfast Blend', 'Smoky Lapsang']);
  });

  it("takes a youth club's programmes but not the menu's galleries, volunteering and events, and keeps it local", () => {
    const profile = profileOf('kinds-youth-club');
    const names = offeringNames('kinds-youth-club');
    expect(names).toEqual(expect.arrayContaining(['Homework Club', 'Youth Football']));
    for (const wrong of ['Galleries', 'Volunteerism', 'Special Events']) expect(names).not.toContain(wrong);
    expect(profile.business_model.value).toBe('brick-and-mortar-primary');
  });

  it("takes a realtor's services, not its article titles, and its own phone, not one quoted in a review", () => {
    const profile = profileOf('kinds-realtor');
    expect(offeringNames('kinds-realtor')).toEqual([
      'Buyer Representation',
      'Home Selling',
      'Relocation Help',
    ]);
    expect(profile.contact.phones.map((phone) => phone.value)).toEqual(['(843) 555-0190']);
    expect(profile.contact.addresses[0]?.value).toMatchObject({ city: 'Beaufort', region: 'SC' });
  });

  it('places a business with no address where its pages say it is, and a mountain is not a town', () => {
    const bakery = profileOf('kinds-home-bakery').locations[0];
    expect(bakery?.value.address).toMatchObject({ city: 'Hendersonville', region: 'NC', street: null });
    expect(bakery?.confidence).toBeLessThan(0.6);
    const skis = profileOf('kinds-ski-maker').locations[0]?.value.address;
    expect(skis).toMatchObject({ city: null, region: 'OR', country: 'US' });
  });

  it("names a guesthouse's offering from its own title when its pages list few, never a slogan or a place", () => {
    const names = offeringNames('kinds-guesthouse');
    expect(names).toEqual(expect.arrayContaining(['Rooms', 'Boutique Heritage Accommodation']));
    expect(names).not.toContain('Live Slower');
    expect(names).not.toContain('High Street, Fremantle');
  });
});
