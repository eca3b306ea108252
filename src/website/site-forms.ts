import { z } from 'zod';
import type { BrandConfig } from '../schemas/brand-config.ts';
import { FORM_HIDDEN_FIELDS } from '../schemas/form-submission.ts';
import { type BusinessKind, businessKindOf, KIND_WORDS } from './business-kind.ts';
import { conversionOf } from './plan-site.ts';
import type { ReservedLandingPage } from './site-plan.ts';

export const FormField = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
  label: z.string().min(1),
  type: z.enum(['text', 'email', 'tel', 'date', 'time', 'number', 'select', 'textarea']),
  required: z.boolean(),
  autocomplete: z.string().nullable(),
  max_length: z.number().int().positive().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  pattern: z.string().nullable(),
  options: z.array(z.string().min(1)).nullable(),
  hint: z.string().nullable(),
  /** Why the field is asked: what lead scoring or the business does with it. */
  reason: z.string().min(1),
});
export type FormField = z.infer<typeof FormField>;

export const SiteForm = z.object({
  name: z.string().regex(/^[a-z0-9-]{1,40}$/),
  kind: z.enum(['lead', 'booking']),
  /** The site path of the page the form is on. */
  page: z.string().startsWith('/'),
  action: z.string().startsWith('/api/forms/'),
  method: z.literal('post'),
  thank_you: z.literal('/thank-you.html'),
  submit_label: z.string().min(1),
  fields: z.array(FormField).min(2),
  hidden_fields: z.array(z.string()),
  honeypot: z.literal(FORM_HIDDEN_FIELDS.honeypot),
  consent_required: z.literal(false),
});
export type SiteForm = z.infer<typeof SiteForm>;

/** `website/forms.json`: every form of the site with its fields, validation and spam protection. */
export const SiteForms = z.object({
  schema_version: z.literal(1),
  forms: z.array(SiteForm).min(1),
  notes: z.array(z.string()),
});
export type SiteForms = z.infer<typeof SiteForms>;

/** The hidden attribution fields a form carries (the honeypot is a separate, visually hidden input). */
export const HIDDEN_FIELD_NAMES: string[] = Object.values(FORM_HIDDEN_FIELDS).filter(
  (name) => name !== FORM_HIDDEN_FIELDS.honeypot,
);

/**
 * The site's forms: the contact (or booking) form and one per campaign landing page, with the
 * fewest fields that qualify a lead by business model. All post to `/api/forms/<name>` and work
 * without JavaScript; the server answers a plain post with a redirect to the thank-you page.
 */
export function planForms(config: BrandConfig, landingPages: ReservedLandingPage[]): SiteForms {
  const booking = conversionOf(config) === 'booking';
  const kind = businessKindOf(config);
  const fields = formFields(config, booking, kind);
  const submit = booking
    ? kind === 'lodging'
      ? KIND_WORDS.lodging.request
      : 'Request booking'
    : kind === 'trade' || kind === 'professional'
      ? KIND_WORDS[kind].request
      : 'Send';
  const form = (name: string, page: string): SiteForm => ({
    name,
    kind: booking ? 'booking' : 'lead',
    page,
    action: `/api/forms/${name}`,
    method: 'post',
    thank_you: '/thank-you.html',
    submit_label: submit,
    fields,
    hidden_fields: HIDDEN_FIELD_NAMES,
    honeypot: FORM_HIDDEN_FIELDS.honeypot,
    consent_required: false,
  });
  return {
    schema_version: 1,
    forms: [
      form(booking ? 'booking' : 'contact', '/contact.html'),
      ...landingPages.map((landing) => form(`lp-${landing.campaign}`.slice(0, 40), `${landing.path}/`)),
    ],
    notes: [
      'Forms work as plain HTML posts; the script only adds validation messages and fills the hidden fields.',
      `${FORM_HIDDEN_FIELDS.submissionId} is a random id set per page view by the script; a post without it (no JavaScript) should get one from the server.`,
      `${FORM_HIDDEN_FIELDS.visitorId} is only filled when the visitor accepted cookies; the landing UTM and click ids are filled either way (sessionStorage of the tab).`,
      `A post with ${FORM_HIDDEN_FIELDS.honeypot} filled in is a bot: answer as if accepted and store nothing.`,
    ],
  };
}

