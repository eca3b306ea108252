/**
 * The polite crawler: turns a website (or a brief file) into the SiteSnapshot research works from.
 * Pages assembled by JavaScript are read in a headless chromium when one is installed.
 */
export type { CrawlOptions, CrawlProgressEvent } from './crawl-options.ts';
export { DEFAULT_CRAWL_OPTIONS } from './crawl-options.ts';
export { type CrawlDependencies, type CrawledSite, crawlSite } from './crawl-site.ts';
export type { ResolvedAddress, ResolveHost } from './create-guarded-agent.ts';
export type { AssetFile } from './download-assets.ts';
export { isPublicAddress } from './is-public-address.ts';
export { MAX_BRIEF_BYTES, readBrief } from './read-brief.ts';
