import { streamFor } from '../../analytics/random.ts';
import type { Day } from '../ad-platform.ts';

export interface FailureRates {
  /** Chance any one API call fails with a transient error. */
  callFailureRate: number;
  /** Chance a whole day is an outage (every call that day fails). */
  outageDayRate: number;
}

export const DEFAULT_FAILURE_RATES = {
  callFailureRate: 0.02,
  outageDayRate: 1 / 45,
} as const satisfies FailureRates;

/** Whether the API is down all of `day`; drawn per day, so it does not depend on how many calls came before. */
export function isOutageDay(seed: number, day: Day, rates: FailureRates): boolean {
  return streamFor(seed, 'outage', day).next() < rates.outageDayRate;
}

/** Whether the `call`-th call of `day` (counting from 0) fails: the same calls in the same order fail alike. */
export function callFails(seed: number, day: Day, call: number, rates: FailureRates): boolean {
  return streamFor(seed, 'call-failure', day, call).next() < rates.callFailureRate;
}
