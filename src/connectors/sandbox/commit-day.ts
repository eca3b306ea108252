import { addDays } from '../../calendar/calendar-days.ts';
import { EARLIER_TOUCH_DAYS } from './earlier-touches.ts';
import { ROW_RETENTION_DAYS, type SandboxMarketState } from './market-state.ts';
import type { DayOutcome } from './simulate-day.ts';
import type { VisitorPlan } from './visitor-journeys.ts';

/**
 * Writes a simulated day into the market's state, all at once (after its visitors were sent), and
 * drops what the state no longer needs: rows older than 30 days, borrowed visitors older than a week.
 */
export function commitDay(state: SandboxMarketState, outcome: DayOutcome, plan: VisitorPlan): void {
  const { day } = outcome;
  state.rows.push(...outcome.rows);
  const keepFrom = addDays(day, -ROW_RETENTION_DAYS);
  if (state.rows[0] && state.rows[0].date < keepFrom)
    state.rows = state.rows.filter((row) => row.date >= keepFrom);
  for (const ad of state.ads) ad.exposure = outcome.exposures[ad.id] ?? ad.exposure;
  for (const campaign of state.campaigns) Object.assign(campaign, outcome.campaigns[campaign.id]);
  state.pending_forms = [...state.pending_forms.filter((form) => form.due > day), ...plan.pendingForms];
  const borrowedFrom = addDays(day, -(EARLIER_TOUCH_DAYS + 1));
  state.borrowed_visitors = [
    ...state.borrowed_visitors.filter((entry) => entry.day >= borrowedFrom),
    ...plan.borrowed,
  ];
  state.truth.conversions_by_day[day] = outcome.totals.conversions;
  state.truth.revenue_by_day[day] = outcome.totals.revenue;
  state.truth.impressions_by_day[day] = outcome.totals.impressions;
  state.truth.fatigued_impressions_by_day[day] = outcome.totals.fatiguedImpressions;
  state.truth.journeys.push(...plan.journeys);
  state.last_simulated_day = day;
}
