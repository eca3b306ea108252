/**
 * What the crawler (or a brief file) hands to research: the raw material, fetched once and kept in
 * `research/sources/snapshot.json` so research can be re-run offline. Everything in it is
 * untrusted data from the outside world.
 */
export interface SnapshotPage {
  /** The URL as requested (after normalisation). */
  url: string;
  /** The URL that answered, after redirects. */
  finalUrl: string;
  status: number;
  contentType: string;
  /** Breadth-first depth from the start page (0 = start page). */
  depth: number;
  title: string;
  html: string;
  bytes: number;
  /**
   * True when `html` is the page as its scripts assembled it in a browser, not as the server sent
   * it. Absent for static HTML, and in snapshots made before pages were rendered.
   */
  rendered?: boolean;
}

export interface SnapshotStylesheet {
  url: string;
  css: string;
}

export interface SnapshotSkip {
  url: string;
  reason: string;
}

/** Where downloaded images live, relative to the client directory; their bytes never go in the JSON. */
export const SNAPSHOT_ASSETS_DIR = 'research/sources/assets';

/** One of the brand's own raster images, downloaded from its site so the new site never hot-links. */
export interface SnapshotAsset {
  url: string;
  /** `research/sources/assets/<sha256 prefix>.<ext>`, relative to the client directory. */
  file: string;
  contentType: string;
  bytes: number;
  role: 'logo' | 'image';
  alt: string | null;
}

export interface SiteSnapshot {
  kind: 'site' | 'brief';
  /** Start URL for a site; null for a brief. */
  rootUrl: string | null;
  fetchedAt: string;
  pages: SnapshotPage[];
  stylesheets: SnapshotStylesheet[];
  skipped: SnapshotSkip[];
  robots: { found: boolean; crawlDelaySeconds: number | null };
  sitemapUrls: string[];
  brief: { file: string; text: string } | null;
  /** Absent in snapshots made before images were downloaded, and for briefs. */
  assets?: SnapshotAsset[];
}
