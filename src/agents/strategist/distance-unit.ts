/** Countries where road distances, and so ad radii, are given in miles. */
const MILE_COUNTRIES = new Set(['US', 'GB', 'LR', 'MM']);

const KM_PER_MILE = 1.609344;

export interface LocalRadius {
  /** What ad platforms are given (they take kilometres or miles; kilometres are stored). */
  km: number;
  /** The radius in the client's own unit, for people: "10 miles", "15 km". */
  words: string;
  /** The short form for names and tables: "10 mi", "15 km". */
  short: string;
}

/**
 * A travel radius in the unit the client's country uses. In mile countries the radius becomes a whole
 * number of miles (16 km → 10 miles, stored as 16.09 km), so the zone is the one the client would name.
 *
 * @example localRadius(16, 'US') // { km: 16.09, words: '10 miles', short: '10 mi' }
 */
export function localRadius(km: number, country: string | null): LocalRadius {
  if (country && MILE_COUNTRIES.has(country.toUpperCase())) {
    const miles = Math.max(1, Math.round(km / KM_PER_MILE));
    return {
      km: Math.round(miles * KM_PER_MILE * 100) / 100,
      words: `${miles} ${miles === 1 ? 'mile' : 'miles'}`,
      short: `${miles} mi`,
    };
  }
  const rounded = Math.round(km * 10) / 10;
  return { km: rounded, words: `${rounded} km`, short: `${rounded} km` };
}
