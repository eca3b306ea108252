import { streamFor } from '../../analytics/random.ts';
import { addDays } from '../../calendar/calendar-days.ts';
import { localTimeToUtc } from '../../calendar/local-time.ts';
import type { Day } from '../ad-platform.ts';
import { earlierTouches } from './earlier-touches.ts';
import type { Journey, PendingForm, SandboxMarketState } from './market-state.ts';
import { PLATFORM_TRAFFIC } from './platform-traffic.ts';
import type { DayOutcome, SimulatedConversion } from './simulate-day.ts';
import { arrival, formFilling, formName, landingPath, type VisitorAction } from './site-visits.ts';
import { adClick, conversionOf, eventId, hasConsented } from './visitor-identity.ts';

/** Share of converting visitors who clicked another campaign's ad 1–6 days before. */
export const EARLIER_TOUCH_RATE = 0.35;

export interface VisitorPlan {
  journeys: Journey[];
  /** Converting visitors who fill in the form on a later day. */
  pendingForms: PendingForm[];
  borrowed: { day: Day; visitor_id: string }[];
  /** Today's visits in time order; empty unless asked for (nobody to send them to). */
  actions: VisitorAction[];
}

/**
 * Turns a simulated day into people: every click is a visitor landing on the campaign's page (70%
 * accept tracking and send events); every conversion fills in the page's form, the same day or when
 * coming back up to 7 days later (through the same landing URL). About 35% of converters are someone
 * who clicked another campaign's ad 1–6 days before, under the same visitor id: the multi-touch
 * journeys that attribution is scored against. Journeys and later forms are planned even when nobody
 * receives the visits, so a market's future never depends on whether a sink is attached.
 */
export function planVisitors(
  state: SandboxMarketState,
  outcome: DayOutcome,
  context: { siteUrl: string; withActions: boolean },
): VisitorPlan {
  const { seed, timezone } = state;
  const { day } = outcome;
  const plan: VisitorPlan = { journeys: [], pendingForms: [], borrowed: [], actions: [] };
  const campaigns = new Map(state.campaigns.map((campaign) => [campaign.id, campaign]));
  const convertersOf = new Map<string, SimulatedConversion[]>();
  for (const conversion of outcome.conversions)
    convertersOf.set(conversion.ad_id, [...(convertersOf.get(conversion.ad_id) ?? []), conversion]);
  const earlier = earlierTouches(state, day);
  const journeyRandom = streamFor(seed, 'journeys', day);
  const at = (visitDay: Day, second: number) => localTimeToUtc(visitDay, second, timezone).getTime();
  const actions: VisitorAction[] = [];

  for (const row of outcome.rows) {
    const campaign = campaigns.get(row.campaign_id)!;
    const converters = convertersOf.get(row.ad_id) ?? [];
    // Without a sink only converters matter (their journeys and later forms are part of the market's state).
    const clicks = context.withActions ? row.clicks : converters.length;
    for (let index = 0; index < clicks; index += 1) {
      const click = adClick(seed, day, row.ad_id, index);
      const landing = landingPath(campaign, click);
      const url = context.siteUrl + landing;
      const clickedAt = at(day, click.secondOfDay);
      const conversion = converters[index];
      let visitorId = click.visitorId;
      if (conversion) {
        const { conversionId, returnSecond } = conversionOf(seed, day, row.ad_id, index);
        const touch =
          journeyRandom.next() < EARLIER_TOUCH_RATE ? earlier.borrow(journeyRandom, campaign.id) : null;
        if (touch) {
          visitorId = touch.visitorId;
          plan.borrowed.push({ day, visitor_id: visitorId });
        }
        plan.journeys.push({
          conversion_id: conversionId,
          touches: [
            ...(touch ? [{ campaign_id: touch.campaignId, at: new Date(touch.at).toISOString() }] : []),
            { campaign_id: campaign.id, at: new Date(clickedAt).toISOString() },
          ],
          converting_campaign_id: campaign.id,
        });
        const consented = hasConsented(visitorId);
        if (conversion.lag > 0) {
          const due = addDays(day, conversion.lag);
          plan.pendingForms.push({
            due,
            at: new Date(at(due, returnSecond)).toISOString(),
            conversion_id: conversionId,
            visitor_id: visitorId,
            consented,
            campaign_id: campaign.id,
            landing,
          });
        } else if (context.withActions) {
          const form = formName(campaign);
          actions.push(
            ...formFilling(seed, {
              conversionId,
              visit: 'first',
              visitorId,
              consented,
              url,
              arrived: clickedAt,
              form,
            }),
          );
        }
      }
      if (context.withActions && hasConsented(visitorId)) {
        const referrer = PLATFORM_TRAFFIC[campaign.platform].referrer;
        const ids = { landing: click.landingEventId, pageView: click.pageViewEventId };
        actions.push(...arrival(ids, { visitorId, url, referrer, at: clickedAt }));
      }
    }
  }

  if (context.withActions)
    for (const pending of state.pending_forms) {
      if (pending.due !== day) continue;
      const url = context.siteUrl + pending.landing;
      const back = Date.parse(pending.at);
      const key = `${pending.conversion_id}/return`;
      if (pending.consented) {
        const ids = { landing: eventId(seed, key, 'landing'), pageView: eventId(seed, key, 'page_view') };
        actions.push(...arrival(ids, { visitorId: pending.visitor_id, url, referrer: null, at: back }));
      }
      actions.push(
        ...formFilling(seed, {
          conversionId: pending.conversion_id,
          visit: 'return',
          visitorId: pending.visitor_id,
          consented: pending.consented,
          url,
          arrived: back,
          form: formName(campaigns.get(pending.campaign_id)!),
        }),
      );
    }

  // A stable sort: actions at the same moment keep the order they were planned in.
  plan.actions = actions.sort((a, b) => a.at - b.at);
  return plan;
}
