/**
 * Headlines for one search ad that keep it distinct from the earlier ads of its campaign: headlines
 * no earlier ad has come first, then shared ones only while every earlier ad still shares at most
 * half of the shorter list. Null when fewer than `min` headlines are left: the ad is not written.
 *
 * @example pickDistinctHeadlines(candidates, earlierAds.map((ad) => ad.headlines), 8, 15)
 */
export function pickDistinctHeadlines(
  candidates: readonly string[],
  earlier: readonly (readonly string[])[],
  min: number,
  max: number,
): string[] | null {
  const fold = (text: string) => text.toLowerCase();
  const earlierSets = earlier.map((headlines) => new Set(headlines.map(fold)));
  const used = (headline: string) => earlierSets.some((set) => set.has(fold(headline)));
  const fresh = candidates.filter((headline) => !used(headline)).slice(0, max);
  const chosen = [...fresh];
  for (const headline of candidates.filter(used)) {
    if (chosen.length >= max) break;
    const size = chosen.length + 1;
    const fits = earlierSets.every((set) => {
      const shared = [...chosen, headline].filter((item) => set.has(fold(item))).length;
      return shared * 2 <= Math.min(set.size, size);
    });
    if (fits) chosen.push(headline);
  }
  if (chosen.length < min) return null;
  // Keep the writer's order: the strongest line first, as the candidates were ranked.
  return candidates.filter((headline) => chosen.includes(headline));
}
