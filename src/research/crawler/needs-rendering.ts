import type { ParsedPage } from './parse-page.ts';

/** Below this much visible text, a page that runs scripts is taken to be assembled by them. */
export const ALMOST_NO_TEXT = 200;
/** An empty app mount point beside this much text is a shell whose content is still to come. */
const SHELL_TEXT = 1_000;

/**
 * Whether a fetched page has to be opened in a browser before it can be read: it runs scripts,
 * and its static HTML shows almost nothing, or little besides an empty element an app mounts on.
 * Pages with real text are read as served, so a static site is crawled without any browser.
 *
 * @example
 * needsRendering(parsePage('<body><div id="app"></div><script src="/app.js"></script></body>', url)); // true
 */
export function needsRendering(page: ParsedPage): boolean {
  if (!page.hasScripts) return false;
  const text = page.visibleText.length;
  return text < ALMOST_NO_TEXT || (page.hasEmptyMountPoint && text < SHELL_TEXT);
}
