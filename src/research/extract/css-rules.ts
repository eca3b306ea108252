/** A flat CSS rule: the selector and its declarations, property names lowercased. */
export interface CssRule {
  selector: string;
  declarations: { property: string; value: string }[];
}

const MAX_CSS_CHARS = 600_000;

/**
 * A forgiving CSS reader for statistics, not rendering: at-rule wrappers such as @media are
 * ignored and their inner rules kept, which is what colour and font counting needs.
 */
export function readCssRules(css: string): CssRule[] {
  const text = css.slice(0, MAX_CSS_CHARS).replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  for (const match of text.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selector = (match[1] ?? '').trim().replace(/\s+/g, ' ');
    if (!selector || selector.startsWith('@font-face') || /^@(keyframes|-webkit-keyframes)/.test(selector))
      continue;
    if (/^(from|to|\d+%)/.test(selector)) continue;
    rules.push({
      selector: selector.replace(/^@[^{]*$/, ''),
      declarations: readDeclarations(match[2] ?? ''),
    });
  }
  return rules;
}

export function readDeclarations(block: string): { property: string; value: string }[] {
  return block
    .split(';')
    .map((decl) => {
      const colon = decl.indexOf(':');
      if (colon < 0) return null;
      return { property: decl.slice(0, colon).trim().toLowerCase(), value: decl.slice(colon + 1).trim() };
    })
    .filter((d): d is { property: string; value: string } => d !== null && d.property.length > 0);
}

/** Third-party framework and icon stylesheets say little about the brand's own choices. */
export function isVendorStylesheet(url: string): boolean {
  return /bootstrap|font-?awesome|fontawesome|animate(\.min)?\.css|jquery|slick|owl\.|prettyphoto|normalize|reset\.css|icomoon|glyphicons|foundation\.|materialize|tailwind|bulma|swiper|lightbox|fancybox|magnific|wp-includes|shortcodes/i.test(
    url,
  );
}

/** How much a rule's selector says about brand colour: headers, navigation, buttons, links, headings. */
/**
 * States and layers a visitor meets now and then, not the brand: overlays and lightboxes (often
 * black), form errors and alerts (red), cookie notices, tooltips, editors' colour utilities.
 */
const INCIDENTAL =
  /overlay|lightbox|modal|popup|pop-up|dialog|backdrop|fancybox|mfp-|pswp|glightbox|swal|toast|tooltip|(^|[^a-z])(error|errors|invalid|not-valid|success|alert|warning|danger|notice)([^a-z]|$)|cookie|consent|gdpr|:invalid|(^|[^a-z])dark\\?:|:where\(\.dark|has-[a-z0-9-]+-(color|background-color)|admin-bar|screen-reader/;

export function selectorWeight(selector: string): number {
  const s = selector.toLowerCase();
  if (INCIDENTAL.test(s)) return 0.05;
  if (
    /(^|[\s,>])(header|nav)\b|\.(navbar|nav|header|menu|logo|brand|site-title)|#(header|nav|logo)|\.btn|button|\.cta|\.button/.test(
      s,
    )
  ) {
    return 3;
  }
  if (/(^|[\s,>])(a|h1|h2|h3)\b|:hover|\.primary|\.accent|\.highlight|\.title/.test(s)) return 2;
  return 1;
}

/** Custom properties (`--primary: #f33`) from every rule; modern themes keep their palette there. */
export function collectCssVariables(rules: CssRule[]): Map<string, string> {
  const vars = new Map<string, string>();
  for (const rule of rules) {
    for (const { property, value } of rule.declarations) {
      if (property.startsWith('--') && !vars.has(property)) vars.set(property, value);
    }
  }
  return vars;
}

/** Replaces `var(--x, fallback)` with the variable's value, a few levels deep. */
export function resolveCssVariables(value: string, vars: Map<string, string>): string {
  let out = value;
  for (let depth = 0; depth < 4 && out.includes('var('); depth++) {
    out = out.replace(
      /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g,
      (_m, name: string, fallback?: string) => vars.get(name) ?? fallback ?? '',
    );
  }
  return out;
}
