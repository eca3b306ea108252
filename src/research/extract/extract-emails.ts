import type { FoundItem, Source } from '../../schemas/finding.ts';
import { evidence, found } from './evidence.ts';
import { mergeFound } from './merge-found.ts';
import { ldText } from './read-json-ld.ts';
import { kindOf, type SiteContext } from './site-context.ts';

const EMAIL = /(?<![\w.%+-])[a-z0-9][a-z0-9._%+-]{0,63}@(?:[a-z0-9-]+\.)+[a-z]{2,24}(?![\w-])/gi;
/** Asset names like logo@2x.png look like addresses to a regex. */
const ASSET_TLD = /\.(png|jpe?g|gif|svg|webp|avif|ico|css|js|mp4|webm|woff2?|ttf)$/i;
/** Placeholder and tooling domains: template leftovers, error trackers, site-builder internals. */
const PLACEHOLDER_DOMAIN =
  /(^|\.)(example\.(com|org|net)|domain\.com|yourdomain\.com|yoursite\.com|email\.com|test\.com|sentry\.io|sentry-next\.wixpress\.com|wixpress\.com|wix\.com|sentry\.wixpress\.com|ingest\.sentry\.io|godaddy\.com|squarespace\.com)$/i;
const PLACEHOLDER_LOCAL =
  /^(you|your|name|yourname|user|username|email|john\.?doe|jane\.?doe|first\.?last|someone|me)$/i;

export function isPlausibleEmail(address: string): boolean {
  const [local = '', domain = ''] = address.toLowerCase().split('@');
  if (!local || !domain || ASSET_TLD.test(address)) return false;
  if (PLACEHOLDER_DOMAIN.test(domain) || PLACEHOLDER_LOCAL.test(local)) return false;
  // Long hex local parts are error-tracker keys, not mailboxes.
  if (/^[0-9a-f]{16,}$/.test(local)) return false;
  return !/\.\./.test(address);
}

export function findEmailsInText(text: string, makeSource: (excerpt: string) => Source): FoundItem<string>[] {
  const out: FoundItem<string>[] = [];
  for (const match of text.matchAll(EMAIL)) {
    const address = match[0].replace(/\.$/, '').toLowerCase();
    if (isPlausibleEmail(address)) out.push(found(address, 0.75, [makeSource(text)]));
  }
  return out;
}

export function extractEmails(ctx: SiteContext): FoundItem<string>[] {
  const items: FoundItem<string>[] = [];
  for (const page of ctx.pages) {
    const { $ } = page;
    $('a[href^="mailto:"], a[href^="MAILTO:"]').each((_, el) => {
      const href = $(el).attr('href') ?? '';
      const address = decodeSafe(href.slice(7).split('?')[0] ?? '')
        .trim()
        .toLowerCase();
      if (/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(address) && isPlausibleEmail(address)) {
        items.push(found(address, 0.95, [evidence('html', page.url, 'a[href^="mailto:"]', href)]));
      }
    });
    for (const node of page.jsonLd) {
      const email = ldText(node.data.email)
        ?.replace(/^mailto:/i, '')
        .toLowerCase();
      if (email && /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/.test(email) && isPlausibleEmail(email)) {
        items.push(found(email, 0.95, [evidence('json-ld', page.url, `${node.path}.email`, email)]));
      }
    }
    // An address quoted in an article is someone else's; a legal page's is rarely the one to write to.
    const kind = kindOf(ctx, page);
    if (kind === 'blog') continue;
    page.lines.forEach((line, i) => {
      const inText = findEmailsInText(line, (excerpt) =>
        evidence('text', page.url, `line ${i + 1}`, excerpt),
      );
      items.push(
        ...(kind === 'legal'
          ? inText.map((item) => ({ ...item, confidence: item.confidence - 0.2 }))
          : inText),
      );
    });
  }
  return mergeFound(items, (email) => email).slice(0, 5);
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
