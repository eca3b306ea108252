import type { CreativeInput, PlatformObjective } from './creative-input.ts';
import { industryCreative } from './industry-creative.ts';

export interface CallToAction {
  /** The action as briefs and copy say it ("Book an appointment"). */
  label: string;
  /** At most 10 characters, for YouTube's call-to-action field. */
  short: string;
}

const SHORT: Record<string, string> = {
  'Book an appointment': 'Book now',
  'Book a table': 'Book now',
  'Book a demo': 'Book demo',
  'Request a quote': 'Get quote',
  'Book a consultation': 'Book now',
  'Check availability': 'Book now',
  'Get in touch': 'Contact us',
  'Enquire now': 'Enquire',
  'Get involved': 'Join us',
  'Book a service': 'Book now',
  'Book a call': 'Book call',
  'Book a visit': 'Book visit',
  'Get the app': 'Get app',
};

/**
 * The action each ad asks for, from the platform's objective and the business model: leads and
 * bookings take the industry's usual next step, sales go to the shop, reach and traffic invite a look.
 */
export function callToAction(input: CreativeInput, objective: PlatformObjective): CallToAction {
  const label = labelFor(input, objective);
  return { label, short: label.length <= 10 ? label : (SHORT[label] ?? 'Learn more') };
}

function labelFor(input: CreativeInput, objective: PlatformObjective): string {
  const sells = input.business_model === 'ecommerce-primary' || input.business_model === 'hybrid';
  switch (objective) {
    case 'leads':
    case 'bookings':
      return industryCreative(input.industry.key).leadAction;
    case 'sales':
      return sells ? 'Shop now' : industryCreative(input.industry.key).leadAction;
    case 'app-installs':
      return 'Get the app';
    case 'traffic':
    case 'awareness':
      return sells ? 'Shop now' : 'Learn more';
  }
}
