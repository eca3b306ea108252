import type { FoundItem } from '../../schemas/finding.ts';
import { evidence, found } from './evidence.ts';
import { mergeFound } from './merge-found.ts';
import { isOrgNode } from './read-json-ld.ts';
import type { SiteContext } from './site-context.ts';
import { cleanText } from './text-utils.ts';

const DAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?';
const TIME = '\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?';
/** "Monday: 7AM–2PM", "Mon – Fri 9:00 - 17:00", "Sat & Sun: closed", "Tuesday 11am to 9pm". */
const HOURS_LINE = new RegExp(
  `^${DAY}(?:\\s*(?:-|–|—|to|&|and|,)\\s*${DAY})*\\s*:?\\s*(?:closed|${TIME}\\s*(?:-|–|—|to)\\s*${TIME}(?:\\s*(?:,|&|and)\\s*${TIME}\\s*(?:-|–|—|to)\\s*${TIME})?)$`,
  'i',
);
const SCHEMA_DAYS: Record<string, string> = {
  Mo: 'Mon',
  Tu: 'Tue',
  We: 'Wed',
  Th: 'Thu',
  Fr: 'Fri',
  Sa: 'Sat',
  Su: 'Sun',
};

/**
 * Opening hours: lines of the site that are a day (or a range of days) and its times or "closed",
 * else schema.org `openingHours` ("Mo-Fr 08:00-17:00") with the days spelled out. At most one
 * line per day, in the order the site gives them.
 */
export function extractHours(ctx: SiteContext): FoundItem<string>[] {
  const items: FoundItem<string>[] = [];
  for (const page of ctx.pages) {
    for (const [index, raw] of page.lines.entries()) {
      const line = cleanText(raw);
      if (line.length > 60 || !HOURS_LINE.test(line)) continue;
      items.push(found(line, 0.8, [evidence('text', page.url, `line ${index + 1}`, line)]));
    }
    if (items.length > 0) break;
  }
  if (items.length === 0) {
    for (const page of ctx.pages) {
      for (const node of page.jsonLd) {
        if (!isOrgNode(node)) continue;
        const value = node.data.openingHours;
        for (const spec of Array.isArray(value) ? value : typeof value === 'string' ? [value] : []) {
          if (typeof spec !== 'string') continue;
          const line = spec.replace(/\b(Mo|Tu|We|Th|Fr|Sa|Su)\b/g, (day) => SCHEMA_DAYS[day] ?? day).trim();
          if (line)
            items.push(found(line, 0.9, [evidence('json-ld', page.url, `${node.path}.openingHours`, spec)]));
        }
      }
    }
  }
  return mergeFound(items, (line) => line.toLowerCase().replace(/\s+/g, ' ')).slice(0, 10);
}
