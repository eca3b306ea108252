import { describe, expect, it } from 'vitest';
import { chooseLocale } from '../../../src/agents/strategist/locale.ts';
import { chooseTimezone } from '../../../src/agents/strategist/timezone.ts';

// ICU lists CLDR's canonical names (America/Indianapolis), so validity is asked of the formatter itself.
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

describe('chooseTimezone', () => {
  it('puts Washington state, by code or by name, on Pacific time', () => {
    expect(chooseTimezone({ region: 'WA', country: 'US' })).toEqual({
      timezone: 'America/Los_Angeles',
      country: 'US',
      note: null,
    });
    expect(chooseTimezone({ region: 'Washington', country: null }).timezone).toBe('America/Los_Angeles');
  });

  it('knows Canadian provinces and the UK', () => {
    expect(chooseTimezone({ region: 'BC', country: 'Canada' }).timezone).toBe('America/Vancouver');
    expect(chooseTimezone({ region: 'Ontario', country: 'CA' }).timezone).toBe('America/Toronto');
    expect(chooseTimezone({ region: null, country: 'United Kingdom' }).timezone).toBe('Europe/London');
  });

  it('falls back to UTC with a note when nothing is known', () => {
    const choice = chooseTimezone(null);
    expect(choice.timezone).toBe('UTC');
    expect(choice.note).toMatch(/UTC/);
    expect(chooseTimezone({ region: 'Atlantis', country: 'Oceania' }).note).toMatch(/Atlantis, Oceania/);
  });

  it('asks for confirmation when a multi-zone country has no region', () => {
    const choice = chooseTimezone({ region: null, country: 'USA' });
    expect(choice.timezone).toBe('America/New_York');
    expect(choice.note).toMatch(/confirm/);
  });

  it('only ever answers with real IANA zones', () => {
    const regions = ['AL', 'AK', 'AZ', 'HI', 'IN', 'MI', 'ID', 'PR', 'NL', 'SK', 'NU', 'YT', 'NB'];
    expect(isTimeZone('Not/AZone')).toBe(false);
    for (const region of regions) {
      const { timezone } = chooseTimezone({ region, country: null });
      expect(isTimeZone(timezone), `${region} → ${timezone}`).toBe(true);
    }
  });
});

describe('chooseLocale', () => {
  it('uses the country English variant and en-US otherwise', () => {
    expect(chooseLocale('GB')).toBe('en-GB');
    expect(chooseLocale('DE')).toBe('en-US');
    expect(chooseLocale(null)).toBe('en-US');
  });
});
