import { type Color, colorsNamed, converter, formatHex, parse } from 'culori';
import type { ColorUse } from '../../schemas/brand-profile.ts';
import type { FoundItem, Source } from '../../schemas/finding.ts';
import {
  type CssRule,
  collectCssVariables,
  isVendorStylesheet,
  readCssRules,
  readDeclarations,
  resolveCssVariables,
  selectorWeight,
} from './css-rules.ts';
import { evidence, found } from './evidence.ts';
import type { SiteContext } from './site-context.ts';

const COLOR_PROPERTIES =
  /^(color|background|background-color|border|border-color|border-(top|bottom|left|right)(-color)?|fill|stroke|outline-color|text-decoration-color)$/;
const COLOR_TOKEN = /#[0-9a-f]{3,8}\b|(?:rgba?|hsla?|oklch|oklab|lch|lab|hwb)\([^)]*\)|\b[a-z]{3,20}\b/gi;
const toHsl = converter('hsl');

interface Tally {
  hex: string;
  chromatic: number;
  background: number;
  text: number;
  sources: Source[];
}

function readColor(token: string): string | null {
  const lower = token.toLowerCase();
  if (/^[a-z]+$/.test(lower) && !(lower in colorsNamed)) return null;
  const color: Color | undefined = parse(lower);
  if (!color || (color.alpha !== undefined && color.alpha < 0.5)) return null;
  return formatHex(color);
}

/** Near-white, near-black and greys carry layout, not brand; they only fill background and text roles. */
export function isNeutral(hex: string): boolean {
  const hsl = toHsl(hex);
  if (!hsl) return true;
  const l = hsl.l ?? 0;
  const s = hsl.s ?? 0;
  return l > 0.93 || l < 0.1 || s < 0.15 || (s < 0.25 && (l < 0.2 || l > 0.85));
}

function hueDistance(a: string, b: string): number {
  const ha = toHsl(a)?.h ?? 0;
  const hb = toHsl(b)?.h ?? 0;
  const d = Math.abs(ha - hb) % 360;
  return d > 180 ? 360 - d : d;
}

/**
 * The elements whose colours are the brand's, by the area they cover: the header band first, then
 * buttons and calls to action. A rule for exactly one class such an element carries (utility CSS:
 * `.bg-lime-600`) speaks for that role.
 */
const ROLE_ELEMENTS = [
  { selector: 'header, [role="banner"], [class*="header"], [class*="navbar"], nav', weight: 6 },
  {
    selector:
      'button, .btn, .button, a[class*="btn"], a[class*="button"], a[class*="cta"], input[type="submit"]',
    weight: 3,
  },
];
const SINGLE_CLASS = /^\.((?:\\.|[\w-])+)$/;

function classesOnRoleElements(ctx: SiteContext): Map<string, number> {
  const classes = new Map<string, number>();
  for (const { selector, weight } of ROLE_ELEMENTS) {
    for (const page of ctx.pages.slice(0, 5)) {
      page.$(selector).each((_, el) => {
        for (const name of (page.$(el).attr('class') ?? '').split(/\s+/))
          if (name && !classes.has(name)) classes.set(name, weight);
      });
    }
  }
  return classes;
}

/** The role weight of a selector that is exactly one class a role element carries (escapes read: `.hover\:bg-x` is `hover:bg-x`), else 1. */
function roleWeight(selector: string, roleClasses: Map<string, number>): number {
  const match = selector.trim().match(SINGLE_CLASS);
  return (match?.[1] !== undefined && roleClasses.get(match[1].replace(/\\(.)/g, '$1'))) || 1;
}

/**
 * Brand colours from stylesheets, inline styles and theme-color, weighted by where they are used.
 * Chromatic colours compete for primary/secondary/accent; neutrals only for background and text.
 */
