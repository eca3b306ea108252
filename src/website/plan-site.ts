import type { BrandConfig } from '../schemas/brand-config.ts';
import type { BrandProfile } from '../schemas/brand-profile.ts';
import { businessKindOf, KIND_WORDS } from './business-kind.ts';
import { privacySections } from './privacy-sections.ts';
import type { SiteInput } from './site-input.ts';
import { siteLang, siteOrigin } from './site-origin.ts';
import {
  landingPathOf,
  PAGE_FILES,
  type PageKey,
  type PlannedPage,
  type PlanSection,
  type ReservedLandingPage,
  type SitePlan,
} from './site-plan.ts';
import { distinctFacts } from './site-testimonials.ts';

export type Conversion = SitePlan['conversion'];

const BOOKING_INDUSTRIES = new Set(['restaurant', 'beauty-salon', 'lodging', 'hospitality']);

/** DESIGN §4 routing: lead form, booking form, checkout, or both. */
export function conversionOf(config: BrandConfig): Conversion {
  if (config.business_model === 'ecommerce-primary') return 'purchase';
  if (config.business_model === 'hybrid') return 'purchase-and-lead';
  if (BOOKING_INDUSTRIES.has(config.industry.key) || config.campaign_goals.primary_kpi === 'cost_per_booking')
    return 'booking';
  return 'lead';
}

/** The campaigns of brand-config (one per platform × objective) and the landing pages they need. */
export function reservedLandingPages(config: BrandConfig): ReservedLandingPage[] {
  const seen = new Set<string>();
  const pages: ReservedLandingPage[] = [];
  for (const platform of config.platforms) {
    const campaign = `${platform.id}-${platform.objective}`;
    if (seen.has(campaign)) continue;
    seen.add(campaign);
    pages.push({
      campaign,
      platform: platform.id,
      objective: platform.objective,
      path: landingPathOf(platform.id, platform.objective),
      files: [`lp/${campaign}.html`, `lp/${campaign}/index.html`],
    });
  }
  return pages;
}

/**
 * The deterministic site plan: every page's goal, call to action, wording and outline, drawn only
 * from brand-config and the profile's evidence (nothing invented), plus the reserved landing pages.
 */
export function planSite(input: Pick<SiteInput, 'config' | 'profile'>): SitePlan {
  const { config, profile } = input;
  const origin = siteOrigin(config);
  const conversion = conversionOf(config);
  const cta = primaryCta(config, conversion);
  const facts = brandFacts(config, profile);
  const name = config.brand_name;
  const booking = conversion === 'booking';
  const kind = businessKindOf(config);
  const words = KIND_WORDS[kind];
  const bookingNoun = kind === 'restaurant' ? 'a table' : kind === 'lodging' ? 'your stay' : 'an appointment';

  const page = (key: PageKey, fields: Omit<PlannedPage, 'key' | 'file' | 'path'>): PlannedPage => ({
    key,
    ...PAGE_FILES[key],
    ...fields,
    title: clip(fields.title, 60),
    description: clip(fields.description, 160),
    sections: fields.sections.filter((section) => section.items.length > 0),
  });
  const summary = facts.description ?? config.tagline ?? `${name}: ${config.industry.label}.`;

  const pages: PlannedPage[] = [
    page('home', {
      title: `${name} | ${config.tagline ?? config.industry.label}`,
      description: summary,
      heading: config.tagline ?? name,
      intro: facts.description ?? `${name}, ${config.industry.label.toLowerCase()}${facts.place}.`,
      goal: goalOf(conversion),
      primary_cta: cta,
      sections: [
        {
          heading: `Why ${name}`,
          items: facts.valueProps,
          source: 'research/brand-profile.json#value_propositions',
        },
        {
          heading: conversion === 'purchase' ? 'Shop' : words.offerings,
          items: config.offerings.map((offering) => offering.name),
          source: 'brand-config.json#offerings',
        },
        { heading: 'Proof', items: facts.proof, source: 'research/brand-profile.json#proof' },
        // A restaurant's visitor comes for the menu and when it is open.
        ...(kind === 'restaurant' ? [hoursSection(facts)] : []),
      ],
      in_sitemap: true,
    }),
    page('offerings', {
      title: `${conversion === 'purchase' ? 'Shop' : words.offerings} | ${name}`,
      description: `${name}: ${config.offerings.map((offering) => offering.name).join(', ')}.`,
      heading: conversion === 'purchase' || conversion === 'purchase-and-lead' ? 'Shop' : words.offerings,
      intro: `Everything ${name} offers, as described on its own site.`,
      goal: goalOf(conversion),
      primary_cta: cta,
      sections: [
        {
          heading: 'Offerings',
          items: config.offerings.map((offering) => offering.name),
          source: 'brand-config.json#offerings',
        },
      ],
      in_sitemap: true,
    }),
    page('about', {
      title: `About ${name}`,
      description: summary,
      heading: `About ${name}`,
      intro:
        facts.description ?? `${name} is a business in ${config.industry.label.toLowerCase()}${facts.place}.`,
      goal: 'Build trust with facts from the brand itself.',
      primary_cta: cta,
      sections: [
        {
          heading: 'What we stand for',
          items: facts.valueProps,
          source: 'research/brand-profile.json#value_propositions',
        },
        { heading: 'Credentials', items: facts.proof, source: 'research/brand-profile.json#proof' },
        {
          heading: 'Where to find us',
          items: facts.locations,
          source: 'research/brand-profile.json#locations',
        },
      ],
      in_sitemap: true,
    }),
    page('contact', {
      title: `${booking ? 'Book' : 'Contact'} | ${name}`,
      description: booking
        ? `Book ${bookingNoun} at ${name}.`
        : `Get in touch with ${name}: send a message and we will get back to you.`,
      heading: booking ? `Book ${bookingNoun}` : 'Get in touch',
      intro: booking
        ? 'Tell us when you would like to come and we will confirm your booking.'
        : 'Send us a message and we will get back to you.',
      goal: booking ? 'Take a booking request.' : 'Capture a lead with its source.',
      primary_cta: {
        label: booking ? (kind === 'lodging' ? words.request : 'Request a booking') : leadLabel(kind),
        href: '/contact.html#form',
      },
      sections: [
        { heading: 'Contact details', items: facts.contact, source: 'brand-config.json#contact' },
        hoursSection(facts),
      ],
      in_sitemap: true,
    }),
    page('thank-you', {
      title: `Thank you | ${name}`,
      description: `Thank you for contacting ${name}.`,
      heading: 'Thank you',
      intro: booking
        ? 'We have your booking request and will confirm it soon.'
        : 'We have your message and will get back to you soon.',
      goal: 'Confirm the submission and offer a next step.',
      primary_cta: { label: 'Back to the home page', href: '/' },
      sections: [],
      in_sitemap: false,
    }),
    page('privacy', {
      title: `Privacy policy | ${name}`,
      description: `How ${name}'s website handles your data: what is collected, consent, retention and contact.`,
      heading: 'Privacy policy',
      intro: `This page explains, in plain words, what ${name}'s website collects and why.`,
      goal: 'Explain tracking and consent honestly.',
      primary_cta: { label: 'Contact us', href: '/contact.html' },
      sections: privacySections(config),
      in_sitemap: true,
    }),
  ];

  return {
    schema_version: 1,
    brand_id: config.brand_id,
    brand_name: name,
    lang: siteLang(config.locale),
    origin,
    conversion,
    pages,
    landing_pages: reservedLandingPages(config),
    sitemap: origin
      ? { written: true, reason: `Absolute URLs under ${origin}, taken from brand-config.website.` }
      : {
          written: false,
          reason:
            'brand-config.website is unknown, and a sitemap needs absolute URLs: no sitemap.xml and no canonical URLs until the site has an origin.',
        },
  };
}

