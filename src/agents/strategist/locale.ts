const ENGLISH_LOCALES: Record<string, string> = {
  US: 'en-US',
  CA: 'en-CA',
  GB: 'en-GB',
  IE: 'en-IE',
  AU: 'en-AU',
  NZ: 'en-NZ',
  IN: 'en-IN',
  SG: 'en-SG',
  ZA: 'en-ZA',
};

/**
 * The locale copy and number formats follow. Research reads English copy, so other countries
 * keep `en-US` rather than switching language on a guess.
 */
export function chooseLocale(country: string | null): string {
  return (country && ENGLISH_LOCALES[country]) ?? 'en-US';
}