export function extractColors(ctx: SiteContext): FoundItem<ColorUse>[] {
  const tallies = new Map<string, Tally>();
  const count = (token: string, property: string, weight: number, source: Source, selector: string) => {
    const hex = readColor(token);
    if (!hex) return;
    const tally = tallies.get(hex) ?? { hex, chromatic: 0, background: 0, text: 0, sources: [] };
    tally.chromatic += weight;
    if (
      property.startsWith('background') &&
      /(^|,|\s)(body|html|main|#page|\.page|\.wrapper|#wrapper)\b/i.test(selector)
    ) {
      tally.background += weight * 3;
    } else if (property.startsWith('background')) tally.background += weight * 0.3;
    if (property === 'color' && /(^|,|\s)(body|html|p|main)\b/i.test(selector)) tally.text += weight * 3;
    else if (property === 'color') tally.text += weight * 0.3;
    if (tally.sources.length < 3) tally.sources.push(source);
    tallies.set(hex, tally);
  };
  const countDeclarations = (
    selector: string,
    declarations: { property: string; value: string }[],
    base: number,
    at: (d: string) => Source,
  ) => {
    const weight = base * selectorWeight(selector) * roleWeight(selector, roleClasses);
    for (const { property, value: raw } of declarations) {
      // A theme's custom property named primary/brand/accent states the palette outright.
      const brandVariable =
        /^--[\w-]*(primary|brand|accent|secondary|highlight)(?![\w-]*(dark|light|hover))/.test(property);
      if (!COLOR_PROPERTIES.test(property) && !brandVariable) continue;
      const value = resolveCssVariables(raw, vars);
      for (const token of value.replace(/url\([^)]*\)/gi, '').match(COLOR_TOKEN) ?? []) {
        count(
          token,
          brandVariable ? 'color' : property,
          brandVariable ? base * 6 : weight,
          at(`${selector} { ${property}: ${raw} }`),
          selector,
        );
      }
    }
  };

  const roleClasses = classesOnRoleElements(ctx);
  const sheets = ctx.stylesheets.map((sheet) => ({ sheet, rules: readCssRules(sheet.css) }));
  const vars = collectCssVariables(sheets.flatMap((s) => s.rules as CssRule[]));
  for (const { sheet, rules } of sheets) {
    const base = isVendorStylesheet(sheet.url) ? 0.1 : 1;
    for (const rule of rules) {
      countDeclarations(rule.selector, rule.declarations, base, (d) =>
        evidence('css', sheet.url, rule.selector, d),
      );
    }
  }
  for (const page of ctx.pages) {
    const { $ } = page;
    const theme = page.meta.get('theme-color');
    if (theme)
      count(theme, 'color', 8, evidence('meta', page.url, 'meta[name="theme-color"]', theme), 'theme');
    $('style').each((_, el) => {
      for (const rule of readCssRules($(el).text())) {
        countDeclarations(rule.selector, rule.declarations, 1, (d) =>
          evidence('css', page.url, `style ${rule.selector}`, d),
        );
      }
    });
    $('[style]').each((_, el) => {
      const tag = (el as { tagName?: string }).tagName ?? 'div';
      const cls = $(el).attr('class') ?? '';
      const selector = `${tag}${cls ? `.${cls.split(/\s+/).join('.')}` : ''}`;
      countDeclarations(selector, readDeclarations($(el).attr('style') ?? ''), 0.5, (d) =>
        evidence('html', page.url, `${tag}[style]`, d),
      );
    });
    $('body[bgcolor]').each((_, el) => {
      count(
        $(el).attr('bgcolor') ?? '',
        'background-color',
        2,
        evidence('html', page.url, 'body[bgcolor]'),
        'body',
      );
    });
  }

  const all = [...tallies.values()];
  const total = all.reduce((sum, t) => sum + t.chromatic, 0) || 1;
  const round = (n: number) => Math.round(n * 100) / 100;
  const out: FoundItem<ColorUse>[] = [];
  const chromatic = all
    .filter((t) => !isNeutral(t.hex))
    .sort((a, b) => b.chromatic - a.chromatic || a.hex.localeCompare(b.hex));
  const picked: Tally[] = [];
  // A colour seen only in incidental rules (selectorWeight gives them 0.05) is no brand colour.
  const floor = Math.max(0.5, (chromatic[0]?.chromatic ?? 0) * 0.05);
  for (const tally of chromatic) {
    if (picked.length >= 3 || tally.chromatic < floor) break;
    if (picked.some((p) => hueDistance(p.hex, tally.hex) < 12)) continue;
    picked.push(tally);
  }
  const roles = ['primary', 'secondary', 'accent'] as const;
  picked.forEach((tally, i) => {
    const role = roles[i] ?? 'accent';
    out.push(
      found(
        { hex: tally.hex, role, weight: round(tally.chromatic) },
        Math.min(0.9, 0.4 + tally.chromatic / total),
        tally.sources,
      ),
    );
  });
  const best = (key: 'background' | 'text', test: (hex: string) => boolean) =>
    all
      .filter((t) => t[key] > 0 && test(t.hex))
      .sort((a, b) => b[key] - a[key] || a.hex.localeCompare(b.hex))[0];
  const lightness = (hex: string) => toHsl(hex)?.l ?? 0;
  const background = best('background', (hex) => lightness(hex) > 0.8 || lightness(hex) < 0.15);
  if (background)
    out.push(
      found(
        { hex: background.hex, role: 'background', weight: round(background.background) },
        0.6,
        background.sources,
      ),
    );
  const text = best(
    'text',
    (hex) => isNeutral(hex) && Math.abs(lightness(hex) - (background ? lightness(background.hex) : 1)) > 0.4,
  );
  if (text) out.push(found({ hex: text.hex, role: 'text', weight: round(text.text) }, 0.6, text.sources));
  return out;
}
