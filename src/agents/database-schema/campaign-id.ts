/**
 * A campaign's id and `utm_campaign`: `<platform>-<objective>`, the same words as its landing page
 * `/lp/<platform>-<objective>`, so a visit from the ad, the page and the campaign row line up.
 */
export function campaignId(platform: string, objective: string): string {
  return `${platform}-${objective}`;
}
