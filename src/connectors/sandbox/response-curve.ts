/** The part of a campaign's truth that turns spend into expected results. */
export interface ResponseCurve {
  /** Impressions a limitless budget would approach per day. */
  max_impressions: number;
  /** Spend at which a campaign gets half of `max_impressions`. */
  half_saturation: number;
  /** Hill exponent, ≤ 1 so that returns diminish from the first dollar. */
  shape: number;
  /** Clicks per impression of a fresh, average ad. */
  ctr: number;
  /** Conversions per click on an average day. */
  cvr: number;
}

/** Expected daily impressions at `spend`: max · s^k / (s^k + H^k). */
export function impressionsAt(curve: ResponseCurve, spend: number): number {
  if (!(spend > 0)) return 0;
  const saturation = (curve.half_saturation / spend) ** curve.shape;
  return curve.max_impressions / (1 + saturation);
}

/** Expected daily conversions at `spend` with fresh, average creative and no learning penalty. */
export function conversionsAt(curve: ResponseCurve, spend: number): number {
  return impressionsAt(curve, spend) * curve.ctr * curve.cvr;
}

/** d conversions / d spend, decreasing in spend (infinite at 0 when the shape is below 1). */
export function marginalConversionsAt(curve: ResponseCurve, spend: number): number {
  const { max_impressions: max, half_saturation: half, shape } = curve;
  if (spend <= 0) return shape < 1 ? Number.POSITIVE_INFINITY : (max * curve.ctr * curve.cvr) / half;
  const ratio = (half / spend) ** shape;
  return (max * curve.ctr * curve.cvr * shape * ratio) / (spend * (1 + ratio) ** 2);
}
