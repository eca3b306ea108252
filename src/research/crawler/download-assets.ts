import { createHash } from 'node:crypto';
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import {
  SNAPSHOT_ASSETS_DIR,
  type SnapshotAsset,
  type SnapshotPage,
  type SnapshotSkip,
} from '../site-snapshot.ts';
import { describeFailure } from './describe-failure.ts';
import type { FetchResult } from './fetch-resource.ts';
import { isSameSite, normaliseUrl } from './normalise-url.ts';

/** Largest image kept; the download is cut off past it. */
export const MAX_ASSET_BYTES = 512 * 1024;
/** A content image smaller than this is an icon, a bullet or a tracking pixel, not a photo. */
const MIN_IMAGE_BYTES = 2 * 1024;
/** Logos can be tiny PNGs; below this it is a pixel. */
const MIN_LOGO_BYTES = 256;
/** A declared width or height under this many pixels marks an icon or a pixel. */
const MIN_DECLARED_SIDE = 48;
/** More candidates than images kept, so the largest can be chosen; still a small, fixed cost. */
const CANDIDATES_PER_IMAGE = 2;
const MAX_LOGO_ATTEMPTS = 3;

/** Raster only: an SVG can carry script, and these are the types every browser shows. */
const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
};
export const IMAGE_ACCEPT = 'image/webp,image/png,image/jpeg,image/gif;q=0.9';

const NOT_A_PHOTO =
  /(^|[^a-z])(icons?|sprites?|pixel|tracking|tracker|spacer|blank|favicon|1x1|badge|emoji|avatar|gravatar|spinner|loader|arrow)([^a-z]|$)/i;
const LOGO = /logo/i;
const SVG = /\.svgz?$/i;

/** Downloaded bytes of one asset, to be written at `file` beside the snapshot. */
export interface AssetFile {
  file: string;
  content: Uint8Array;
}

export interface DownloadedAssets {
  assets: SnapshotAsset[];
  files: AssetFile[];
  skipped: SnapshotSkip[];
}

interface Candidate {
  url: URL;
  alt: string | null;
  logo: boolean;
}

/**
 * Downloads the brand's logo and up to `maxImages` of the images its pages show, so the new site
 * can copy them instead of hot-linking. Same-site raster images only; `fetchImage` is the
 * crawler's guarded fetch (SSRF rules, robots.txt, size and time limits, concurrency) and must
 * refuse anything that is not a wanted image type.
 */
export async function downloadAssets(
  pages: SnapshotPage[],
  site: URL,
  fetchImage: (url: URL) => Promise<FetchResult>,
  maxImages: number,
): Promise<DownloadedAssets> {
  const result: DownloadedAssets = { assets: [], files: [], skipped: [] };
  if (maxImages <= 0) return result;
  const candidates = findCandidates(pages, site);
  const digests = new Set<string>();

  const accept = async (candidate: Candidate, minBytes: number) => {
    const fetched = await fetchImage(candidate.url);
    if (!fetched.ok) {
      const { failure } = fetched;
      const reason =
        failure.kind === 'unwanted-type'
          ? `not a raster image: ${failure.contentType || 'no content type'}`
          : describeFailure(failure);
      result.skipped.push({ url: candidate.url.href, reason });
      return null;
    }
    const extension = extensionOf(fetched.contentType);
    if (!extension) return null;
    if (fetched.body.byteLength < minBytes) {
      result.skipped.push({ url: candidate.url.href, reason: 'too small to be a photo or logo' });
      return null;
    }
    const digest = createHash('sha256').update(fetched.body).digest('hex');
    if (digests.has(digest)) return null;
    digests.add(digest);
    return { candidate, fetched, extension, digest };
  };
  type Accepted = NonNullable<Awaited<ReturnType<typeof accept>>>;
  const record = ({ candidate, fetched, extension, digest }: Accepted, role: SnapshotAsset['role']) => {
    const file = `${SNAPSHOT_ASSETS_DIR}/${digest.slice(0, 16)}.${extension}`;
    result.assets.push({
      url: candidate.url.href,
      file,
      contentType: mediaType(fetched.contentType),
      bytes: fetched.body.byteLength,
      role,
      alt: candidate.alt,
    });
    result.files.push({ file, content: fetched.body });
  };

  // The logo first and alone: the first one that downloads wins.
  for (const candidate of candidates.filter((c) => c.logo).slice(0, MAX_LOGO_ATTEMPTS)) {
    const logo = await accept(candidate, MIN_LOGO_BYTES);
    if (logo) {
      record(logo, 'logo');
      break;
    }
  }

  const photos = candidates.filter((c) => !c.logo).slice(0, maxImages * CANDIDATES_PER_IMAGE);
  const downloaded = await Promise.all(photos.map((candidate) => accept(candidate, MIN_IMAGE_BYTES)));
  // Largest first (the first becomes the hero); ties keep page order, so the result is stable.
  const kept = downloaded
    .map((accepted, index) => ({ accepted, index }))
    .filter((entry): entry is { accepted: Accepted; index: number } => entry.accepted !== null)
    .sort(
      (a, b) => b.accepted.fetched.body.byteLength - a.accepted.fetched.body.byteLength || a.index - b.index,
    )
    .slice(0, maxImages);
  for (const { accepted } of kept) record(accepted, 'image');
  return result;
}

/** Whether a Content-Type is one of the raster types kept. */
export function isWantedImage(contentType: string): boolean {
  return extensionOf(contentType) !== undefined;
}

/** `<img>` elements of the pages, same-site and not obviously icons, logos marked, each URL once. */
function findCandidates(pages: SnapshotPage[], site: URL): Candidate[] {
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const page of pages) {
    const $ = cheerio.load(page.html);
    const base = normaliseUrl($('base[href]').first().attr('href') ?? '', page.finalUrl) ?? page.finalUrl;
    for (const element of $('img[src]').toArray()) {
      const url = normaliseUrl(element.attribs.src ?? '', base);
      if (!url || seen.has(url.href) || !isSameSite(url, site) || SVG.test(url.pathname)) continue;
      seen.add(url.href);
      const logo = isLogo(element);
      if (!logo && (NOT_A_PHOTO.test(url.pathname) || declaredTiny(element))) continue;
      if (logo && declaredSide(element, 'width') === 1) continue;
      const alt = (element.attribs.alt ?? '').replace(/\s+/g, ' ').trim();
      candidates.push({ url, alt: alt || null, logo });
    }
  }
  return candidates;
}

/** A logo says so in its own attributes or in its parent's (`<a class="logo"><img></a>`). */
function isLogo(element: Element): boolean {
  const own = ['class', 'id', 'alt', 'src'].map((name) => element.attribs[name] ?? '');
  const parent = element.parent && 'attribs' in element.parent ? (element.parent as Element).attribs : {};
  return [...own, parent.class ?? '', parent.id ?? ''].some((value) => LOGO.test(value));
}

function declaredTiny(element: Element): boolean {
  return [declaredSide(element, 'width'), declaredSide(element, 'height')].some(
    (side) => side !== null && side < MIN_DECLARED_SIDE,
  );
}

function declaredSide(element: Element, name: 'width' | 'height'): number | null {
  const value = Number.parseInt(element.attribs[name] ?? '', 10);
  return Number.isFinite(value) ? value : null;
}

function extensionOf(contentType: string): string | undefined {
  return EXTENSIONS[mediaType(contentType)];
}

function mediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}
