import type { FoundItem, Source } from '../../schemas/finding.ts';
import { evidence, found } from './evidence.ts';
import { mergeFound } from './merge-found.ts';
import { isOrgNode, ldText } from './read-json-ld.ts';
import type { SiteContext } from './site-context.ts';

/** North American numbers written the ways people write them: (360) 647-0525, 360.647.0525, +1 360 647 0525. */
const US_PHONE =
  /(?<![\d$€£#/.,-])(?:\+?1[\s.-]?)?(\(\s*[2-9]\d{2}\s*\)\s*|[2-9]\d{2}[\s.-])([2-9]\d{2})[\s.-](\d{4})(?![\d-]|\.\d)/g;
/** International numbers need their leading + to be told apart from order numbers and dates. */
const INTL_PHONE = /(?<![\d\w])\+(?!1\b)(\d{1,3})[\s.-]?(\(?\d{1,5}\)?(?:[\s.-]?\d{2,5}){1,4})(?!\d)/g;
const FAX_BEFORE = /(fax|\bf)\s*[:.]?\s*$/i;

/** Formats a phone for display while keeping every digit recoverable. */
export function formatPhone(raw: string): string | null {
  const digits = raw.replace(/\D/g, '');
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  if (national.length === 10 && /^[2-9]\d{2}[2-9]/.test(national)) {
    return `(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`;
  }
  if (raw.trim().startsWith('+') && digits.length >= 8 && digits.length <= 15) {
    return `+${digits}`;
  }
  return null;
}

export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

/** Finds phone numbers in free text, rejecting fax lines and number shapes that are really prices or dates. */
export function findPhonesInText(text: string, makeSource: (excerpt: string) => Source): FoundItem<string>[] {
  const out: FoundItem<string>[] = [];
  for (const pattern of [US_PHONE, INTL_PHONE]) {
    for (const match of text.matchAll(pattern)) {
      const before = text.slice(Math.max(0, (match.index ?? 0) - 8), match.index);
      if (FAX_BEFORE.test(before)) continue;
      const formatted = formatPhone(match[0]);
      if (!formatted) continue;
      const context = text.slice(
        Math.max(0, (match.index ?? 0) - 40),
        (match.index ?? 0) + match[0].length + 20,
      );
      const labelled = /phone|call|tel|text us|☎|📞/i.test(context);
      out.push(found(formatted, labelled ? 0.8 : 0.65, [makeSource(context)]));
    }
  }
  return out;
}

export function extractPhones(ctx: SiteContext): FoundItem<string>[] {
  const items: FoundItem<string>[] = [];
  for (const page of ctx.pages) {
    const { $ } = page;
    $('a[href^="tel:"], a[href^="TEL:"]').each((_, el) => {
      const href = ($(el).attr('href') ?? '').slice(4);
      const formatted = formatPhone(decodeURIComponent(href.replace(/%(?![0-9a-f]{2})/gi, '')));
      if (formatted)
        items.push(found(formatted, 0.95, [evidence('html', page.url, 'a[href^="tel:"]', href)]));
    });
    for (const node of page.jsonLd) {
      const tel = ldText(node.data.telephone);
      const formatted = tel ? formatPhone(tel) : null;
      if (tel && formatted) {
        const confidence = isOrgNode(node) ? 0.95 : 0.8;
        items.push(
          found(formatted, confidence, [evidence('json-ld', page.url, `${node.path}.telephone`, tel)]),
        );
      }
    }
    $('[itemprop="telephone"]').each((_, el) => {
      const raw = $(el).attr('content') ?? $(el).text();
      const formatted = formatPhone(raw);
      if (formatted)
        items.push(found(formatted, 0.9, [evidence('microformat', page.url, '[itemprop=telephone]', raw)]));
    });
    $('.p-tel, .tel').each((_, el) => {
      const raw = $(el).text();
      const formatted = formatPhone(raw);
      if (formatted) items.push(found(formatted, 0.85, [evidence('microformat', page.url, '.p-tel', raw)]));
    });
    page.lines.forEach((line, i) => {
      items.push(
        ...findPhonesInText(line, (excerpt) => evidence('text', page.url, `line ${i + 1}`, excerpt)),
      );
    });
  }
  return mergeFound(items, phoneKey).slice(0, 5);
}
