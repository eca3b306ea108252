import * as cheerio from 'cheerio';

/** The text a visitor would read on a page: scripts, styles and hidden templates removed, whitespace folded. */
export function pageText(html: string, maxChars = 20_000): string {
  const $ = cheerio.load(html);
  $('script, style, noscript, template, svg, iframe').remove();
  const text = $('body').length > 0 ? $('body').text() : $.root().text();
  return text.replace(/\s+/g, ' ').trim().slice(0, maxChars);
}

/** The JSON-LD blocks of a page, as raw text (parsed by whoever needs them). */
export function jsonLdBlocks(html: string): string[] {
  const $ = cheerio.load(html);
  return $('script[type="application/ld+json"]')
    .map((_index, element) => $(element).text().trim())
    .get()
    .filter((text) => text.length > 0);
}
