export { formatMoney } from '../../text/format-money.ts';

/** `30%` for a share of 0.3. */
export function formatShare(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
