import { z } from 'zod';
import type { BrandConfig } from '../schemas/brand-config.ts';
import { FORM_HIDDEN_FIELDS } from '../schemas/form-submission.ts';
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
  const restaurant = config.industry.key === 'restaurant';
  const fields = formFields(config, booking, restaurant);
  const submit = booking ? 'Request booking' : 'Send';
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

function formFields(config: BrandConfig, booking: boolean, restaurant: boolean): FormField[] {
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
  if (booking) {
    fields.push(
      {
        ...base,
        name: 'preferred_date',
        label: 'Preferred date',
        type: 'date',
        required: true,
        reason: 'A booking needs a date; bookings soon score higher.',
      },
      {
        ...base,
        name: 'preferred_time',
        label: 'Preferred time (optional)',
        type: 'time',
        required: false,
        reason: 'To confirm a slot without a call back.',
      },
    );
    if (restaurant) {
      fields.push({
        ...base,
        name: 'party_size',
        label: 'Number of guests',
        type: 'number',
        required: true,
        min: 1,
        max: 50,
        reason: 'A table booking needs the party size; larger parties are worth more.',
      });
    }
  }
  if (!restaurant) {
    fields.push({
      ...base,
      name: 'interest',
      label: booking ? 'Service (optional)' : 'What are you interested in? (optional)',
      type: 'select',
      required: false,
      options: [...new Set(config.offerings.map((offering) => offering.name))],
      reason: 'Which offering the lead wants: routes the lead and feeds scoring by offering value.',
    });
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
