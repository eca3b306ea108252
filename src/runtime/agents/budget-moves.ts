import type { BudgetState, GuardrailResult } from '../../analytics/guardrails.ts';
import { sameCents } from '../../text/format-money.ts';
import type { BudgetMove } from '../ledger/decision-ledger.ts';
import type { BudgetSituation } from './budget-situation.ts';

/** The guardrails' view of a situation: budgets, statuses, age, month-to-date spend. */
export function budgetStateOf(situation: BudgetSituation): BudgetState {
  return {
    as_of: situation.as_of,
    month_to_date_spend: situation.month_to_date_spend,
    days_elapsed: situation.days_elapsed,
    days_in_month: situation.days_in_month,
    campaigns: situation.campaigns.map((campaign) => ({
      campaign_id: campaign.campaign_id,
      platform: campaign.platform,
      status: campaign.status,
      daily_budget: campaign.daily_budget,
      days_live: campaign.days_live,
    })),
  };
}

/** The changes the guardrails let through, one per campaign that changes budget or status. */
export function movesAfterGuardrails(situation: BudgetSituation, guarded: GuardrailResult): BudgetMove[] {
  return situation.campaigns
    .map((campaign) => ({
      campaign_id: campaign.campaign_id,
      platform: campaign.platform,
      from: campaign.status === 'active' ? campaign.daily_budget : 0,
      to: guarded.budgets[campaign.campaign_id] ?? campaign.daily_budget,
      from_status: campaign.status,
      to_status: guarded.statuses[campaign.campaign_id] ?? campaign.status,
    }))
    .filter((move) => !sameCents(move.to, move.from) || move.from_status !== move.to_status);
}
