import type { BrandProfile } from '../../schemas/brand-profile.ts';
import type { BrandResearchInput } from './distill.ts';

const fold = (text: string) => text.toLowerCase().replace(/[^a-z0-9@.]+/g, '');

/** Catches invented facts: every contact detail and the name must occur in what was crawled. */
export function validateBrandProfile(profile: BrandProfile, input: BrandResearchInput): string[] {
  const raw = [
    ...input.pages.flatMap((page) => [page.html, page.finalUrl, page.url]),
    input.brief?.text ?? '',
    input.rootUrl ?? '',
  ].join('\n');
  const digits = raw.replace(/\D+/g, '');
  const folded = fold(raw.replace(/&amp;/g, '&'));
  const problems: string[] = [];

  for (const phone of profile.contact.phones) {
    const phoneDigits = phone.value.replace(/\D+/g, '');
    const national = phoneDigits.length > 10 ? phoneDigits.slice(-10) : phoneDigits;
    if (national.length < 7 || !digits.includes(national)) {
      problems.push(`phone "${phone.value}" does not occur in the source`);
    }
  }
  for (const email of profile.contact.emails) {
    if (!raw.toLowerCase().includes(email.value.toLowerCase())) {
      problems.push(`email "${email.value}" does not occur in the source`);
    }
  }
  if (profile.name.value && !folded.includes(fold(profile.name.value))) {
    problems.push(`name "${profile.name.value}" does not occur in the source`);
  }
  const pages = new Set(['brief', ...input.pages.flatMap((page) => [page.url, page.finalUrl])]);
  if (input.rootUrl) pages.add(input.rootUrl);
  const foreign = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (Array.isArray(record.sources)) {
        for (const source of record.sources as { page?: string }[]) {
          if (source.page && !pages.has(source.page) && !source.page.startsWith(input.rootUrl ?? '\0'))
            foreign.add(source.page);
        }
      }
      Object.values(record).forEach(visit);
    }
  };
  visit(profile);
  for (const page of foreign) problems.push(`a source cites page "${page}", which was not crawled`);
  return problems;
}
