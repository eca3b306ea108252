import { type CheerioAPI, load } from 'cheerio';
import { loadHtml } from '../load-html.ts';
import type { SnapshotPage } from '../site-snapshot.ts';
import { type JsonLdNode, readJsonLd } from './read-json-ld.ts';
import { cleanText } from './text-utils.ts';

/** Pages larger than this are truncated: crawled HTML is untrusted and may be hostile in size. */
const MAX_HTML_CHARS = 1_500_000;
const MAX_LINES = 4000;

const BLOCK_TAGS =
  'p,div,section,article,header,footer,nav,aside,main,li,ul,ol,h1,h2,h3,h4,h5,h6,tr,td,th,table,address,blockquote,dd,dt,figcaption,center,form,label,option';

export interface ParsedPage {
  url: string;
  depth: number;
  title: string;
  $: CheerioAPI;
  /** Visible text, one block per line, whitespace collapsed. */
  lines: string[];
  /** `<meta name|property>` values keyed by lowercased name. */
  meta: Map<string, string>;
  jsonLd: JsonLdNode[];
  /** Addresses of the page's external scripts, read before scripts are dropped (shop platforms, payments). */
  scriptSources: string[];
}

/**
 * Parses one crawled page into a DOM with everything executable removed; JSON-LD is read before
 * the scripts are dropped because it is data, not code.
 */
export function parsePage(page: SnapshotPage): ParsedPage {
  const url = page.finalUrl || page.url;
  const $ = loadHtml(page.html.slice(0, MAX_HTML_CHARS));
  const jsonLd = readJsonLd($);
  const scriptSources = $('script[src]')
    .map((_, el) => $(el).attr('src') ?? '')
    .get()
    .filter(Boolean)
    .slice(0, 200);
  $('script,noscript,template,iframe,object,embed,svg,canvas').remove();
  const meta = new Map<string, string>();
  $('meta').each((_, el) => {
    const key = ($(el).attr('name') ?? $(el).attr('property') ?? $(el).attr('itemprop') ?? '').toLowerCase();
    const content = $(el).attr('content');
    if (key && content && !meta.has(key)) meta.set(key, cleanText(content).slice(0, 1000));
  });
  const title = cleanText($('head title').first().text() || $('title').first().text() || page.title || '');
  return { url, depth: page.depth, title, $, lines: visibleLines($), meta, jsonLd, scriptSources };
}

function visibleLines($: CheerioAPI): string[] {
  const body = load($.html() ?? '');
  body('head,style,link,meta,[hidden],[aria-hidden="true"]').remove();
  body('br').replaceWith('\n');
  body(BLOCK_TAGS).each((_, el) => {
    body(el).prepend('\n').append('\n');
  });
  const text = body('body').length ? body('body').text() : body.root().text();
  return text
    .split('\n')
    .map(cleanText)
    .filter((line) => line.length > 0)
    .slice(0, MAX_LINES);
}
