import { countryCode } from './country-code.ts';

export interface TimezoneChoice {
  /** An IANA zone name; the scheduler runs the client's workflows in it. */
  timezone: string;
  /** ISO alpha-2 code of the country the zone was derived from, when known. */
  country: string | null;
  /** Set when the zone is a default or a guess that a human should confirm. */
  note: string | null;
}

// States that span two zones use the zone most of their population lives in.
const US_STATES: Record<string, [name: string, zone: string]> = {
  AL: ['alabama', 'America/Chicago'],
  AK: ['alaska', 'America/Anchorage'],
  AZ: ['arizona', 'America/Phoenix'],
  AR: ['arkansas', 'America/Chicago'],
  CA: ['california', 'America/Los_Angeles'],
  CO: ['colorado', 'America/Denver'],
  CT: ['connecticut', 'America/New_York'],
  DE: ['delaware', 'America/New_York'],
  DC: ['district of columbia', 'America/New_York'],
  FL: ['florida', 'America/New_York'],
  GA: ['georgia', 'America/New_York'],
  HI: ['hawaii', 'Pacific/Honolulu'],
  ID: ['idaho', 'America/Boise'],
  IL: ['illinois', 'America/Chicago'],
  IN: ['indiana', 'America/Indiana/Indianapolis'],
  IA: ['iowa', 'America/Chicago'],
  KS: ['kansas', 'America/Chicago'],
  KY: ['kentucky', 'America/New_York'],
  LA: ['louisiana', 'America/Chicago'],
  ME: ['maine', 'America/New_York'],
  MD: ['maryland', 'America/New_York'],
  MA: ['massachusetts', 'America/New_York'],
  MI: ['michigan', 'America/Detroit'],
  MN: ['minnesota', 'America/Chicago'],
  MS: ['mississippi', 'America/Chicago'],
  MO: ['missouri', 'America/Chicago'],
  MT: ['montana', 'America/Denver'],
  NE: ['nebraska', 'America/Chicago'],
  NV: ['nevada', 'America/Los_Angeles'],
  NH: ['new hampshire', 'America/New_York'],
  NJ: ['new jersey', 'America/New_York'],
  NM: ['new mexico', 'America/Denver'],
  NY: ['new york', 'America/New_York'],
  NC: ['north carolina', 'America/New_York'],
  ND: ['north dakota', 'America/Chicago'],
  OH: ['ohio', 'America/New_York'],
  OK: ['oklahoma', 'America/Chicago'],
  OR: ['oregon', 'America/Los_Angeles'],
  PA: ['pennsylvania', 'America/New_York'],
  RI: ['rhode island', 'America/New_York'],
  SC: ['south carolina', 'America/New_York'],
  SD: ['south dakota', 'America/Chicago'],
  TN: ['tennessee', 'America/Chicago'],
  TX: ['texas', 'America/Chicago'],
  UT: ['utah', 'America/Denver'],
  VT: ['vermont', 'America/New_York'],
  VA: ['virginia', 'America/New_York'],
  WA: ['washington', 'America/Los_Angeles'],
  WV: ['west virginia', 'America/New_York'],
  WI: ['wisconsin', 'America/Chicago'],
  WY: ['wyoming', 'America/Denver'],
  PR: ['puerto rico', 'America/Puerto_Rico'],
};

const CA_PROVINCES: Record<string, [name: string, zone: string]> = {
  BC: ['british columbia', 'America/Vancouver'],
  AB: ['alberta', 'America/Edmonton'],
  SK: ['saskatchewan', 'America/Regina'],
  MB: ['manitoba', 'America/Winnipeg'],
  ON: ['ontario', 'America/Toronto'],
  QC: ['quebec', 'America/Toronto'],
  NB: ['new brunswick', 'America/Moncton'],
  NS: ['nova scotia', 'America/Halifax'],
  PE: ['prince edward island', 'America/Halifax'],
  NL: ['newfoundland and labrador', 'America/St_Johns'],
  YT: ['yukon', 'America/Whitehorse'],
  NT: ['northwest territories', 'America/Yellowknife'],
  NU: ['nunavut', 'America/Iqaluit'],
};

// Countries with several zones get their most populous one; the note asks for confirmation.
const COUNTRY_ZONES: Record<string, [zone: string, multiZone: boolean]> = {
  GB: ['Europe/London', false],
  IE: ['Europe/Dublin', false],
  AU: ['Australia/Sydney', true],
  NZ: ['Pacific/Auckland', false],
  DE: ['Europe/Berlin', false],
  FR: ['Europe/Paris', false],
  ES: ['Europe/Madrid', false],
  IT: ['Europe/Rome', false],
  NL: ['Europe/Amsterdam', false],
  MX: ['America/Mexico_City', true],
  IN: ['Asia/Kolkata', false],
  SG: ['Asia/Singapore', false],
  JP: ['Asia/Tokyo', false],
  ZA: ['Africa/Johannesburg', false],
  US: ['America/New_York', true],
  CA: ['America/Toronto', true],
};

/**
 * The client's local time zone from the region and country of its main location: every US state
 * and Canadian province, plus a few countries. Falls back to UTC with a note, because a wrong
 * guess would run the nightly workflows in the client's business hours.
 */
export function chooseTimezone(
  place: { region: string | null; country: string | null } | null,
): TimezoneChoice {
  const country = countryCode(place?.country);
  const region = place?.region?.trim() ?? '';
  if (region !== '' && (country === null || country === 'US')) {
    const zone = lookupRegion(US_STATES, region);
    if (zone) return { timezone: zone, country: 'US', note: null };
  }
  if (region !== '' && (country === null || country === 'CA')) {
    const zone = lookupRegion(CA_PROVINCES, region);
    if (zone) return { timezone: zone, country: 'CA', note: null };
  }
  if (country !== null) {
    const entry = COUNTRY_ZONES[country];
    if (entry) {
      const [zone, multiZone] = entry;
      const note = multiZone
        ? `${country} spans several time zones and the region is unknown; assumed ${zone}, confirm with the client.`
        : null;
      return { timezone: zone, country, note };
    }
  }
  const where = [place?.region, place?.country].filter(Boolean).join(', ');
  return {
    timezone: 'UTC',
    country,
    note:
      where === ''
        ? 'No location is known, so workflows are scheduled in UTC; set the client time zone once known.'
        : `No time zone is known for "${where}", so workflows are scheduled in UTC; set it by hand.`,
  };
}

function lookupRegion(table: Record<string, [string, string]>, region: string): string | null {
  const upper = region.toUpperCase().replace(/\./g, '');
  const byCode = table[upper];
  if (byCode) return byCode[1];
  const lower = region.toLowerCase();
  for (const [name, zone] of Object.values(table)) {
    if (name === lower) return zone;
  }
  return null;
}
