import type { CreativePlatform } from './creative-input.ts';

/** The campaign landing page an ad on this platform sends people to: `/lp/<platform>-<objective>`. */
export function landingPath(platform: Pick<CreativePlatform, 'id' | 'objective'>): string {
  return `/lp/${platform.id}-${platform.objective}`;
}
