import { escapeHtml as esc } from '../proposal/escape-html.ts';
import type { PreparedImages } from './prepare-images.ts';
import type { SiteLogo, SitePicture } from './site-picture.ts';

export const MAX_IMAGES = 6;
/** The width a browser without srcset support gets. */
const FALLBACK_WIDTH = 960;

export interface BrandAssets {
  files: Array<{ path: string; content: Uint8Array }>;
  /** The copied logo, or null for a text wordmark. */
  logo: SiteLogo | null;
  pictures: SitePicture[];
  /** The logo's colours, most area first. */
  palette: string[];
}

const EXTENSION = { 'image/webp': 'webp', 'image/jpeg': 'jpg', 'image/png': 'png' } as const;

/**
 * The brand's own images as files of the site (never hot-linked), from the sizes prepareBrandImages
 * made: the logo, and at most MAX_IMAGES photos each at every width in WebP and JPEG.
 */
export function brandAssets(images: PreparedImages | undefined, brandName: string): BrandAssets {
  const files: BrandAssets['files'] = [];
  let logo: SiteLogo | null = null;
  if (images?.logo) {
    const { variant } = images.logo;
    const src = `/assets/images/logo.${EXTENSION[variant.type]}`;
    files.push({ path: src.slice(1), content: variant.bytes });
    logo = { src, width: images.logo.width, height: images.logo.height };
  }
  const pictures: SitePicture[] = [];
  for (const [index, photo] of (images?.photos ?? []).slice(0, MAX_IMAGES).entries()) {
    const sources: SitePicture['sources'] = [];
    let src = '';
    let fallbackDistance = Number.POSITIVE_INFINITY;
    for (const type of ['image/webp', 'image/jpeg'] as const) {
      const entries: string[] = [];
      for (const variant of photo.variants.filter((candidate) => candidate.type === type)) {
        const path = `/assets/images/photo-${index + 1}-${variant.width}.${EXTENSION[type]}`;
        files.push({ path: path.slice(1), content: variant.bytes });
        entries.push(`${path} ${variant.width}w`);
        const distance = Math.abs(variant.width - FALLBACK_WIDTH);
        if (type === 'image/jpeg' && distance < fallbackDistance) {
          src = path;
          fallbackDistance = distance;
        }
      }
      if (entries.length > 0) sources.push({ type, srcset: entries.join(', ') });
    }
    if (!src) continue;
    pictures.push({
      alt: photo.alt?.replace(/\s+/g, ' ').trim() || `A photo from ${brandName}`,
      width: photo.width,
      height: photo.height,
      src,
      sources,
    });
  }
  return { files, logo, pictures, palette: images?.logo?.palette ?? [] };
}

/**
 * A `<picture>` with WebP and JPEG at every width, its intrinsic size (no layout shift) and
 * `sizes` for where it is drawn; `priority` for the page's largest image (no lazy loading).
 */
export function renderPicture(picture: SitePicture, sizes: string, priority = false): string {
  const sources = picture.sources
    .map((source) => `<source type="${source.type}" srcset="${esc(source.srcset)}" sizes="${esc(sizes)}">`)
    .join('');
  const loading = priority ? 'fetchpriority="high"' : 'loading="lazy"';
  return `<picture>${sources}<img src="${esc(picture.src)}" alt="${esc(picture.alt)}" width="${picture.width}" height="${picture.height}" ${loading} decoding="async"></picture>`;
}
