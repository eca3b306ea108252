import type { BrandImages } from './site-input.ts';

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
};
/** Largest image copied into the site; bigger ones are left out rather than slowing every page. */
export const MAX_IMAGE_BYTES = 512 * 1024;
export const MAX_IMAGES = 6;

export interface BrandAssets {
  files: Array<{ path: string; content: Uint8Array }>;
  /** Site path of the logo, or null for a text wordmark. */
  logo: string | null;
  gallery: Array<{ src: string; alt: string }>;
}

/**
 * The brand's own images as files of the site (never hot-linked): raster types only (an SVG can
 * carry script), each under MAX_IMAGE_BYTES, at most MAX_IMAGES; the rest are skipped.
 */
export function brandAssets(images: BrandImages | undefined, brandName: string): BrandAssets {
  const files: BrandAssets['files'] = [];
  const extension = (type: string) => EXTENSIONS[type.split(';')[0]!.trim().toLowerCase()];
  const fits = (bytes: Uint8Array) => bytes.byteLength > 0 && bytes.byteLength <= MAX_IMAGE_BYTES;
  let logo: string | null = null;
  const logoExtension = images?.logo ? extension(images.logo.contentType) : undefined;
  if (images?.logo && logoExtension && fits(images.logo.bytes)) {
    logo = `/assets/images/logo.${logoExtension}`;
    files.push({ path: logo.slice(1), content: images.logo.bytes });
  }
  const gallery: BrandAssets['gallery'] = [];
  for (const image of images?.images ?? []) {
    const ext = extension(image.contentType);
    if (!ext || !fits(image.bytes) || gallery.length >= MAX_IMAGES) continue;
    const src = `/assets/images/image-${gallery.length + 1}.${ext}`;
    files.push({ path: src.slice(1), content: image.bytes });
    gallery.push({ src, alt: image.alt?.trim() || `A photo from ${brandName}` });
  }
  return { files, logo, gallery };
}
