import type { BrandProfile } from '../../schemas/brand-profile.ts';
import type { Finding, FoundItem, Source } from '../../schemas/finding.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function where(sources: Source[]): string {
  if (sources.length === 0) return '—';
  return sources
    .slice(0, 2)
    .map((source) => [source.kind, source.page, source.selector].filter(Boolean).join(' · '))
    .join('; ');
}

const sure = (confidence: number) =>
  confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : confidence > 0 ? 'low' : 'unknown';

function row(
  label: string,
  value: string | null,
  finding: { confidence: number; sources: Source[] },
): string {
  return `| ${label} | ${cell(value ?? '_unknown_')} | ${cell(where(finding.sources))} | ${sure(finding.confidence)} |`;
}

function rows<T>(label: string, items: FoundItem<T>[], show: (value: T) => string): string[] {
  if (items.length === 0) return [row(label, null, { confidence: 0, sources: [] })];
  return items.map((item, index) => row(index === 0 ? label : '', show(item.value), item));
}

const scalar = <T>(finding: Finding<T>, show: (value: T) => string) =>
  finding.value === null ? null : show(finding.value);

/** `research/brand-profile.md`: the profile as a reviewer reads it, each value beside its source. */
export function renderBrandProfileMarkdown(profile: BrandProfile): string {
  const text = (value: string) => value;
  const address = (value: {
    street: string | null;
    city: string | null;
    region: string | null;
    postalCode: string | null;
  }) => [value.street, value.city, value.region, value.postalCode].filter(Boolean).join(', ');
  const lines = [
    `# Brand profile: ${profile.name.value ?? 'unknown name'}`,
    '',
    profile.source.kind === 'site'
      ? `Researched from ${profile.source.url} (${profile.source.pages.length} pages read).`
      : 'Researched from a plain-text brief.',
    '',
    '| Field | Value | Source | Confidence |',
    '|---|---|---|---|',
    row('Name', profile.name.value, profile.name),
    row('Tagline', profile.tagline.value, profile.tagline),
    row('Description', profile.description.value, profile.description),
    row(
      'Industry',
      scalar(profile.industry, (industry) => industry.label),
      profile.industry,
    ),
    row('Business model', profile.business_model.value, profile.business_model),
    ...rows('Offerings', profile.offerings, (offering) =>
      offering.price ? `${offering.name} (${offering.price})` : offering.name,
    ),
    ...rows('Value propositions', profile.value_propositions, text),
    ...rows('Phones', profile.contact.phones, text),
    ...rows('Emails', profile.contact.emails, text),
    ...rows('Addresses', profile.contact.addresses, address),
    ...rows('Locations', profile.locations, (location) => location.name ?? address(location.address)),
    ...rows('Social links', profile.social_links, (link) => `${link.platform}: ${link.url}`),
    row(
      'Tone of voice',
      scalar(profile.tone_of_voice, (tone) => `${tone.descriptors.join(', ')} (${tone.formality})`),
      profile.tone_of_voice,
    ),
    ...rows('Colours', profile.colors, (color) => `${color.hex} ${color.role}`),
    ...rows('Fonts', profile.fonts, text),
    row(
      'Logo',
      scalar(profile.logo, (logo) => logo.url),
      profile.logo,
    ),
    row(
      'Years in business',
      scalar(profile.proof.years_in_business, String),
      profile.proof.years_in_business,
    ),
    ...rows('Credentials', profile.proof.credentials, text),
    '',
  ];
  if (profile.proof.testimonials.length > 0) {
    lines.push('## Testimonials', '');
    for (const testimonial of profile.proof.testimonials) {
      lines.push(
        `> ${testimonial.value.quote}`,
        `> — ${testimonial.value.author ?? 'unnamed'} (${where(testimonial.sources)})`,
        '',
      );
    }
  }
  lines.push('## Unknown', '');
  lines.push(
    profile.unknowns.length > 0
      ? `Not found in the source, and not guessed: ${profile.unknowns.join(', ')}.`
      : 'Every field was found in the source.',
    '',
  );
  return lines.join('\n');
}
