import type { SiteSnapshot, SnapshotStylesheet } from '../site-snapshot.ts';
import { classifyPage, type PageKind } from './classify-page.ts';
import { type ParsedPage, parsePage } from './parsed-page.ts';

const MAX_PAGES = 60;

/** Everything the field extractors share: parsed pages (start page first) and the snapshot's styles. */
export interface SiteContext {
  pages: ParsedPage[];
  root: ParsedPage | null;
  rootUrl: string | null;
  /** The year the snapshot was fetched; used instead of a clock for "since 1998" arithmetic. */
  referenceYear: number | null;
  stylesheets: SnapshotStylesheet[];
  /** What each page is for (home, offer, legal, blog…), by page URL. */
  kinds: ReadonlyMap<string, PageKind>;
}

/** The kind of one of the context's pages; a page the context did not classify is `other`. */
export function kindOf(ctx: SiteContext, page: ParsedPage): PageKind {
  return ctx.kinds.get(page.url) ?? 'other';
}

export function buildSiteContext(snapshot: SiteSnapshot): SiteContext {
  const htmlPages = snapshot.pages
    .filter((p) => p.status < 400 && /html|xml|^$/i.test(p.contentType) && p.html.length > 0)
    .slice()
    .sort((a, b) => a.depth - b.depth || a.url.localeCompare(b.url))
    .slice(0, MAX_PAGES);
  const pages = htmlPages.map(parsePage);
  const year = Number.parseInt(snapshot.fetchedAt.slice(0, 4), 10);
  return {
    pages,
    root: pages[0] ?? null,
    rootUrl: snapshot.rootUrl,
    referenceYear: Number.isFinite(year) && year > 1990 ? year : null,
    stylesheets: snapshot.stylesheets,
    kinds: new Map(pages.map((page, index) => [page.url, classifyPage(page, { isRoot: index === 0 })])),
  };
}