function formFields(config: BrandConfig, booking: boolean, kind: BusinessKind): FormField[] {
  const base = {
    autocomplete: null,
    max_length: null,
    min: null,
    max: null,
    pattern: null,
    options: null,
    hint: null,
  };
  const fields: FormField[] = [
    {
      ...base,
      name: 'name',
      label: 'Your name',
      type: 'text',
      required: true,
      autocomplete: 'name',
      max_length: 200,
      reason: 'To address the lead by name.',
    },
    {
      ...base,
      name: 'email',
      label: 'Email',
      type: 'email',
      required: true,
      autocomplete: 'email',
      max_length: 254,
      reason: 'The contact channel for the reply; a valid email raises the lead score.',
    },
    {
      ...base,
      name: 'phone',
      label: 'Phone (optional)',
      type: 'tel',
      required: false,
      autocomplete: 'tel',
      max_length: 40,
      pattern: '[0-9+()\\-. ]{6,40}',
      hint: booking ? 'So we can reach you if the booking changes.' : 'If you would rather we call you.',
      reason: 'A second channel; leads who leave a phone number score higher.',
    },
  ];
  const offerings = [...new Set(config.offerings.map((offering) => offering.name))];
  const choice = (label: string): FormField => ({
    ...base,
    name: 'interest',
    label,
    type: 'select',
    required: false,
    options: offerings,
    reason: 'Which offering the lead wants: routes the lead and feeds scoring by offering value.',
  });
  const date = (name: string, label: string, reason: string): FormField => ({
    ...base,
    name,
    label,
    type: 'date',
    required: true,
    reason,
  });
  const guests = (max: number, reason: string): FormField => ({
    ...base,
    name: 'party_size',
    label: 'Number of guests',
    type: 'number',
    required: true,
    min: 1,
    max,
    reason,
  });
  if (booking && kind === 'lodging') {
    // A stay is a range of nights, not a slot: arrival, departure and how many people.
    fields.push(
      date('check_in', 'Check-in date', 'A stay starts on a date; stays booked soon score higher.'),
      date('check_out', 'Check-out date', 'The number of nights sets the value of the booking.'),
      guests(20, 'Rooms are offered by occupancy; more guests may need more rooms.'),
    );
    if (offerings.length > 1) fields.push(choice('Room (optional)'));
  } else if (booking && kind === 'restaurant') {
    fields.push(
      date('preferred_date', 'Date', 'A table booking needs a date; bookings soon score higher.'),
      {
        ...base,
        name: 'preferred_time',
        label: 'Time',
        type: 'time',
        required: true,
        reason: 'A table is booked for a time.',
      },
      guests(50, 'A table booking needs the party size; larger parties are worth more.'),
    );
  } else if (booking) {
    fields.push(
      date('preferred_date', 'Preferred date', 'A booking needs a date; bookings soon score higher.'),
      {
        ...base,
        name: 'preferred_time',
        label: 'Preferred time (optional)',
        type: 'time',
        required: false,
        reason: 'To confirm a slot without a call back.',
      },
    );
    if (offerings.length > 0) fields.push(choice('Service (optional)'));
  } else {
    if (kind === 'trade')
      fields.push({
        ...base,
        name: 'job_location',
        label: 'Where is the job? (town or postcode, optional)',
        type: 'text',
        required: false,
        max_length: 120,
        reason: 'A quote depends on the place; jobs outside the service area are routed differently.',
      });
    if (offerings.length > 0 && kind !== 'restaurant')
      fields.push(
        choice(
          kind === 'professional'
            ? 'What is your matter about? (optional)'
            : kind === 'trade'
              ? 'What do you need done? (optional)'
              : 'What are you interested in? (optional)',
        ),
      );
  }
  fields.push({
    ...base,
    name: 'message',
    label: booking ? 'Anything we should know? (optional)' : 'Message (optional)',
    type: 'textarea',
    required: false,
    max_length: 2000,
    reason: 'Context for the reply; intent words in it feed scoring.',
  });
  return fields;
}
