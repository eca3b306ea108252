import sharp from 'sharp';
import type { BrandImages } from './site-input.ts';

/** Widths each photo is offered at; a photo is never enlarged past its own width. */
export const PHOTO_WIDTHS = [480, 960, 1440] as const;
/** The logo is drawn at most 3rem (48 px) high; twice that covers high-density screens. */
const LOGO_HEIGHT = 96;
/** A photo narrower than this is an icon or a thumbnail, not something to put in a hero. */
const MIN_PHOTO_WIDTH = 320;

export interface ImageVariant {
  width: number;
  height: number;
  type: 'image/webp' | 'image/jpeg' | 'image/png';
  bytes: Uint8Array;
}

export interface PreparedLogo {
  width: number;
  height: number;
  variant: ImageVariant;
  /** Its chromatic colours, most area first, as #rrggbb (see logoPalette). */
  palette: string[];
}

export interface PreparedPhoto {
  alt: string | null;
  width: number;
  height: number;
  variants: ImageVariant[];
}

/** The brand's images made ready for the web: sized, compressed, their dimensions known. */
export interface PreparedImages {
  logo: PreparedLogo | null;
  photos: PreparedPhoto[];
}

/**
 * Decodes the brand's downloaded images with sharp and writes the sizes the site serves: each
 * photo as WebP and JPEG at PHOTO_WIDTHS (up to its own width), the logo as WebP at twice its
 * drawn height with its colours read from its pixels. An image sharp cannot decode, or a photo too
 * small for the page, is left out.
 */
export async function prepareBrandImages(images: BrandImages | undefined): Promise<PreparedImages> {
  const logo = images?.logo ? await prepareLogo(images.logo.bytes) : null;
  const photos: PreparedPhoto[] = [];
  for (const image of images?.images ?? []) {
    const photo = await preparePhoto(image.bytes, image.alt);
    if (photo) photos.push(photo);
  }
  return { logo, photos };
}

async function prepareLogo(bytes: Uint8Array): Promise<PreparedLogo | null> {
  try {
    const source = sharp(bytes, { failOn: 'error' });
    const meta = await source.metadata();
    if (!meta.width || !meta.height) return null;
    const height = Math.min(LOGO_HEIGHT, meta.height);
    const { data, info } = await sharp(bytes)
      .resize({ height, withoutEnlargement: true })
      .webp({ quality: 90, alphaQuality: 100, effort: 4 })
      .toBuffer({ resolveWithObject: true });
    return {
      width: info.width,
      height: info.height,
      variant: { width: info.width, height: info.height, type: 'image/webp', bytes: new Uint8Array(data) },
      palette: await logoPalette(bytes),
    };
  } catch {
    return null;
  }
}

async function preparePhoto(bytes: Uint8Array, alt: string | null): Promise<PreparedPhoto | null> {
  try {
    // rotate() applies the camera's orientation, so width and height are the ones shown.
    const meta = await sharp(bytes, { failOn: 'error' }).rotate().metadata();
    const oriented = (meta.orientation ?? 1) >= 5;
    const width = oriented ? meta.height : meta.width;
    const height = oriented ? meta.width : meta.height;
    if (!width || !height || width < MIN_PHOTO_WIDTH) return null;
    const widths = [...new Set(PHOTO_WIDTHS.map((w) => Math.min(w, width)))];
    const variants: ImageVariant[] = [];
    for (const target of widths) {
      const resized = sharp(bytes).rotate().resize({ width: target, withoutEnlargement: true });
      for (const type of ['image/webp', 'image/jpeg'] as const) {
        const encoder =
          type === 'image/webp'
            ? resized.clone().webp({ quality: 72, effort: 4 })
            : resized.clone().flatten({ background: '#ffffff' }).jpeg({ quality: 76, mozjpeg: true });
        const { data, info } = await encoder.toBuffer({ resolveWithObject: true });
        variants.push({ width: info.width, height: info.height, type, bytes: new Uint8Array(data) });
      }
    }
    return { alt, width, height, variants };
  } catch {
    return null;
  }
}

/**
 * The logo's chromatic colours by the area they cover: opaque pixels only, greys, near-white and
 * near-black left out (they are the logo's ground or its lettering, not the brand's hue), similar
 * shades pooled in 32-level buckets and the bucket's mean taken, at most four colours, each
 * covering at least 4% of the colourful area.
 */
export async function logoPalette(bytes: Uint8Array): Promise<string[]> {
  const { data, info } = await sharp(bytes)
    .resize({ width: 96, height: 96, fit: 'inside', withoutEnlargement: true })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const buckets = new Map<number, { n: number; r: number; g: number; b: number }>();
  let total = 0;
  for (let i = 0; i + 3 < data.length; i += info.channels) {
    const r = data[i]!;
    const g = data[i + 1]!;
    const b = data[i + 2]!;
    if (data[i + 3]! < 200) continue;
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    const lightness = (max + min) / 510;
    const saturation = max === min ? 0 : (max - min) / (255 - Math.abs(max + min - 255));
    if (saturation < 0.25 || lightness < 0.12 || lightness > 0.92) continue;
    const key = ((r >> 5) << 6) | ((g >> 5) << 3) | (b >> 5);
    const bucket = buckets.get(key) ?? { n: 0, r: 0, g: 0, b: 0 };
    bucket.n += 1;
    bucket.r += r;
    bucket.g += g;
    bucket.b += b;
    buckets.set(key, bucket);
    total += 1;
  }
  const hex = (value: number) => Math.round(value).toString(16).padStart(2, '0');
  return [...buckets.entries()]
    .filter(([, bucket]) => bucket.n / Math.max(total, 1) >= 0.04)
    .sort((a, b) => b[1].n - a[1].n || a[0] - b[0])
    .slice(0, 4)
    .map(([, { n, r, g, b }]) => `#${hex(r / n)}${hex(g / n)}${hex(b / n)}`);
}
