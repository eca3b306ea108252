/**
 * What must stay off camera for privacy, by industry key: the records and people each kind of
 * business handles. Every business also gets the general rules in the filming guide.
 */
export const INDUSTRY_PRIVACY: Readonly<Record<string, readonly string[]>> = {
  dental: [
    'Patient records, charts, X-rays and screens that show patient details.',
    'Patients in the chair, unless they have signed a release for that exact video.',
  ],
  medical: [
    'Patient records, test results, prescriptions and screens that show patient details.',
    'Patients in the waiting room or during care, unless they have signed a release for that exact video.',
  ],
  veterinary: [
    "Pet records and screens that show owners' names, addresses or phone numbers.",
    'Owners, unless they have agreed to appear.',
  ],
  'beauty-salon': [
    'Clients mid-treatment, unless they have signed a release for that exact video.',
    'The appointment book or booking screen.',
  ],
  fitness: [
    'Members working out, unless they have agreed; people filmed mid-workout often feel exposed.',
    'Changing rooms, always.',
  ],
  legal: ['Case files, client documents and anything on a desk or screen with a client name.'],
  'accounting-finance': ['Client documents, account numbers, statements and screens with figures.'],
  'real-estate': [
    "Inside a home without the owner's permission, and family photos or valuables in any home.",
    'House numbers and car number plates that are not yours.',
  ],
  education: [
    "Students' work with names on it.",
    'Students under 18 without a parent or guardian’s consent.',
  ],
  nonprofit: ['People you support, unless they have agreed, and always in a way that keeps their dignity.'],
  'home-services': [
    "Customers' house numbers, car number plates and the inside of their home beyond the job.",
  ],
  construction: ["Clients' addresses and house numbers, and site workers without safety gear on."],
  landscaping: ["Customers' house numbers and car number plates."],
  automotive: ["Customers' number plates and paperwork with their names."],
  hospitality: ['Guests in their rooms, and the guest list or booking screen.'],
  restaurant: ['Diners at their tables, unless they have agreed.'],
  cafe: ['Customers at their tables, unless they have agreed.'],
};

export const GENERAL_PRIVACY: readonly string[] = [
  'Screens, paperwork, calendars and whiteboards that show customer names, phone numbers, addresses or orders.',
  'Card payments, card readers and receipts up close.',
  'Faces of children, unless a parent or guardian has signed a release.',
  'Anyone in the background who has not agreed to be filmed: wait until they leave the frame or film from another angle.',
];
