import type { Finding } from '../../schemas/finding.ts';
import { unknown } from '../../schemas/finding.ts';
import { evidence, known } from './evidence.ts';
import { isOrgNode, ldText } from './read-json-ld.ts';
import type { SiteContext } from './site-context.ts';
import { cleanText, clip, normalizeKey, wordCount } from './text-utils.ts';

/** What the site says it is: JSON-LD description, then meta and OpenGraph, then its first real paragraph. */
export function extractDescription(ctx: SiteContext): Finding<string> {
  for (const page of ctx.pages) {
    for (const node of page.jsonLd) {
      const text = ldText(node.data.description);
      if (isOrgNode(node) && text && wordCount(text) >= 4) {
        return known(clip(text, 600), 0.9, [evidence('json-ld', page.url, `${node.path}.description`, text)]);
      }
    }
  }
  const ordered = ctx.root ? [ctx.root, ...ctx.pages.filter((p) => p !== ctx.root)] : ctx.pages;
  for (const [key, kind, selector] of [
    ['description', 'meta', 'meta[name="description"]'],
    ['og:description', 'opengraph', 'meta[property="og:description"]'],
    ['twitter:description', 'meta', 'meta[name="twitter:description"]'],
  ] as const) {
    for (const page of ordered) {
      const text = page.meta.get(key);
      if (text && wordCount(text) >= 3)
        return known(clip(text, 600), 0.85, [evidence(kind, page.url, selector, text)]);
    }
  }
  for (const page of ordered.slice(0, 3)) {
    const { $ } = page;
    const paragraphs = $('p, td')
      .not('nav *, footer *, header *')
      .map((_, el) => cleanText($(el).clone().children('div,table,ul').remove().end().text()))
      .get()
      .filter((text) => wordCount(text) >= 12 && wordCount(text) <= 120);
    // A sentence that defines the business ("X is a ...") beats the first paragraph that merely talks.
    const chosen =
      paragraphs.find(
        (text) =>
          /\b(is|are) (a|an|the)\b/i.test(text) &&
          /\b(company|business|practice|studio|agency|firm|shop|restaurant|serving|service|provider)\b/i.test(
            text,
          ),
      ) ??
      paragraphs.find((text) => /\b(is|are|we|our|offers?|provides?)\b/i.test(text)) ??
      null;
    if (chosen)
      return known(clip(chosen, 600), 0.5, [
        evidence('html', page.url, 'first descriptive paragraph', chosen),
      ]);
  }
  return unknown<string>();
}

const NOT_A_TAGLINE = /^(welcome|about|our |contact|services|menu|home|meet|find us|get in touch|call|book)/i;

/** A short slogan: a hero heading on the start page, or the part of the title that is not the name. */
export function extractTagline(ctx: SiteContext, name: string | null): Finding<string> {
  const nameKey = name ? normalizeKey(name) : '';
  const acceptable = (text: string) => {
    const words = wordCount(text);
    const key = normalizeKey(text);
    return (
      words >= 2 &&
      words <= 12 &&
      text.length <= 90 &&
      key !== nameKey &&
      !NOT_A_TAGLINE.test(text) &&
      !/[|@]/.test(text)
    );
  };
  const root = ctx.root;
  if (root) {
    const { $ } = root;
    const heroes = $(
      '[class*="slogan"], [class*="tagline"], [class*="hero"] h1, [class*="hero"] h2, [class*="banner"] h1, [class*="headline"] h1',
    )
      .add($('h1').first())
      .not('nav *, footer *')
      .map((_, el) => cleanText($(el).text()))
      .get()
      .slice(0, 6);
    const hero = heroes.find(acceptable);
    if (hero) return known(hero, 0.6, [evidence('html', root.url, 'hero heading', hero)]);
    for (const [key, kind] of [
      ['og:title', 'opengraph'],
      ['title', 'html'],
    ] as const) {
      const title = key === 'title' ? root.title : root.meta.get(key);
      if (!title) continue;
      const rest = title
        .split(/\s+[|–—-]\s+/)
        .map(cleanText)
        .find((segment) => acceptable(segment) && !(nameKey && normalizeKey(segment).includes(nameKey)));
      if (rest && title.split(/\s+[|–—-]\s+/).some((s) => nameKey && normalizeKey(s) === nameKey)) {
        return known(rest, 0.4, [
          evidence(kind, root.url, key === 'title' ? 'title' : 'meta[property="og:title"]', title),
        ]);
      }
    }
  }
  return unknown<string>();
}
