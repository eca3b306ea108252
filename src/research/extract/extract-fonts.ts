import type { FoundItem, Source } from '../../schemas/finding.ts';
import {
  type CssRule,
  collectCssVariables,
  isVendorStylesheet,
  readCssRules,
  resolveCssVariables,
  selectorWeight,
} from './css-rules.ts';
import { evidence, found } from './evidence.ts';
import type { SiteContext } from './site-context.ts';

const GENERIC =
  /^(serif|sans-serif|monospace|cursive|fantasy|system-ui|ui-serif|ui-sans-serif|ui-monospace|ui-rounded|emoji|math|fangsong|inherit|initial|unset|revert|-apple-system|blinkmacsystemfont|var\(.*)$/i;
/** Icon fonts are declared like type faces but are pictures. */
const ICON_FONT =
  /awesome|icomoon|glyphicons|etmodules|slick|dashicons|material icons|ionicons|fontello|icon/i;

export function firstFamily(value: string): string | null {
  for (const raw of value.split(',')) {
    const family = raw
      .trim()
      .replace(/^['"]|['"]$/g, '')
      .replace(/!important/i, '')
      .trim();
    if (!family || GENERIC.test(family)) continue;
    if (ICON_FONT.test(family)) return null;
    return family;
  }
  return null;
}

/** Type faces from font-family declarations and Google Fonts links, ordered by weighted use. */
export function extractFonts(ctx: SiteContext): FoundItem<string>[] {
  const tally = new Map<string, { name: string; weight: number; sources: Source[] }>();
  const add = (name: string, weight: number, source: Source) => {
    const key = name.toLowerCase();
    const entry = tally.get(key) ?? { name, weight: 0, sources: [] };
    entry.weight += weight;
    if (entry.sources.length < 3) entry.sources.push(source);
    tally.set(key, entry);
  };
  const sheets = ctx.stylesheets.map((sheet) => ({ sheet, rules: readCssRules(sheet.css) }));
  const vars = collectCssVariables(sheets.flatMap((s) => s.rules as CssRule[]));
  const fromRules = (rules: CssRule[], base: number, page: string) => {
    for (const rule of rules) {
      for (const { property, value: raw } of rule.declarations) {
        const value = resolveCssVariables(raw, vars);
        let family: string | null = null;
        if (property === 'font-family') family = firstFamily(value);
        else if (property === 'font') family = firstFamily(value.replace(/^.*?\d[\w.%]*(\/[\w.%]+)?\s+/, ''));
        if (family) {
          const weight =
            base *
            (/(^|[\s,])(body|html|h1|h2|h3|p)\b/i.test(rule.selector) ? 3 : selectorWeight(rule.selector));
          add(family, weight, evidence('css', page, rule.selector, `${property}: ${value}`));
        }
      }
    }
  };
  for (const { sheet, rules } of sheets) fromRules(rules, isVendorStylesheet(sheet.url) ? 0.1 : 1, sheet.url);
  for (const page of ctx.pages) {
    const { $ } = page;
    $('style').each((_, el) => fromRules(readCssRules($(el).text()), 1, page.url));
    $('link[href*="fonts.googleapis.com"]').each((_, el) => {
      const href = $(el).attr('href') ?? '';
      const families = href.match(/family=([^&]+)/)?.[1] ?? '';
      for (const spec of decodeURIComponent(families).split('|')) {
        const name = spec.split(':')[0]?.replace(/\+/g, ' ').trim();
        if (name) add(name, 2, evidence('html', page.url, 'link[href*="fonts.googleapis.com"]', href));
      }
    });
  }
  return [...tally.values()]
    .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name))
    .slice(0, 4)
    .map((entry, i) => found(entry.name, Math.max(0.4, 0.85 - i * 0.1), entry.sources));
}
