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
  /^(home|homepage|home page|welcome|index|about|about us|contact|contact us|services|blog|menu|gallery|news|main|default|untitled|page|official site|official website|website)$/i;

/** Removes the courtesy words that sites wrap around their name. */
export function cleanName(raw: string): string {
  return cleanText(raw)
    .replace(/^(welcome to( the)?|home( page)?\s*[-|:]|about)\s+/i, '')
    .replace(/\s*[-|:]\s*(home|homepage|home page|official site|official website)$/i, '')
    .replace(/\s+(home|homepage)$/i, '')
    .replace(/[.!]+$/, '')
    .trim();
}

function plausibleName(value: string): boolean {
  return value.length >= 2 && value.length <= 60 && wordCount(value) <= 7 && !GENERIC_SEGMENT.test(value);
}

/**
 * The business name, strongest evidence first: JSON-LD organisation name, og:site_name, then a
 * vote between title segments shared across pages, the logo's alt text, header brand text and the
 * copyright line, falling back to the domain.
 */
export function extractName(ctx: SiteContext): Finding<string> {
  for (const page of ctx.pages) {
    for (const node of page.jsonLd) {
      const name = ldText(node.data.name);
      if (isOrgNode(node) && name && plausibleName(cleanName(name))) {
        return known(cleanName(name), 0.95, [evidence('json-ld', page.url, `${node.path}.name`, name)]);
      }
    }
  }
  for (const page of ctx.pages) {
    const site = page.meta.get('og:site_name');
    if (site && plausibleName(cleanName(site))) {
      return known(cleanName(site), 0.9, [
        evidence('opengraph', page.url, 'meta[property="og:site_name"]', site),
      ]);
    }
  }
  const candidates = new Map<string, Candidate>();
  const add = (raw: string, score: number, source: Source) => {
    const value = cleanName(raw);
    if (!plausibleName(value)) return;
    const key = normalizeKey(value);
    if (!key) return;
    const existing = candidates.get(key);
    if (existing) {
      existing.score += score;
      if (existing.sources.length < 4) existing.sources.push(source);
    } else candidates.set(key, { value, score, sources: [source] });
  };

  const titled = ctx.pages.filter((p) => p.title);
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
    const firstPage = entry.pages[0] ?? '';
    add(entry.raw, titled.length > 1 ? share * 2 : 0.6, evidence('html', firstPage, 'title', entry.raw));
  }

  for (const page of ctx.pages.slice(0, 10)) {
    const { $ } = page;
    $('img').each((_, el) => {
      const img = $(el);
      const hint = `${img.attr('class') ?? ''} ${img.attr('id') ?? ''} ${img.attr('src') ?? ''} ${img.parent().attr('class') ?? ''}`;
      const alt = img.attr('alt') ?? '';
      if (/logo|brand/i.test(hint) && alt && !/^(logo|site logo|header logo|brand)$/i.test(alt.trim())) {
        add(alt.replace(/\blogo\b/i, ''), 1.2, evidence('html', page.url, 'img[logo] @alt', alt));
      }
    });
    $('[class*="logo"],[class*="brand"],[id*="logo"]')
      .not('img')
      .each((_, el) => {
        const text = cleanText($(el).text());
        if (text && text.length <= 50) add(text, 1.2, evidence('html', page.url, '.logo text', text));
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
        if (owner) add(titleCase(owner), 0.8, evidence('text', page.url, 'copyright', line));
      }
    }
  }

  // A candidate the body text keeps repeating is far likelier the brand than an SEO phrase.
  const body = ctx.pages
    .slice(0, 10)
    .map((p) => p.lines.join(' '))
    .join(' ')
    .toLowerCase();
  for (const candidate of candidates.values()) {
    const mentions = body.split(candidate.value.toLowerCase()).length - 1;
    candidate.score += Math.min(1, mentions / 5);
    const host = hostOf(ctx);
    if (host?.includes(normalizeKey(candidate.value).replace(/ /g, ''))) candidate.score += 1;
  }

  const best = [...candidates.values()].sort(
    (a, b) => b.score - a.score || a.value.length - b.value.length,
  )[0];
  if (best && best.score >= 1) {
    return known(best.value, Math.min(0.85, 0.35 + best.score / 6), best.sources);
  }
  const host = hostOf(ctx);
  if (host) {
    const label = host.split('.')[0] ?? host;
    return known(label, 0.3, [evidence('url', ctx.rootUrl ?? '', 'hostname', host)]);
  }
  return unknown<string>();
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
