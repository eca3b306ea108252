import { describe, expect, it } from 'vitest';
import { parseAddressText } from '../../../src/research/extract/extract-addresses.ts';
import { extractBrandProfile } from '../../../src/research/extract/index.ts';
import { loadFixtureSnapshot } from './load-fixture-snapshot.ts';

describe('addresses outside the US and the UK', () => {
  it.each([
    [
      '200 Wellington St W, Suite 900, Toronto, ON M5V 3C7',
      {
        street: '200 Wellington St W, Suite 900',
        city: 'Toronto',
        region: 'ON',
        postalCode: 'M5V 3C7',
        country: 'CA',
      },
    ],
    [
      '14 Baggot Street Lower, Dublin 2, D02 X285',
      { street: '14 Baggot Street Lower', city: 'Dublin', postalCode: 'D02 X285', country: 'IE' },
    ],
    [
      '12 Main Street, Dingle, Co. Kerry, V92 FX80',
      { city: 'Dingle', region: 'County Kerry', country: 'IE' },
    ],
    [
      '45 Ponsonby Road, Ponsonby, Auckland 1011, New Zealand',
      { street: '45 Ponsonby Road, Ponsonby', city: 'Auckland', postalCode: '1011', country: 'NZ' },
    ],
    ['Glebe NSW 2037', { city: 'Glebe', region: 'NSW', postalCode: '2037', country: 'AU' }],
  ])('reads %s', (line, expected) => {
    expect(parseAddressText(line)).toMatchObject(expected);
  });

  it('takes the street from the line above a town line', () => {
    expect(parseAddressText('Ballarat VIC 3350', '12 Lydiard Street North')).toMatchObject({
      street: '12 Lydiard Street North',
      city: 'Ballarat',
    });
    expect(parseAddressText('Open 9-5, closed 2037 days')).toBeNull();
  });
});

describe("the business's own phone, in its country's format", () => {
  it('ranks the number in the header and footer first, and ignores numbers in quotes and articles', () => {
    const profile = extractBrandProfile(loadFixtureSnapshot('dublin-physio'));
    const phones = profile.contact.phones.map((phone) => phone.value);
    // Written as Ireland writes it (libphonenumber's national format).
    expect(phones[0]).toBe('(01) 234 5678');
    const digits = phones.map((phone) => phone.replace(/\D/g, ''));
    expect(digits).not.toContain('0214960000');
    expect(digits).not.toContain('018700000');
    expect(profile.contact.addresses[0]?.value).toMatchObject({ city: 'Dublin', country: 'IE' });
    expect(profile.contact.emails.map((email) => email.value)).toEqual(['hello@baggotphysio.example']);
  });

  it('reads Australian landline and mobile numbers written without a country code', () => {
    const profile = extractBrandProfile(loadFixtureSnapshot('ballarat-bikes'));
    expect(profile.contact.phones.map((phone) => phone.value)).toEqual(['(03) 5331 2048', '0412 345 678']);
    expect(profile.contact.addresses[0]?.value).toMatchObject({
      street: '12 Lydiard Street North',
      city: 'Ballarat',
      region: 'VIC',
      country: 'AU',
    });
  });
});
