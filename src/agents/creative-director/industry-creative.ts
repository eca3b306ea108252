import type { IndustryKey } from '../../research/industry-keys.ts';

/** What a creative lead knows about an industry before looking at the brand. */
export interface IndustryCreative {
  /** What the pictures show: the real business, never stock. */
  subject: string;
  /** The place the story happens in ("the practice", "your dashboard"). */
  setting: string;
  /** Creative don'ts: imagery and claims that are regulated, off-putting or untrue in this industry. */
  donts: string[];
  /** The call to action when the platform's objective is leads or bookings. */
  leadAction: string;
}

/** Don'ts every brand shares: the claims rule and the stock-photo rule. */
export const UNIVERSAL_DONTS = [
  'Claims research cannot back up: invented prices, awards, statistics or guarantees',
  'Stock imagery that could belong to any brand',
];

// Industries without an entry here (a new data file) get `other`.
export const INDUSTRY_CREATIVE: Readonly<Record<IndustryKey, IndustryCreative>> & {
  readonly other: IndustryCreative;
} = {
  dental: {
    subject: 'the team, the treatment rooms and real patients (with written consent)',
    setting: 'the practice',
    donts: [
      'Close-ups of needles, drills or blood',
      'Before-and-after photos without written patient consent',
    ],
    leadAction: 'Book an appointment',
  },
  medical: {
    subject: 'clinicians with patients in consultation (with consent) and the clinic itself',
    setting: 'the clinic',
    donts: ['Promises of medical outcomes', 'Fear-based or graphic medical imagery'],
    leadAction: 'Book an appointment',
  },
  restaurant: {
    subject: 'the dishes as served, the room during service and the kitchen team',
    setting: 'the restaurant',
    donts: ['Dishes that are not on the current menu', 'Over-styled food that will not match the plate'],
    leadAction: 'Book a table',
  },
  cafe: {
    subject: 'the counter, fresh bakes and the regulars',
    setting: 'the café',
    donts: ['Health claims about food or drink', 'Products that are not on the counter'],
    leadAction: 'Visit us',
  },
  fitness: {
    subject: 'members training with coaches, classes and the gym floor',
    setting: 'the gym',
    donts: ['Body-shaming or before-and-after shots without consent', 'Weight-loss promises'],
    leadAction: 'Book a visit',
  },
  'beauty-salon': {
    subject: 'treatments in progress, the stylists and finished looks (with consent)',
    setting: 'the salon',
    donts: ['Heavily retouched results', 'Before-and-after photos without client consent'],
    leadAction: 'Book an appointment',
  },
  landscaping: {
    subject: 'finished gardens and grounds, and the crew at work',
    setting: 'a client’s garden',
    donts: ['Gardens that are not the company’s own work', 'Unsafe use of machinery on camera'],
    leadAction: 'Request a quote',
  },
  'home-services': {
    subject: 'technicians at work in real homes, the van and the team',
    setting: 'a customer’s home',
    donts: ['Response-time promises the business has not made', 'Unsafe work practices on camera'],
    leadAction: 'Request a quote',
  },
  construction: {
    subject: 'projects in progress and finished, and the crew',
    setting: 'a project site',
    donts: ['Projects that are not the firm’s own', 'Anyone on site without safety gear'],
    leadAction: 'Request a quote',
  },
  'creative-agency': {
    subject: 'the team at work and client work shown with permission',
    setting: 'the studio',
    donts: ['Client logos or work shown without permission', 'Vanity metrics without context'],
    leadAction: 'Book a call',
  },
  saas: {
    subject: 'the product on screen and the teams who use it',
    setting: 'the product',
    donts: [
      'Mock screens or features that have not shipped',
      'Invented customer logos, ratings or statistics',
    ],
    leadAction: 'Book a demo',
  },
  legal: {
    subject: 'the lawyers in conversation with clients and the office',
    setting: 'the office',
    donts: ['Promises about case outcomes', 'Gavel-and-scales clichés'],
    leadAction: 'Book a consultation',
  },
  'accounting-finance': {
    subject: 'advisers with clients and plain-language explanations on screen',
    setting: 'the office',
    donts: ['Promises of returns or savings', 'Piles-of-cash imagery'],
    leadAction: 'Book a consultation',
  },
  'real-estate': {
    subject: 'homes, their neighbourhoods and the agents',
    setting: 'a listed home',
    donts: ['Language that could breach fair-housing rules', 'Renderings passed off as photos'],
    leadAction: 'Book a call',
  },
  'retail-ecommerce': {
    subject: 'the products in use, close-ups of materials and how they are made',
    setting: 'the shop',
    donts: ['Fake scarcity or countdown timers', 'Stock photos in place of the real products'],
    leadAction: 'Get in touch',
  },
  education: {
    subject: 'learners and teachers in class, and learners in their own words',
    setting: 'the classroom',
    donts: ['Job or pass promises', 'Learners shown without consent'],
    leadAction: 'Enquire now',
  },
  nonprofit: {
    subject: 'the people and places the work serves, shown with dignity and consent',
    setting: 'the work in the field',
    donts: ['Imagery that strips people of dignity', 'Guilt-led appeals'],
    leadAction: 'Get involved',
  },
  automotive: {
    subject: 'technicians at work, the workshop and customers collecting their cars',
    setting: 'the workshop',
    donts: ['Speeding or unsafe driving', 'Repairs promised in a set time'],
    leadAction: 'Book a service',
  },
  hospitality: {
    subject: 'the rooms, the views and guests at ease',
    setting: 'the hotel',
    donts: ['Over-edited photos that misrepresent the rooms', 'Availability promises'],
    leadAction: 'Check availability',
  },
  veterinary: {
    subject: 'vets with pets and their owners, and the clinic',
    setting: 'the clinic',
    donts: ['Animals in distress', 'Graphic procedures'],
    leadAction: 'Book an appointment',
  },
  photography: {
    subject: 'the photographer at work and their own portfolio',
    setting: 'a shoot',
    donts: ['Images that are not the photographer’s own', 'Heavy filters that misrepresent the style'],
    leadAction: 'Check availability',
  },
  other: {
    subject: 'the team, the work and real customers',
    setting: 'the business',
    donts: ['Promises the business has not made'],
    leadAction: 'Get in touch',
  },
};

export function industryCreative(key: string): IndustryCreative {
  return (
    (Object.hasOwn(INDUSTRY_CREATIVE, key) ? INDUSTRY_CREATIVE[key] : undefined) ?? INDUSTRY_CREATIVE.other
  );
}