function primaryCta(config: BrandConfig, conversion: Conversion): PlannedPage['primary_cta'] {
  if (conversion === 'purchase') return { label: 'Shop now', href: '/offerings.html' };
  const kind = businessKindOf(config);
  if (conversion === 'booking')
    return {
      label:
        kind === 'restaurant' ? 'Book a table' : kind === 'lodging' ? KIND_WORDS.lodging.request : 'Book now',
      href: '/contact.html',
    };
  return { label: KIND_WORDS[kind].request, href: '/contact.html' };
}

function leadLabel(kind: ReturnType<typeof businessKindOf>): string {
  return kind === 'trade' || kind === 'professional' ? KIND_WORDS[kind].request : 'Send message';
}

function goalOf(conversion: Conversion): string {
  switch (conversion) {
    case 'purchase':
      return 'Send visitors to a product and on to checkout.';
    case 'purchase-and-lead':
      return 'Send visitors to a product or to the enquiry form.';
    case 'booking':
      return 'Lead visitors to the booking form.';
    default:
      return 'Lead visitors to the enquiry form.';
  }
}

function hoursSection(facts: BrandFacts): PlanSection {
  return { heading: 'Opening hours', items: facts.hours, source: 'research/brand-profile.json#hours' };
}

interface BrandFacts {
  hours: string[];
  description: string | null;
  valueProps: string[];
  proof: string[];
  locations: string[];
  contact: string[];
  /** ` in <city>` when the city is known, else empty. */
  place: string;
}

function brandFacts(config: BrandConfig, profile: BrandProfile | null): BrandFacts {
  const years = profile?.proof.years_in_business.value ?? null;
  const proof = [
    ...(years !== null && years > 0 ? [`${years} years in business`] : []),
    ...(profile?.proof.credentials.map((item) => item.value) ?? []),
  ];
  const locations = (profile?.locations ?? [])
    .map(({ value }) => [value.name, postalLine(value.address)].filter(Boolean).join(': '))
    .filter(Boolean);
  const address = config.contact.address;
  const addressLine = address ? postalLine({ ...address, postalCode: address.postal_code }) : '';
  const contact = [
    ...(config.contact.phone ? [`Phone: ${config.contact.phone}`] : []),
    ...(config.contact.email ? [`Email: ${config.contact.email}`] : []),
    ...(addressLine ? [`Address: ${addressLine}`] : []),
  ];
  return {
    hours: distinctFacts(profile?.hours?.map((item) => item.value) ?? []),
    description: profile?.description.value ?? null,
    valueProps: distinctFacts(profile?.value_propositions.map((item) => item.value) ?? []),
    // Testimonials are their own section of the home page (render-pages), not a line of proof.
    proof: distinctFacts(proof),
    locations: unique(locations.length > 0 ? locations : addressLine ? [addressLine] : []),
    contact,
    place: address?.city ? ` in ${address.city}` : '',
  };
}

export function postalLine(address: {
  street: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  country: string | null;
}): string {
  const cityLine = [address.city, [address.region, address.postalCode].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return [address.street, cityLine, address.country].filter(Boolean).join(', ');
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

/** Shortens to `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:|—-]+$/, '')}…`;
}

export type { PlanSection };
