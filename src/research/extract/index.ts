import type { BrandProfile } from '../../schemas/brand-profile.ts';
import type { SiteSnapshot } from '../site-snapshot.ts';
import { extractBriefProfile } from './extract-brief-profile.ts';
import { extractSiteProfile } from './extract-site-profile.ts';

/**
 * The offline brand-research engine: reads a crawled site (or a plain-text brief) and reports
 * what the business says about itself, every value with its sources and a confidence.
 * Pure and deterministic: no clock, no I/O, no randomness; crawled content is only ever parsed.
 *
 * @example
 * const profile = extractBrandProfile(snapshot);
 * profile.name.value; // "Cordata Dental"
 * profile.name.sources[0]; // { kind: 'html', page: 'https://…/', selector: 'title', excerpt: '…' }
 */
export function extractBrandProfile(snapshot: SiteSnapshot): BrandProfile {
  if (snapshot.kind === 'brief') return extractBriefProfile(snapshot);
  return extractSiteProfile(snapshot);
}
