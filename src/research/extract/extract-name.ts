import nlp from 'compromise';
import type { Finding, Source } from '../../schemas/finding.ts';
import { unknown } from '../../schemas/finding.ts';
import { evidence, known } from './evidence.ts';
import { isOrgNode, ldText } from './read-json-ld.ts';
import type { SiteContext } from './site-context.ts';
import { cleanText, normalizeKey, titleCase, wordCount } from './text-utils.ts';

interface Candidate {
  value: string;
  score: number;
  sources: Source[];
}

const TITLE_SEPARATORS = /\s+[|–—\-~»·•]\s+|:\s+|\s*[|–—~»·•]\s*|^\s*[~|-]\s*/;
const GENERIC_SEGMENT =
  /^(home|homepage|home page|welcome|index|about|about us|contact|contact us|services|blog|menu|gallery|news|main|default|untitled|page|official site|official website|website|shop|store|online shop|online store|products|all products|collections?|catalog(?:ue)?)$/i;

/** Removes the courtesy words that sites wrap around their name. */
export function cleanName(raw: string): string {
  return (
    cleanText(raw)
      .replace(/^(welcome to( the)?|home( page)?\s*[-|:]|about)\s+/i, '')
      .replace(/\s*[-|:]\s*(home|homepage|home page|official site|official website)$/i, '')
      .replace(/\s+(home|homepage)$/i, '')
      // Separators left at either end of a title segment ("Gateway Chiropractic :").
      .replace(/^[\s|:–—~»·•-]+|[\s|:–—~»·•,-]+$/g, '')
      // "Tea Co." keeps its abbreviation; other closing stops go.
      .replace(/(?<!\b(?:Co|Inc|Ltd|Corp|Bros|Jr|Sr))[.!]+$/, '')
      .trim()
  );
}

function plausibleName(value: string): boolean {
  return (
    value.length >= 2 &&
    value.length <= 60 &&
    wordCount(value) <= 7 &&
    /\p{L}.*\p{L}/u.test(value) &&
    !GENERIC_SEGMENT.test(value)
  );
}

/** How much each kind of source says about the name, counted once per candidate and kind. */
const WEIGHTS = {
  // Structured data declares the organisation; og:site_name often carries a longer marketing form.
  'json-ld': 3.5,
  'og:site_name': 3,
  'application-name': 1.5,
  logo: 1.2,
  header: 1,
  copyright: 1,
} as const;

/**
 * The business name by agreement of its sources: Organization/LocalBusiness data, og:site_name,
 * title segments shared across pages, the logo's alt text, the header's brand text and the
 * copyright line each vote once, weighted by how much they usually say; the body repeating a
 * candidate and the domain containing it add to its score. Job titles ("Attorney at Law"), calls to
 * action ("Explore Glebe") and a logo's initials lose to the name they stand beside. Falls back to
 * the domain.
 */
