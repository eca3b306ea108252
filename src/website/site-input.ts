import type { AdCopy } from '../schemas/ad-copy.ts';
import type { BrandConfig } from '../schemas/brand-config.ts';
import type { BrandProfile } from '../schemas/brand-profile.ts';
import type { CreativePlan } from '../schemas/creative-brief.ts';
import type { PreparedImages } from './prepare-images.ts';

/** An image the brand owns, already downloaded (the site never hot-links). */
export interface BrandImage {
  bytes: Uint8Array;
  contentType: string;
}

/** The brand's own images when research has copied them; none means a text wordmark. */
export interface BrandImages {
  logo?: BrandImage;
  images: Array<BrandImage & { alt: string | null }>;
}

/** Everything the website is built from. Brand text in it came from the web and is untrusted. */
export interface SiteInput {
  config: BrandConfig;
  profile: BrandProfile | null;
  creative?: CreativePlan | null;
  adCopy?: AdCopy | null;
  /** The brand's images, sized by prepareBrandImages (async, so done before the pure build). */
  images?: PreparedImages;
}

/** One file of the static site, its path relative to `website/`. */
export interface SiteFile {
  path: string;
  content: string | Uint8Array;
}
