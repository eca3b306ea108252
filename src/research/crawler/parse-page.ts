import { loadHtml } from '../load-html.ts';
import { normaliseUrl } from './normalise-url.ts';

export interface ParsedPage {
  title: string;
  /** Page links in document order, resolved and normalised; may include other sites. */
  links: URL[];
  /** `<link rel="stylesheet">` targets in document order; may include other sites. */
  stylesheets: URL[];
  /** What a reader sees: body text without scripts and styles, whitespace collapsed. */
  visibleText: string;
  /** Whether the page runs JavaScript of its own (data blocks such as JSON-LD do not count). */
  hasScripts: boolean;
  /** Whether the body holds an empty element where front-end frameworks mount their app. */
  hasEmptyMountPoint: boolean;
}

/** The `type` values a browser executes; anything else in a <script> is data. */
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript']);

/** Where React, Vue, Next, Nuxt, Gatsby, Svelte and Angular apps usually attach themselves. */
const MOUNT_POINTS = '#root, #app, #__next, #__nuxt, #___gatsby, #svelte, app-root, [data-reactroot]';

export function parsePage(html: string, pageUrl: string): ParsedPage {
  const $ = loadHtml(html);
  // A <base href> changes what relative links mean for a browser, so it does for us too.
  const base = normaliseUrl($('base[href]').first().attr('href') ?? '', pageUrl) ?? pageUrl;

  const resolveAll = (selector: string, keep: (rel: string) => boolean = () => true): URL[] =>
    $(selector)
      .toArray()
      .filter((element) => keep(($(element).attr('rel') ?? '').toLowerCase()))
      .map((element) => normaliseUrl($(element).attr('href') ?? '', base))
      .filter((url): url is URL => url !== null);

  const title = collapse($('title').first().text());
  const links = resolveAll('a[href], area[href]');
  const stylesheets = resolveAll('link[href]', (rel) => rel.split(/\s+/).includes('stylesheet'));

  const hasScripts = $('script')
    .toArray()
    .some((element) => SCRIPT_TYPES.has(($(element).attr('type') ?? '').trim().toLowerCase()));

  $('script, style, noscript, template').remove();
  const hasEmptyMountPoint = $('body')
    .find(MOUNT_POINTS)
    .toArray()
    .some((element) => collapse($(element).text()) === '');
  const visibleText = collapse($('body').text() || $.root().text());
  return { title, links, stylesheets, visibleText, hasScripts, hasEmptyMountPoint };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