export function extractName(ctx: SiteContext): Finding<string> {
  const candidates = new Map<string, Candidate & { kinds: Map<string, number> }>();
  const add = (raw: string, kind: string, weight: number, source: Source) => {
    const value = cleanName(raw);
    if (!plausibleName(value)) return;
    const key = normalizeKey(value);
    if (!key) return;
    const entry = candidates.get(key) ?? {
      value,
      score: 0,
      sources: [] as Source[],
      kinds: new Map<string, number>(),
    };
    entry.kinds.set(kind, Math.max(entry.kinds.get(kind) ?? 0, weight));
    if (entry.sources.length < 4) entry.sources.push(source);
    candidates.set(key, entry);
  };

  for (const page of ctx.pages) {
    for (const node of page.jsonLd) {
      const name = ldText(node.data.name);
      if (isOrgNode(node) && name)
        add(name, 'json-ld', WEIGHTS['json-ld'], evidence('json-ld', page.url, `${node.path}.name`, name));
    }
    for (const key of ['og:site_name', 'application-name'] as const) {
      const site = page.meta.get(key);
      if (site) add(site, key, WEIGHTS[key], evidence('opengraph', page.url, `meta[${key}]`, site));
    }
  }

  const titled = ctx.pages.filter((p) => p.title);
  // A title that is one segment on a one-page site is all the site says about its name.
  const singleTitle =
    titled.length === 1 &&
    titled[0]!.title.split(TITLE_SEPARATORS).filter((part) => cleanText(part)).length === 1;
  const segmentPages = new Map<string, { raw: string; pages: string[] }>();
  for (const page of titled) {
    const seen = new Set<string>();
    for (const segment of page.title.split(TITLE_SEPARATORS).map(cleanText)) {
      const key = normalizeKey(cleanName(segment));
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const entry = segmentPages.get(key) ?? { raw: segment, pages: [] };
      entry.pages.push(page.url);
      segmentPages.set(key, entry);
    }
  }
  for (const [, entry] of segmentPages) {
    const share = entry.pages.length / Math.max(1, titled.length);
    add(
      entry.raw,
      'title',
      titled.length > 1 ? share * 2 : singleTitle ? 1 : 0.8,
      evidence('html', entry.pages[0] ?? '', 'title', entry.raw),
    );
  }

  for (const page of ctx.pages.slice(0, 10)) {
    const { $ } = page;
    $('img').each((_, el) => {
      const img = $(el);
      const hint = `${img.attr('class') ?? ''} ${img.attr('id') ?? ''} ${img.attr('src') ?? ''} ${img.parent().attr('class') ?? ''}`;
      const alt = img.attr('alt') ?? '';
      if (/logo|brand/i.test(hint) && alt && !/^(logo|site logo|header logo|brand)$/i.test(alt.trim())) {
        add(
          alt.replace(/\blogo\b/i, ''),
          'logo',
          WEIGHTS.logo,
          evidence('html', page.url, 'img[logo] @alt', alt),
        );
      }
    });
    $('[class*="logo"],[class*="brand"],[id*="logo"]')
      .not('img')
      .each((_, el) => {
        const text = cleanText($(el).text());
        if (text && text.length <= 50)
          add(text, 'header', WEIGHTS.header, evidence('html', page.url, '.logo text', text));
      });
    for (const line of page.lines) {
      const match = line.match(
        /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{2,4})?)?\s*(?:by\s+)?([^.|©]{2,60})/i,
      );
      if (match?.[1]) {
        const owner = match[1]
          .replace(/all rights reserved.*$/i, '')
          .replace(/\b(inc|llc|ltd|co)\b\.?$/i, '')
          .replace(/[,.\s]+$/, '');
        if (owner)
          add(
            titleCase(owner),
            'copyright',
            WEIGHTS.copyright,
            evidence('text', page.url, 'copyright', line),
          );
      }
    }
  }

  const body = ctx.pages
    .slice(0, 10)
    .map((p) => p.lines.join(' '))
    .join(' ')
    .toLowerCase();
  const host = hostOf(ctx);
  const all = [...candidates.values()];
  for (const candidate of all) {
    candidate.score = [...candidate.kinds.values()].reduce((sum, weight) => sum + weight, 0);
    // Agreement between kinds of source says more than one kind repeated.
    candidate.score += 0.3 * (candidate.kinds.size - 1);
    const mentions = body.split(candidate.value.toLowerCase()).length - 1;
    candidate.score += Math.min(1, mentions / 5);
    const compact = normalizeKey(candidate.value).replace(/ /g, '');
    if (host && compact.length >= 3 && host.replace(/[^a-z0-9]/g, '').includes(compact)) candidate.score += 1;
    if (notAName(candidate.value)) candidate.score -= 1.5;
    // Names are written with capitals ("Fernhill Pottery"); "Handmade stoneware" is a phrase.
    if (isSentenceCase(candidate.value)) candidate.score -= 0.4;
    if (all.some((other) => other !== candidate && isInitialsOf(candidate.value, other.value)))
      candidate.score -= 2;
  }

  const [best, second] = all.sort((a, b) => b.score - a.score || a.value.length - b.value.length);
  // A weak but clear winner (one page, one title) is still better than the domain.
  const clear = best !== undefined && best.score >= 0.6 && best.score - (second?.score ?? 0) >= 0.2;
  if (best && (best.score >= 1 || clear)) {
    return known(best.value, Math.min(0.95, 0.35 + best.score / 6), best.sources);
  }
  if (host) {
    const label = host.split('.')[0] ?? host;
    return known(label, 0.3, [evidence('url', ctx.rootUrl ?? '', 'hostname', host)]);
  }
  return unknown<string>();
}

/** A job title or an invitation reads like a name in a title bar but names no one. */
function notAName(value: string): boolean {
  const doc = nlp(value);
  const first = doc.terms().first();
  if (first.has('#Verb') && !first.has('#Noun')) return true;
  // "Attorney at Law", "Electrician": a person's role, with no proper name of its own.
  return doc.has('#Actor') && !doc.has('#Person') && !doc.has('#Organization');
}

/** Two or more words where a word after the first starts in lower case and is not a small word. */
function isSentenceCase(value: string): boolean {
  const words = value.split(/\s+/);
  return (
    words.length >= 2 &&
    /^\p{Lu}/u.test(words[0] ?? '') &&
    words.slice(1).some((word) => /^\p{Ll}/u.test(word) && !SMALL_WORDS.has(word.toLowerCase()))
  );
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'de',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'von',
  'van',
  'la',
  'le',
  'du',
  'da',
  'y',
  'e',
  'et',
  'und',
]);

/** "VH" beside "Verona House": a logo's monogram. */
function isInitialsOf(short: string, long: string): boolean {
  const letters = short.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters.length > 4 || short.includes(' ')) return false;
  const initials = long
    .split(/\s+/)
    .map((word) => word[0] ?? '')
    .join('');
  return initials.toLowerCase().startsWith(letters.toLowerCase());
}

function hostOf(ctx: SiteContext): string | null {
  const url = ctx.rootUrl ?? ctx.root?.url;
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return /^[\d.]+$|^localhost$/.test(host) ? null : host;
  } catch {
    return null;
  }
}
