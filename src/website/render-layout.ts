import { escapeHtml as esc } from '../proposal/escape-html.ts';
import type { BrandConfig } from '../schemas/brand-config.ts';
import type { BrandProfile } from '../schemas/brand-profile.ts';
import { isLocalBusiness } from './business-kind.ts';
import { scriptSafeJson } from './json-ld.ts';
import { mapHref, telHref } from './local-links.ts';
import { absoluteUrl, safeExternalUrl } from './site-origin.ts';
import type { SiteLogo, SitePicture } from './site-picture.ts';
import type { PageKey, SitePlan } from './site-plan.ts';

/** What every page shares: the plan, the brand facts of header and footer, and the JSON-LD. */
export interface LayoutContext {
  plan: SitePlan;
  config: BrandConfig;
  profile: BrandProfile | null;
  /** The copied logo, or null for a text wordmark. */
  logo: SiteLogo | null;
  /** The brand's photos, the first for the hero. */
  pictures: SitePicture[];
  /** Site path of a copied brand image for Open Graph, or null. */
  ogImage: string | null;
  jsonLd: Record<string, unknown>;
}

export interface PageShell {
  /** The site path the page is served at (for the canonical URL). */
  path: string;
  title: string;
  description: string;
  main: string;
  /** `minimal`: landing pages keep one goal, so only the wordmark links away. */
  nav: 'full' | 'minimal';
  current?: PageKey;
  noindex?: boolean;
  withJsonLd?: boolean;
}

/** The HTML document around a page: head (SEO, Open Graph, JSON-LD), header, footer, consent banner, scripts. */
export function renderLayout(context: LayoutContext, shell: PageShell): string {
  const { plan, config } = context;
  const canonical = absoluteUrl(plan.origin, shell.path);
  const ogImage = context.ogImage ? absoluteUrl(plan.origin, context.ogImage) : null;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(shell.title)}</title>`,
    `<meta name="description" content="${esc(shell.description)}">`,
    shell.noindex ? '<meta name="robots" content="noindex">' : '',
    canonical ? `<link rel="canonical" href="${esc(canonical)}">` : '',
    '<meta property="og:type" content="website">',
    `<meta property="og:site_name" content="${esc(config.brand_name)}">`,
    `<meta property="og:title" content="${esc(shell.title)}">`,
    `<meta property="og:description" content="${esc(shell.description)}">`,
    `<meta property="og:locale" content="${esc(plan.lang.replace('-', '_'))}">`,
    canonical ? `<meta property="og:url" content="${esc(canonical)}">` : '',
    ogImage ? `<meta property="og:image" content="${esc(ogImage)}">` : '',
    `<meta name="theme-color" content="${esc(context.config.brand_colors.primary)}">`,
    '<link rel="stylesheet" href="/assets/site.css">',
    shell.withJsonLd
      ? `<script type="application/ld+json">\n${scriptSafeJson(context.jsonLd)}\n</script>`
      : '',
  ].filter(Boolean);
  return `<!doctype html>
<html lang="${esc(plan.lang)}">
<head>
${head.join('\n')}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
${renderHeader(context, shell)}
<main id="main">
${shell.main}
</main>
${renderFooter(context)}
${CONSENT_BANNER}
<script src="/assets/forms.js" defer></script>
<script src="/assets/track.js" defer></script>
</body>
</html>
`;
}

const CONSENT_BANNER = `<div class="consent" id="mf-consent" role="region" aria-label="Cookie consent" hidden>
<div class="wrap">
<p>May we count your visit? If you accept, this site sets one first-party cookie with a random id and records the pages you view, only for this business. No advertising networks. If you decline, nothing is stored. <a href="/privacy.html">Privacy policy</a></p>
<div class="actions"><button type="button" data-consent="yes">Accept</button><button type="button" data-consent="no">Decline</button></div>
</div>
</div>`;

function renderHeader(context: LayoutContext, shell: PageShell): string {
  const name = esc(context.config.brand_name);
  const mark = context.logo
    ? `<img src="${esc(context.logo.src)}" alt="${name}" width="${context.logo.width}" height="${context.logo.height}">`
    : name;
  const brand = `<a class="brand" href="/">${mark}</a>`;
  const call = callButton(context);
  if (shell.nav === 'minimal')
    return `<header class="site-header"><div class="wrap">${brand}${call}</div></header>`;
  const byKey = new Map(context.plan.pages.map((page) => [page.key, page]));
  const links: Array<[PageKey, string]> = [
    ['home', 'Home'],
    ['offerings', navLabel(byKey.get('offerings')?.heading ?? 'Offerings')],
    ['about', 'About'],
    ['contact', context.plan.conversion === 'booking' ? 'Book' : 'Contact'],
  ];
  const items = links
    .map(([key, label]) => {
      const current = shell.current === key ? ' aria-current="page"' : '';
      return `<li><a href="${byKey.get(key)?.path ?? '/'}"${current}>${esc(label)}</a></li>`;
    })
    .join('');
  return `<header class="site-header"><div class="wrap">${brand}<nav aria-label="Main"><ul>${items}</ul></nav>${call}</div></header>`;
}

/** Click-to-call in the header of a local business's every page, landing pages included. */
export function callButton(context: Pick<LayoutContext, 'config'>): string {
  const phone = context.config.contact.phone;
  const href = phone ? telHref(phone) : null;
  if (!phone || !href || !isLocalBusiness(context.config)) return '';
  return `<a class="call" href="${esc(href)}">Call ${esc(phone)}</a>`;
}

function renderFooter(context: LayoutContext): string {
  const { contact, brand_name } = context.config;
  const details: string[] = [];
  const tel = contact.phone ? telHref(contact.phone) : null;
  if (contact.phone && tel) details.push(`<li><a href="${esc(tel)}">${esc(contact.phone)}</a></li>`);
  const map = isLocalBusiness(context.config) ? mapHref(context.config) : null;
  if (map)
    details.push(
      `<li><a href="${esc(map)}" rel="noopener noreferrer">Directions to ${esc(brand_name)}</a></li>`,
    );
  if (contact.email)
    details.push(`<li><a href="mailto:${esc(contact.email)}">${esc(contact.email)}</a></li>`);
  const socials = (context.profile?.social_links ?? [])
    .map(({ value }) => ({ label: value.platform, url: safeExternalUrl(value.url) }))
    .filter((link): link is { label: string; url: string } => link.url !== null)
    .map(
      (link) =>
        `<li><a href="${esc(link.url)}" rel="noopener noreferrer">${esc(capitalise(link.label))}</a></li>`,
    );
  const social =
    socials.length > 0 ? `<ul aria-label="${esc(brand_name)} elsewhere">${socials.join('')}</ul>` : '';
  return `<footer class="site-footer"><div class="wrap">
<p><strong>${esc(brand_name)}</strong></p>
${details.length > 0 ? `<ul aria-label="Contact">${details.join('')}</ul>` : ''}
${social}
<ul><li><a href="/privacy.html">Privacy policy</a></li><li><button type="button" class="linkish" data-consent-settings>Cookie settings</button></li></ul>
</div></footer>`;
}

/** The offerings page's heading as a nav label: short headings as they are. */
function navLabel(heading: string): string {
  return heading.length <= 16 ? heading : 'Offerings';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
