/**
 * The industry taxonomy's keys and labels: one vocabulary shared by research (detection),
 * competitive intelligence (category players) and strategy (audiences, platforms, goals).
 */
export const INDUSTRY_LABELS = {
  dental: 'Dental practice',
  medical: 'Medical clinic',
  restaurant: 'Restaurant',
  cafe: 'Café and bakery',
  fitness: 'Gym and fitness',
  'beauty-salon': 'Beauty salon and spa',
  landscaping: 'Landscaping and grounds care',
  'home-services': 'Home services and trades',
  construction: 'Construction and remodelling',
  'creative-agency': 'Creative and marketing agency',
  saas: 'Software as a service',
  legal: 'Law firm',
  'accounting-finance': 'Accounting and financial services',
  'real-estate': 'Real estate',
  'retail-ecommerce': 'Retail and e-commerce',
  education: 'Education and training',
  nonprofit: 'Non-profit organisation',
  automotive: 'Automotive services',
  hospitality: 'Hotel and hospitality',
  veterinary: 'Veterinary and pet care',
  photography: 'Photography and video',
  other: 'Other business',
} as const;

export type IndustryKey = keyof typeof INDUSTRY_LABELS;

export const INDUSTRY_KEYS = Object.keys(INDUSTRY_LABELS) as IndustryKey[];

export function isIndustryKey(key: string): key is IndustryKey {
  return Object.hasOwn(INDUSTRY_LABELS, key);
}
