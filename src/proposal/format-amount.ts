/**
 * `$5,000` for whole amounts, `$164.47` when cents matter, in the budget's currency. Fixed to en-US
 * number formatting so the same config gives the same text on every machine.
 */
export function formatAmount(amount: number, currency: string): string {
  const cents = !Number.isInteger(amount);
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : 0,
  }).format(amount);
}

/** `15%` from a 0..1 share; one decimal only when a whole percent would misstate it. */
export function formatShare(share: number): string {
  const percent = share * 100;
  const whole = Math.round(percent);
  return Math.abs(percent - whole) < 0.05 ? `${whole}%` : `${percent.toFixed(1)}%`;
}
