import { addDays } from '../../calendar/calendar-days.ts';
import type { Policy } from '../../schemas/policy.ts';
import type { BrandSeed } from '../../store/index.ts';
import type { BudgetSituation } from './budget-situation.ts';

/**
 * The two baselines `factory simulate` scores the agents against. Their proposals pass the same
 * guardrails as the agents'.
 */

/** `static`: the strategy's split, as the factory wrote it, kept all along. */
export function staticProposal(seed: BrandSeed): Record<string, number> {
  return Object.fromEntries(seed.campaigns.map((campaign) => [campaign.id, campaign.daily_budget]));
}

/**
 * `roas-proportional`: the rule of thumb of a human media buyer — each day, shift budget toward
 * the campaigns with the best last-7-day return (revenue per dollar, or conversions per dollar for
 * a leads business), in proportion to it, moving at most 30% of the daily total.
 */
export function roasProportionalProposal(
  situation: BudgetSituation,
  policy: Policy,
  objective: 'conversions' | 'revenue',
): Record<string, number> {
  const from = addDays(situation.as_of, -7);
  const active = situation.campaigns.filter(
    (campaign) => campaign.status === 'active' && campaign.daily_budget > 0,
  );
  const current = Object.fromEntries(active.map((campaign) => [campaign.campaign_id, campaign.daily_budget]));
  const returns = active.map((campaign) => {
    const rows = situation.history.filter(
      (row) => row.campaign_id === campaign.campaign_id && row.date >= from,
    );
    const spend = rows.reduce((sum, row) => sum + row.spend, 0);
    const result = rows.reduce(
      (sum, row) => sum + (objective === 'revenue' ? row.revenue : row.conversions),
      0,
    );
    return { id: campaign.campaign_id, value: spend > 0 ? result / spend : 0 };
  });
  const totalReturn = returns.reduce((sum, entry) => sum + entry.value, 0);
  const total = active.reduce((sum, campaign) => sum + campaign.daily_budget, 0);
  if (totalReturn <= 0 || total <= 0) return current;
  const target = Object.fromEntries(returns.map((entry) => [entry.id, (total * entry.value) / totalReturn]));
  const moved = returns.reduce(
    (sum, entry) => sum + Math.max(0, (target[entry.id] ?? 0) - (current[entry.id] ?? 0)),
    0,
  );
  const cap = policy.budget.max_shift_per_cycle * policy.budget.daily_total;
  const step = moved > cap ? cap / moved : 1;
  return Object.fromEntries(
    returns.map((entry) => {
      const before = current[entry.id] ?? 0;
      return [entry.id, Math.round((before + step * ((target[entry.id] ?? 0) - before)) * 100) / 100];
    }),
  );
}
