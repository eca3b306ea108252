/** A first-level region (state, province, territory) of a country whose addresses briefs use. */
export interface Region {
  code: string;
  name: string;
  country: 'US' | 'CA' | 'AU';
}

const US = `AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|
DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|
KY Kentucky|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|
MO Missouri|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|
NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|
SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington|
WV West Virginia|WI Wisconsin|WY Wyoming|PR Puerto Rico`;
const CA = `AB Alberta|BC British Columbia|MB Manitoba|NB New Brunswick|NL Newfoundland and Labrador|
NS Nova Scotia|NT Northwest Territories|NU Nunavut|ON Ontario|PE Prince Edward Island|QC Quebec|
SK Saskatchewan|YT Yukon`;
const AU = `ACT Australian Capital Territory|NSW New South Wales|NT Northern Territory|QLD Queensland|
SA South Australia|TAS Tasmania|VIC Victoria|WA Western Australia`;

function parse(table: string, country: Region['country']): Region[] {
  return table.split('|').map((entry) => {
    const [code = '', ...name] = entry.trim().split(' ');
    return { code, name: name.join(' '), country };
  });
}

export const REGIONS: readonly Region[] = [...parse(US, 'US'), ...parse(CA, 'CA'), ...parse(AU, 'AU')];

/**
 * The region a code or name stands for. A code two countries share (WA, NT) is read for the
 * country given, else the first listed (US, then Canada, then Australia).
 */
export function findRegion(text: string, country?: Region['country'] | null): Region | null {
  const wanted = text.trim().replace(/\.$/, '');
  const matches = REGIONS.filter(
    (region) => region.code === wanted || region.name.toLowerCase() === wanted.toLowerCase(),
  );
  return matches.find((region) => region.country === country) ?? matches[0] ?? null;
}

/** Alternation of every region code and name, longest first, for use inside a pattern. */
export const REGION_PATTERN = [...REGIONS.flatMap((region) => [region.name, region.code])]
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/\s+/g, '\\s+'))
  .join('|');
