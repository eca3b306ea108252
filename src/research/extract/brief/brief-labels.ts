/** What a labelled line of a brief ("Phone: …") introduces. */
export type LabelKind =
  | 'name'
  | 'description'
  | 'tagline'
  | 'offerings'
  | 'address'
  | 'contact'
  | 'website'
  | 'competitors'
  | 'goals'
  | 'other';

const LABELS: ReadonlyArray<[LabelKind, RegExp]> = [
  ['name', /^(name|business( name)?|company( name)?|brand( name)?|client|trading as)$/i],
  ['description', /^(description|about( us)?|summary|overview|what we do|who we are|the business)$/i],
  ['tagline', /^(tagline|slogan|motto|strapline)$/i],
  [
    'offerings',
    /^(services?|our services|products?|our products|offerings?|we offer|what we (sell|offer|make)|menu|range|specialit(y|ies)|specialt(y|ies)|treatments?|classes|programs?|programmes?)$/i,
  ],
  [
    'address',
    /^(address|location|locations|city|based in|area|service area|office|head office|shop|store|studio|clinic|premises|where)$/i,
  ],
  [
    'contact',
    /^(contact|contact details|phone|telephone|tel|mobile|call|email|e-mail|sales|enquiries|inquiries)$/i,
  ],
  ['website', /^(website|web|site|url|online)$/i],
  ['competitors', /^((main |key |local |direct )?(competitors?|competition|rivals?))$/i],
  ['goals', /^(goals?|our goals?|objectives?|aims?|priorit(y|ies)|targets?|what we want)$/i],
];

export function labelKind(label: string): LabelKind | null {
  const name = label.trim();
  return LABELS.find(([, pattern]) => pattern.test(name))?.[0] ?? null;
}
