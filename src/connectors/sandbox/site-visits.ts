import { FORM_HIDDEN_FIELDS } from '../../schemas/form-submission.ts';
import type { TrackingEvent } from '../../schemas/tracking-event.ts';
import { fakePerson } from './fake-people.ts';
import type { CampaignState } from './market-state.ts';
import { PLATFORM_TRAFFIC } from './platform-traffic.ts';
import type { AdClick } from './visitor-identity.ts';
import { eventId, formTiming } from './visitor-identity.ts';

/** Something a visitor does on the client's site, at `at` (epoch ms). */
export type VisitorAction =
  | { at: number; kind: 'event'; event: TrackingEvent }
  | { at: number; kind: 'form'; form: string; fields: Record<string, string> };

const CLICK_ID_PARAMS = ['gclid', 'fbclid', 'msclkid', 'ttclid'] as const;

/** The landing page's form, named as the site names it (`lp-<campaign>`, at most 40 characters). */
export function formName(campaign: Pick<CampaignState, 'utm_campaign'>): string {
  return `lp-${campaign.utm_campaign}`.slice(0, 40);
}

/** `lp/<utm_campaign>?utm_source=…&utm_medium=…&utm_campaign=…&<click id>=…`, relative to the site URL. */
export function landingPath(campaign: CampaignState, click: AdClick): string {
  const traffic = PLATFORM_TRAFFIC[campaign.platform];
  const utm = encodeURIComponent(campaign.utm_campaign);
  const clickId = traffic.clickIdParam
    ? `&${traffic.clickIdParam}=${encodeURIComponent(traffic.clickIdPrefix + click.clickToken)}`
    : '';
  return `lp/${utm}?utm_source=${campaign.platform}&utm_medium=${traffic.medium}&utm_campaign=${utm}${clickId}`;
}

/** A visitor who accepted tracking opens a landing page: the script sends `landing` (with UTM and click ids) and `page_view`. */
export function arrival(
  ids: { landing: string; pageView: string },
  visit: { visitorId: string; url: string; referrer: string | null; at: number },
): VisitorAction[] {
  const { utm, clickIds } = landingParams(visit.url);
  const event = {
    visitor_id: visit.visitorId,
    at: new Date(visit.at).toISOString(),
    url: visit.url,
    referrer: visit.referrer,
    form: null,
  };
  return [
    {
      at: visit.at,
      kind: 'event',
      event: { ...event, id: ids.landing, type: 'landing', utm, click_ids: clickIds },
    },
    {
      at: visit.at,
      kind: 'event',
      event: { ...event, id: ids.pageView, type: 'page_view', utm: null, click_ids: null },
    },
  ];
}

/**
 * A converting visitor fills in the page's form: `form_start` and `form_submit` when they accepted
 * tracking, then the post itself with the visible fields and the hidden fields the page's script fills.
 */
export function formFilling(
  seed: number,
  visit: {
    conversionId: string;
    visit: 'first' | 'return';
    visitorId: string;
    consented: boolean;
    url: string;
    arrived: number;
    form: string;
  },
): VisitorAction[] {
  const timing = formTiming(seed, visit.conversionId, visit.visit);
  const submitted = visit.arrived + timing.toSubmit * 1000;
  const post: VisitorAction = {
    at: submitted,
    kind: 'form',
    form: visit.form,
    fields: formFields(seed, visit),
  };
  if (!visit.consented) return [post];
  const key = `${visit.conversionId}/${visit.visit}`;
  const formEvent = (type: 'form_start' | 'form_submit', at: number): VisitorAction => ({
    at,
    kind: 'event',
    event: {
      id: eventId(seed, key, type),
      visitor_id: visit.visitorId,
      type,
      at: new Date(at).toISOString(),
      url: visit.url,
      referrer: null,
      utm: null,
      click_ids: null,
      form: visit.form,
    },
  });
  return [
    formEvent('form_start', visit.arrived + timing.toFormStart * 1000),
    formEvent('form_submit', submitted),
    post,
  ];
}

function formFields(
  seed: number,
  visit: { conversionId: string; visitorId: string; consented: boolean; url: string },
): Record<string, string> {
  const person = fakePerson(seed, visit.conversionId);
  const { utm, clickIds } = landingParams(visit.url);
  const fields: Record<string, string> = {
    name: person.name,
    email: person.email,
    phone: person.phone,
    ...(person.message ? { message: person.message } : {}),
    [FORM_HIDDEN_FIELDS.submissionId]: visit.conversionId,
    [FORM_HIDDEN_FIELDS.landingUrl]: visit.url,
  };
  // The site's script fills the visitor id only for visitors who accepted tracking.
  if (visit.consented) fields[FORM_HIDDEN_FIELDS.visitorId] = visit.visitorId;
  const hidden = {
    [FORM_HIDDEN_FIELDS.utmSource]: utm.source,
    [FORM_HIDDEN_FIELDS.utmMedium]: utm.medium,
    [FORM_HIDDEN_FIELDS.utmCampaign]: utm.campaign,
    [FORM_HIDDEN_FIELDS.utmTerm]: utm.term,
    [FORM_HIDDEN_FIELDS.utmContent]: utm.content,
    ...Object.fromEntries(
      CLICK_ID_PARAMS.map((name) => [FORM_HIDDEN_FIELDS[name], clickIds?.[name] ?? null]),
    ),
  };
  for (const [field, value] of Object.entries(hidden)) if (value) fields[field] = value;
  return fields;
}

/** What the page's script reads from a landing URL: its UTM parameters and click ids. */
function landingParams(url: string): {
  utm: NonNullable<TrackingEvent['utm']>;
  clickIds: TrackingEvent['click_ids'];
} {
  const query = new URL(url).searchParams;
  const clickIds: Record<string, string> = {};
  for (const name of CLICK_ID_PARAMS) {
    const value = query.get(name);
    if (value) clickIds[name] = value;
  }
  return {
    utm: {
      source: query.get('utm_source'),
      medium: query.get('utm_medium'),
      campaign: query.get('utm_campaign'),
      term: query.get('utm_term'),
      content: query.get('utm_content'),
    },
    clickIds: Object.keys(clickIds).length ? clickIds : null,
  };
}
