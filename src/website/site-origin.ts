import type { BrandConfig } from '../schemas/brand-config.ts';

/**
 * The site's public origin (`https://example.com`), taken from the brand's website when it is an
 * http(s) URL; null otherwise. Canonical and Open Graph URLs and the sitemap need it, because a
 * relative canonical or sitemap entry is not valid: without an origin they are left out.
 */
export function siteOrigin(config: Pick<BrandConfig, 'website'>): string | null {
  if (!config.website) return null;
  try {
    const url = new URL(config.website);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.username || url.password) return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** The absolute URL of a site path, or null when the origin is unknown. */
export function absoluteUrl(origin: string | null, path: string): string | null {
  return origin === null ? null : `${origin}${path}`;
}

/** A `lang` attribute from the config's locale (`en-US`); `en` when the locale is not a language tag. */
export function siteLang(locale: string): string {
  const tag = locale.replace('_', '-');
  return /^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : 'en';
}

/** An outbound link target: only absolute http(s) URLs without credentials; anything else is dropped. */
export function safeExternalUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.username || url.password) return null;
    return url.href;
  } catch {
    return null;
  }
}
