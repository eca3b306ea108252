/** `$1,234` for whole amounts, `$41.12` when cents matter; fixed to en-US so output is the same on every machine. */
export function formatMoney(amount: number): string {
  const cents = !Number.isInteger(amount);
  return `$${amount.toLocaleString('en-US', {
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : 0,
  })}`;
}

/** Whether two amounts are the same to the cent (budgets are whole cents; floats are not). */
export function sameCents(a: number, b: number): boolean {
  return Math.round(a * 100) === Math.round(b * 100);
}
