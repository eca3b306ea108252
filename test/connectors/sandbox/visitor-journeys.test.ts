import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/calendar/calendar-days.ts';
import { createSandboxMarket } from '../../../src/connectors/sandbox/index.ts';
import { parseFormPost } from '../../../src/runtime/server/form-post.ts';
import { FORM_HIDDEN_FIELDS } from '../../../src/schemas/form-submission.ts';
import { EventBatch, type TrackingEvent } from '../../../src/schemas/tracking-event.ts';
import { marketOptions, recordingSink, START, sum, THREE_CAMPAIGNS } from './market-fixture.ts';

const EXPECTED = {
  'google-leads': { source: 'google', medium: 'cpc', clickId: 'gclid' },
  'meta-leads': { source: 'meta', medium: 'paid_social', clickId: 'fbclid' },
  'tiktok-leads': { source: 'tiktok', medium: 'paid_social', clickId: 'ttclid' },
} as const;

const localHour = (at: string) =>
  Number(
    new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/Chicago',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(at)),
  );

describe("the market's visitors", () => {
  it('land with UTM parameters and click ids, and every conversion posts its landing page form with the hidden fields', async () => {
    const sink = recordingSink();
    const market = createSandboxMarket(marketOptions({ visitors: sink }));
    await market.advanceThrough(addDays(START, 13));

    const events: TrackingEvent[] = [];
    const outOfOrder: string[] = [];
    let previous = 0;
    for (const visit of sink.visits) {
      if (visit.at.getTime() < previous) outOfOrder.push(visit.at.toISOString());
      previous = visit.at.getTime();
      if (visit.kind !== 'events') continue;
      EventBatch.parse({ events: visit.events });
      for (const event of visit.events!)
        if (Date.parse(event.at) > visit.at.getTime()) outOfOrder.push(event.at);
      events.push(...visit.events!);
    }
    expect(outOfOrder).toEqual([]);
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);

    const landings = events.filter((event) => event.type === 'landing');
    expect(landings.length).toBeGreaterThan(100);
    const wrongLandings = landings.filter((landing) => {
      const campaign = landing.utm!.campaign as keyof typeof EXPECTED;
      const expected = EXPECTED[campaign];
      return (
        !expected ||
        landing.utm!.source !== expected.source ||
        landing.utm!.medium !== expected.medium ||
        !landing.url.startsWith(`http://127.0.0.1:3000/lp/${campaign}?utm_source=${expected.source}&`) ||
        Object.keys(landing.click_ids ?? {}).join() !== expected.clickId ||
        !/^v_[0-9a-f]{16}$/.test(landing.visitor_id) ||
        localHour(landing.at) < 6
      );
    });
    expect(wrongLandings).toEqual([]);
    const clicks = sum(
      (await market.dailyPerformance({ from: START, to: addDays(START, 13) })).map((row) => row.clicks),
    );
    expect(landings.length / clicks).toBeGreaterThan(0.6);
    expect(landings.length / clicks).toBeLessThan(0.8);

    const forms = sink.visits.filter((visit) => visit.kind === 'form');
    const reported = sum(
      (await market.dailyPerformance({ from: START, to: addDays(START, 13) })).map((row) => row.conversions),
    );
    expect(forms.length).toBe(reported);
    const withVisitor = forms.filter((form) => form.fields![FORM_HIDDEN_FIELDS.visitorId]);
    expect(withVisitor.length / forms.length).toBeGreaterThan(0.5);
    expect(withVisitor.length / forms.length).toBeLessThan(0.9);
    const landed = new Set(landings.map((landing) => landing.visitor_id));
    for (const form of forms) {
      const fields = form.fields!;
      const campaign = fields[FORM_HIDDEN_FIELDS.utmCampaign] as keyof typeof EXPECTED;
      expect(form.form).toBe(`lp-${campaign}`);
      expect(fields[FORM_HIDDEN_FIELDS.utmSource]).toBe(EXPECTED[campaign].source);
      expect(fields[FORM_HIDDEN_FIELDS.utmMedium]).toBe(EXPECTED[campaign].medium);
      expect(fields[FORM_HIDDEN_FIELDS[EXPECTED[campaign].clickId]]).toBeTruthy();
      expect(fields[FORM_HIDDEN_FIELDS.landingUrl]).toContain(`/lp/${campaign}?`);
      expect(fields.email).toMatch(/^[a-z]+\.[a-z]+\.[0-9a-f]{4}@example\.com$/);
      const visitor = fields[FORM_HIDDEN_FIELDS.visitorId];
      if (visitor) expect(landed.has(visitor)).toBe(true);
      const parsed = parseFormPost(form.form!, fields, form.at);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) {
        expect(parsed.honeypot).toBe(false);
        expect(parsed.submission.submission_id).toBe(fields[FORM_HIDDEN_FIELDS.submissionId]);
        expect(parsed.submission.landing?.utm.campaign).toBe(campaign);
      }
    }

    // Once delivery stops and the last lagging conversions come in, every conversion has posted its form.
    for (const campaign of THREE_CAMPAIGNS)
      await market.setCampaignStatus(campaign.id, 'paused', `stop-${campaign.id}`);
    await market.advanceThrough(addDays(START, 21));
    const truth = market.truth();
    const allForms = sink.visits.filter((visit) => visit.kind === 'form');
    expect(allForms.length).toBe(sum(Object.values(truth.conversionsByDay)));
    expect(new Set(allForms.map((form) => form.fields![FORM_HIDDEN_FIELDS.submissionId]))).toEqual(
      new Set(truth.journeys.map((journey) => journey.conversion_id)),
    );
  });

  it('include converters who clicked another campaign days before, under the same visitor id', async () => {
    const sink = recordingSink();
    const market = createSandboxMarket(marketOptions({ visitors: sink }));
    await market.advanceThrough(addDays(START, 27));
    const { journeys } = market.truth();
    const multiTouch = journeys.filter((journey) => journey.touches.length > 1);
    expect(multiTouch.length / journeys.length).toBeGreaterThan(0.2);
    expect(multiTouch.length / journeys.length).toBeLessThan(0.5);

    const events = sink.visits.flatMap((visit) => visit.events ?? []);
    const formsById = new Map(
      sink.visits
        .filter((visit) => visit.kind === 'form')
        .map((visit) => [visit.fields![FORM_HIDDEN_FIELDS.submissionId], visit.fields!]),
    );
    let checked = 0;
    for (const journey of multiTouch) {
      const [earlier, converting] = journey.touches as [
        { campaign_id: string; at: string },
        { campaign_id: string; at: string },
      ];
      expect(earlier.campaign_id).not.toBe(converting.campaign_id);
      const days = (Date.parse(converting.at) - Date.parse(earlier.at)) / 86_400_000;
      expect(days).toBeGreaterThan(0);
      expect(days).toBeLessThan(7);
      const visitor = formsById.get(journey.conversion_id)?.[FORM_HIDDEN_FIELDS.visitorId];
      if (!visitor) continue; // not sent yet (lagging) or the visitor declined tracking
      const touched = events.filter((event) => event.visitor_id === visitor && event.type === 'landing');
      expect(touched.map((event) => [event.utm!.campaign, event.at])).toContainEqual([
        earlier.campaign_id,
        earlier.at,
      ]);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('leave a day unsimulated when the sink fails, and resend it whole (same ids) on the next try', async () => {
    let failOnCall = 40;
    const sink = recordingSink();
    const flaky = {
      async sendEvents(events: TrackingEvent[], at: Date) {
        failOnCall -= 1;
        if (failOnCall === 0) throw new Error('site down');
        await sink.sendEvents(events, at);
      },
      submitForm: sink.submitForm,
    };
    const market = createSandboxMarket(marketOptions({ visitors: flaky }));
    await expect(market.advanceThrough(addDays(START, 6))).rejects.toThrow('site down');
    const stopped = market.lastSimulatedDay();
    expect(stopped === null || stopped < addDays(START, 6)).toBe(true);
    await market.advanceThrough(addDays(START, 6));

    const steady = recordingSink();
    const reference = createSandboxMarket(marketOptions({ visitors: steady }));
    await reference.advanceThrough(addDays(START, 6));
    const ids = (visits: typeof sink.visits) =>
      new Set(
        visits.flatMap(
          (visit) =>
            visit.events?.map((event) => event.id) ?? [visit.fields![FORM_HIDDEN_FIELDS.submissionId]],
        ),
      );
    expect(ids(sink.visits)).toEqual(ids(steady.visits));
    expect(market.truth()).toEqual(reference.truth());
  });

  it('send nothing without a sink, and the market is the same either way', async () => {
    const sink = recordingSink();
    const withVisitors = createSandboxMarket(marketOptions({ visitors: sink }));
    const without = createSandboxMarket(marketOptions());
    await withVisitors.advanceThrough(addDays(START, 9));
    await without.advanceThrough(addDays(START, 9));
    expect(sink.visits.length).toBeGreaterThan(0);
    expect(without.toState()).toEqual(withVisitors.toState());
  });
});
