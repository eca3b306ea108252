import type { FoundItem } from '../../schemas/finding.ts';
import { evidence, found } from './evidence.ts';
import { mergeFound } from './merge-found.ts';
import type { SiteContext } from './site-context.ts';
import { cleanText, normalizeKey, wordCount } from './text-utils.ts';

const SECTION_CLASS = /(why|benefit|feature|advantage|difference|promise|reasons|highlight|trust)/i;
const SECTION_HEADING =
  /^(why (choose|us|work|pick)|benefits|features|our (promise|difference|advantages?)|what makes|reasons to)/i;
const PHRASES =
  /\b(free (?:consultation|estimates?|quotes?|intro|trial|delivery|shipping)|same[- ]day [\w]+|family[- ]owned(?: and operated)?|locally owned|satisfaction guaranteed|money[- ]back guarantee|no contracts?|open (?:7|seven) days|24\/7 [\w]+|emergency service|financing available|walk-ins welcome)\b/gi;

/** Reasons to choose the business: headings of "why us"/feature cards and stock promise phrases. */
export function extractValuePropositions(ctx: SiteContext): FoundItem<string>[] {
  const items: FoundItem<string>[] = [];
  for (const page of ctx.pages.slice(0, 15)) {
    const { $ } = page;
    $('section, div').each((_, el) => {
      const section = $(el);
      const attrs = `${section.attr('class') ?? ''} ${section.attr('id') ?? ''}`;
      const heading = cleanText(section.children('h1,h2,h3').first().text());
      const label = `${attrs} ${heading}`;
      if (!SECTION_CLASS.test(attrs) && !SECTION_HEADING.test(heading)) return;
      if (
        section
          .parents()
          .filter((_, p) => SECTION_CLASS.test(`${$(p).attr('class') ?? ''} ${$(p).attr('id') ?? ''}`)).length
      )
        return;
      if (section.closest('[id*="contact"], [class*="contact"], footer').length) return;
      section.find('h3, h4, h5').each((_, h) => {
        const text = cleanText($(h).text());
        if (wordCount(text) >= 2 && wordCount(text) <= 8 && !/[?]$/.test(text)) {
          items.push(
            found(text, 0.65, [
              evidence('html', page.url, `section "${label.trim().slice(0, 60)}" heading`, text),
            ]),
          );
        }
      });
    });
    page.lines.forEach((line, i) => {
      for (const match of line.matchAll(PHRASES)) {
        const phrase = cleanText(match[0]);
        items.push(
          found(phrase.charAt(0).toUpperCase() + phrase.slice(1), 0.55, [
            evidence('text', page.url, `line ${i + 1}`, line),
          ]),
        );
      }
    });
  }
  return mergeFound(items, normalizeKey).slice(0, 10);
}
