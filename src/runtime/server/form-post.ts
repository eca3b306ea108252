import { createHash } from 'node:crypto';
import { z } from 'zod';
import { FORM_HIDDEN_FIELDS, LeadSubmission } from '../../schemas/form-submission.ts';

export const FORM_NAME = /^[a-z0-9-]{1,40}$/;
const ID = /^[A-Za-z0-9_-]{8,64}$/;
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const MAX_FIELDS = 40;
const MAX_EXTRA_FIELD_LENGTH = 2000;

const Email = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email({ error: 'enter a valid email address (like name@example.com)' }));

// As loose as the generated forms' own pattern ([0-9+()\-. ]{6,40}), so nothing they accept is refused here.
const Phone = z
  .string()
  .trim()
  .max(40, 'must be at most 40 characters')
  .regex(/^[0-9+().\- ]+$/, 'enter a phone number using digits, spaces, + ( ) - .')
  .refine((phone) => phone.replace(/\D/g, '').length >= 6, 'enter a phone number with at least 6 digits');

/**
 * The fields a visitor types into a generated form. Email or phone is required; any other field
 * the form carries is kept as text (up to a limit), so a new form needs no server change.
 */
export const VisibleFormFields = z
  .object({
    email: Email.optional(),
    phone: Phone.optional(),
    name: z.string().max(200, 'must be at most 200 characters').optional(),
    message: z.string().max(5000, 'must be at most 5000 characters').optional(),
  })
  .catchall(z.string().max(MAX_EXTRA_FIELD_LENGTH, `must be at most ${MAX_EXTRA_FIELD_LENGTH} characters`))
  .superRefine((fields, context) => {
    if (!fields.email && !fields.phone) {
      for (const field of ['email', 'phone'])
        context.addIssue({
          code: 'custom',
          path: [field],
          message: 'enter an email address or a phone number',
        });
    }
    const names = Object.keys(fields);
    if (names.length > MAX_FIELDS)
      context.addIssue({
        code: 'custom',
        path: [],
        message: `a form may carry at most ${MAX_FIELDS} fields`,
      });
    // Hidden fields (`_visitor`, `_utm_source`…) are split off before a post is parsed; the
    // documented body (FormPostBody) carries them beside the visible ones.
    for (const name of names) {
      if (!name.startsWith('_') && !FIELD_NAME.test(name))
        context.addIssue({
          code: 'custom',
          path: [name],
          message: 'field names use letters, digits, _ and - (at most 64)',
        });
    }
  });

const optionalText = z.string().optional();
/** The hidden fields of FORM_HIDDEN_FIELDS, filled by the page's script; lenient, since a visitor cannot fix them. */
const HiddenFormFields = z.object(
  Object.fromEntries(Object.values(FORM_HIDDEN_FIELDS).map((name) => [name, optionalText])),
);

/** A form post as documented in the OpenAPI document (JSON or url-encoded, same fields). */
export const FormPostBody = VisibleFormFields.and(HiddenFormFields);

export type ParsedFormPost =
  | { ok: true; honeypot: boolean; submission: LeadSubmission; fieldNames: string[] }
  | { ok: false; fields: Record<string, string> };

/**
 * Validates a form post (already decoded from JSON or url-encoding) and turns it into the
 * LeadSubmission the store takes. Problems come back per field, in words a visitor can act on.
 */
export function parseFormPost(form: string, body: unknown, now: Date): ParsedFormPost {
  if (!FORM_NAME.test(form)) return { ok: false, fields: { form: 'unknown form' } };
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { ok: false, fields: { '(body)': 'send the form fields as an object' } };

  // Null-prototype maps: a field called `__proto__` is only a (rejected) field name here.
  const visible: Record<string, string> = Object.create(null);
  const hidden: Record<string, string> = Object.create(null);
  const problems: Record<string, string> = Object.create(null);
  for (const [name, raw] of Object.entries(body)) {
    const value = toText(raw);
    if (value === undefined) {
      problems[name] = Array.isArray(raw) ? 'sent more than once' : 'must be text';
      continue;
    }
    if (value.trim() === '') continue; // an empty input is an unfilled one
    if (name.startsWith('_')) hidden[name] = value;
    else visible[name] = value;
  }

  const parsed = VisibleFormFields.safeParse(visible);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.length ? String(issue.path[0]) : '(body)';
      problems[field] ??= issue.message;
    }
  }
  if (!parsed.success || Object.keys(problems).length) return { ok: false, fields: problems };

  const fields = Object.fromEntries(
    Object.entries(parsed.data).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const visitorId = validId(hidden[FORM_HIDDEN_FIELDS.visitorId]);
  const submission = LeadSubmission.parse({
    form,
    submission_id:
      validId(hidden[FORM_HIDDEN_FIELDS.submissionId]) ?? derivedSubmissionId(form, fields, visitorId, now),
    visitor_id: visitorId,
    fields,
    landing: landingOf(hidden),
    submitted_at: now.toISOString(),
  });
  return {
    ok: true,
    honeypot: Boolean(hidden[FORM_HIDDEN_FIELDS.honeypot]),
    submission,
    fieldNames: Object.keys(fields),
  };
}

function toText(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (raw === null) return '';
  return undefined;
}

function validId(value: string | undefined): string | null {
  return value !== undefined && ID.test(value) ? value : null;
}

/** Without a submission id (no script ran), the same fields from the same visitor within a minute are one submission. */
function derivedSubmissionId(
  form: string,
  fields: Record<string, string>,
  visitorId: string | null,
  now: Date,
): string {
  const minute = Math.floor(now.getTime() / 60_000);
  const sorted = Object.keys(fields)
    .sort()
    .map((name) => [name, fields[name]]);
  const digest = createHash('sha256')
    .update(JSON.stringify([form, sorted, visitorId, minute]))
    .digest('hex');
  return `h_${digest.slice(0, 40)}`;
}

function clip(value: string | undefined, max: number): string | null {
  return value === undefined ? null : value.slice(0, max);
}

function landingOf(hidden: Record<string, string>): LeadSubmission['landing'] {
  const utm = {
    source: clip(hidden[FORM_HIDDEN_FIELDS.utmSource], 200),
    medium: clip(hidden[FORM_HIDDEN_FIELDS.utmMedium], 200),
    campaign: clip(hidden[FORM_HIDDEN_FIELDS.utmCampaign], 200),
    term: clip(hidden[FORM_HIDDEN_FIELDS.utmTerm], 200),
    content: clip(hidden[FORM_HIDDEN_FIELDS.utmContent], 200),
  };
  const clickIds: Record<string, string> = {};
  for (const key of ['gclid', 'fbclid', 'msclkid', 'ttclid'] as const) {
    const value = clip(hidden[FORM_HIDDEN_FIELDS[key]], 500);
    if (value) clickIds[key] = value;
  }
  const url = clip(hidden[FORM_HIDDEN_FIELDS.landingUrl], 2000);
  if (url === null && Object.values(utm).every((value) => value === null) && !Object.keys(clickIds).length)
    return null;
  return { url, utm, click_ids: clickIds };
}
