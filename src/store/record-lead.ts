import { randomUUID } from 'node:crypto';
import type { LeadSubmission } from '../schemas/form-submission.ts';
import type { Queryable, Store } from './store.ts';
import { toJsonParam } from './to-json-param.ts';

/** One attributed touch of a visitor: what the landing URL carried, and when. */
export interface Touch {
  source: string | null;
  medium: string | null;
  campaign: string | null;
  at: string;
  click_id: string | null;
}

export interface RecordLeadResult {
  leadId: string;
  /** False when this submission_id was already stored (the same leadId is returned). */
  created: boolean;
  firstTouch: Touch | null;
  lastTouch: Touch | null;
  campaignId: string | null;
}

const ISO_AT = `to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const TOUCH_COLUMNS = `source, medium, campaign, ${ISO_AT} AS at, click_id`;
const NON_DIRECT =
  '(source IS NOT NULL OR medium IS NOT NULL OR campaign IS NOT NULL OR click_id IS NOT NULL)';

/**
 * Stores a validated form submission as a lead, in one transaction (committed when the promise
 * resolves); idempotent by (brand_id, submission_id). First touch is the visitor's earliest
 * touchpoint; last touch the latest non-direct one up to the submission. A visitor without
 * touchpoints (no consent, so no events) is attributed to the form's `landing` fields.
 *
 * @example
 * const { leadId, created, campaignId } = await recordLead(store, 'wasatch', submission);
 */
export async function recordLead(
  store: Store,
  brandId: string,
  submission: LeadSubmission,
): Promise<RecordLeadResult> {
  return store.transaction(async (tx) => {
    const existing = await findLead(tx, brandId, submission.submission_id);
    if (existing) return existing;

    const { firstTouch, lastTouch } = await attribute(tx, brandId, submission);
    const campaignId = await findCampaign(tx, brandId, [lastTouch?.campaign, firstTouch?.campaign]);
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO leads (brand_id, id, submission_id, form, visitor_id, fields, landing, first_touch,
                          last_touch, campaign_id, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8::jsonb, $9::jsonb, $10, $11)
       ON CONFLICT (brand_id, submission_id) DO NOTHING
       RETURNING id`,
      [
        brandId,
        randomUUID(),
        submission.submission_id,
        submission.form,
        submission.visitor_id,
        toJsonParam(submission.fields),
        toJsonParam(submission.landing),
        JSON.stringify(firstTouch),
        JSON.stringify(lastTouch),
        campaignId,
        submission.submitted_at,
      ],
    );
    const leadId = inserted.rows[0]?.id;
    if (!leadId) {
      // The same submission committed concurrently on another connection.
      const concurrent = await findLead(tx, brandId, submission.submission_id);
      if (concurrent) return concurrent;
      throw new Error(`lead ${submission.submission_id} neither inserted nor found`);
    }
    if (submission.visitor_id) {
      await tx.query(
        `INSERT INTO visitors (brand_id, id, first_seen_at, last_seen_at) VALUES ($1, $2, $3, $3)
         ON CONFLICT (brand_id, id) DO UPDATE
           SET last_seen_at = greatest(visitors.last_seen_at, excluded.last_seen_at)`,
        [brandId, submission.visitor_id, submission.submitted_at],
      );
    }
    return { leadId, created: true, firstTouch, lastTouch, campaignId };
  });
}

async function findLead(
  tx: Queryable,
  brandId: string,
  submissionId: string,
): Promise<RecordLeadResult | null> {
  const { rows } = await tx.query<{
    id: string;
    first_touch: Touch | null;
    last_touch: Touch | null;
    campaign_id: string | null;
  }>(
    'SELECT id, first_touch, last_touch, campaign_id FROM leads WHERE brand_id = $1 AND submission_id = $2',
    [brandId, submissionId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    leadId: row.id,
    created: false,
    firstTouch: row.first_touch,
    lastTouch: row.last_touch,
    campaignId: row.campaign_id,
  };
}

async function attribute(
  tx: Queryable,
  brandId: string,
  submission: LeadSubmission,
): Promise<{ firstTouch: Touch | null; lastTouch: Touch | null }> {
  const landing = landingTouch(submission);
  if (!submission.visitor_id) return { firstTouch: landing, lastTouch: landing };
  const { rows } = await tx.query<Touch & { role: 'first' | 'last' | 'latest' }>(
    `(SELECT 'first' AS role, ${TOUCH_COLUMNS} FROM touchpoints
       WHERE brand_id = $1 AND visitor_id = $2 ORDER BY at, id LIMIT 1)
     UNION ALL
     (SELECT 'last' AS role, ${TOUCH_COLUMNS} FROM touchpoints
       WHERE brand_id = $1 AND visitor_id = $2 AND at <= $3 AND ${NON_DIRECT} ORDER BY at DESC, id DESC LIMIT 1)
     UNION ALL
     (SELECT 'latest' AS role, ${TOUCH_COLUMNS} FROM touchpoints
       WHERE brand_id = $1 AND visitor_id = $2 ORDER BY at DESC, id DESC LIMIT 1)`,
    [brandId, submission.visitor_id, submission.submitted_at],
  );
  const touch = (role: string): Touch | null => {
    const row = rows.find((candidate) => candidate.role === role);
    if (!row) return null;
    return {
      source: row.source,
      medium: row.medium,
      campaign: row.campaign,
      at: row.at,
      click_id: row.click_id,
    };
  };
  const first = touch('first');
  if (!first) return { firstTouch: landing, lastTouch: landing };
  // A landing page's UTM outranks direct visits: tracking may have started after it (late consent).
  const last = touch('last') ?? (landing && !isDirect(landing) ? landing : null) ?? touch('latest');
  return { firstTouch: first, lastTouch: last };
}

function landingTouch(submission: LeadSubmission): Touch | null {
  const landing = submission.landing;
  if (!landing) return null;
  const ids = landing.click_ids;
  return {
    source: landing.utm.source,
    medium: landing.utm.medium,
    campaign: landing.utm.campaign,
    at: new Date(submission.submitted_at).toISOString(),
    click_id: ids.gclid ?? ids.fbclid ?? ids.msclkid ?? ids.ttclid ?? null,
  };
}

function isDirect(touch: Touch): boolean {
  return touch.source === null && touch.medium === null && touch.campaign === null && touch.click_id === null;
}

/** The campaign whose utm_campaign the touch carried; an exact match wins over a case-insensitive one. */
async function findCampaign(
  tx: Queryable,
  brandId: string,
  candidates: (string | null | undefined)[],
): Promise<string | null> {
  for (const utmCampaign of candidates) {
    if (!utmCampaign) continue;
    const { rows } = await tx.query<{ id: string }>(
      `SELECT id FROM campaigns WHERE brand_id = $1 AND lower(utm_campaign) = lower($2)
       ORDER BY (utm_campaign = $2) DESC, id LIMIT 1`,
      [brandId, utmCampaign],
    );
    if (rows[0]) return rows[0].id;
  }
  return null;
}
