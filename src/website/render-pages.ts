import { escapeHtml as esc } from '../proposal/escape-html.ts';
import { renderPicture } from './brand-assets.ts';
import { localActions } from './local-links.ts';
import { renderForm } from './render-form.ts';
import { type LayoutContext, renderLayout } from './render-layout.ts';
import { onlyRepeats, saidOnce } from './said-once.ts';
import type { SiteCommerce } from './site-commerce.ts';
import type { SiteForms } from './site-forms.ts';
import type { SiteFile } from './site-input.ts';
import type { SitePicture } from './site-picture.ts';
import type { PageKey, PlannedPage, PlanSection } from './site-plan.ts';
import { siteTestimonials } from './site-testimonials.ts';

export interface PagesContext extends LayoutContext {
  forms: SiteForms;
  commerce: SiteCommerce;
}

/** Where a hero photo is drawn: beside the text on wide screens, full width on narrow ones. */
const HERO_SIZES = '(min-width: 60rem) 32rem, 100vw';
const GALLERY_SIZES = '(min-width: 60rem) 22rem, (min-width: 40rem) 50vw, 100vw';
const OFFERINGS_SECTION = 'brand-config.json#offerings';

/** The core pages of the plan (home, offerings, about, contact, thank-you, privacy) as static HTML. */
export function renderPages(context: PagesContext): SiteFile[] {
  return context.plan.pages.map((page) => ({ path: page.file, content: renderPage(page, context) }));
}

function renderPage(planned: PlannedPage, context: PagesContext): string {
  const page = saidOnce(planned);
  const main = BODIES[page.key](page, context);
  return renderLayout(context, {
    path: page.path,
    title: page.title,
    description: page.description,
    main,
    nav: 'full',
    current: page.key,
    noindex: !page.in_sitemap,
    withJsonLd: page.key === 'home' || page.key === 'about' || page.key === 'contact',
  });
}

const BODIES: Record<PageKey, (page: PlannedPage, context: PagesContext) => string> = {
  home: (page, context) =>
    [
      hero(page, true, context.pictures[0]),
      ...page.sections.map((section) =>
        section.source === OFFERINGS_SECTION
          ? offeringsList(context, { heading: section.heading, limit: 6, said: page.intro })
          : renderSection(section),
      ),
      testimonials(context),
      gallery(context.pictures.slice(1)),
    ].join('\n'),
  offerings: (page, context) =>
    [hero(page, false, context.pictures[1] ?? context.pictures[0]), offeringsList(context)].join('\n'),
  about: (page, context) =>
    [
      hero(page, true, context.pictures[2] ?? context.pictures[0]),
      ...page.sections.map((section) => renderSection(section)),
    ].join('\n'),
  contact: (page, context) => {
    const form = context.forms.forms.find((candidate) => candidate.page === '/contact.html')!;
    const details = page.sections.map((section) => renderSection(section, 'div')).join('\n');
    return `${hero(page, false)}
<section class="block" aria-labelledby="form-title"><div class="wrap two-col">
<div><h2 id="form-title">${esc(page.primary_cta.label)}</h2>
${renderForm(form, 'form-title')}</div>
<div>${details}${localActions(context.config)}</div>
</div></section>`;
  },
  'thank-you': (page) => hero(page, true),
  privacy: (page) =>
    `${hero(page, false)}
<div class="wrap">${page.sections.map((section) => prose(section)).join('\n')}</div>`,
};

/** The page's opening: heading, lead and call to action, beside the brand's photo when it has one. */
export function hero(
  page: Pick<PlannedPage, 'heading' | 'intro' | 'primary_cta'>,
  withCta: boolean,
  picture?: SitePicture,
  extra = '',
): string {
  const cta = withCta
    ? `<p><a class="button" href="${esc(page.primary_cta.href)}">${esc(page.primary_cta.label)}</a></p>`
    : '';
  const text = `<h1>${esc(page.heading)}</h1>
${page.intro ? `<p class="lead">${esc(page.intro)}</p>` : ''}
${cta}${extra}`;
  if (!picture) return `<div class="hero"><div class="wrap">\n${text}\n</div></div>`;
  return `<div class="hero with-picture"><div class="wrap hero-grid">
<div>${text}</div>
<div class="hero-picture">${renderPicture(picture, HERO_SIZES, true)}</div>
</div></div>`;
}

function renderSection(section: PlanSection, tag: 'section' | 'div' = 'section'): string {
  const items = section.items.map((item) => `<li>${esc(item)}</li>`).join('');
  const inner = `<h2>${esc(section.heading)}</h2><ul class="facts">${items}</ul>`;
  return tag === 'section' ? `<section class="block"><div class="wrap">${inner}</div></section>` : inner;
}

function prose(section: PlanSection): string {
  return `<section class="block"><h2>${esc(section.heading)}</h2>${section.items.map((item) => `<p>${esc(item)}</p>`).join('')}</section>`;
}

/** Every review the brand's site shows, each once, as quotes with their authors. */
function testimonials(context: PagesContext): string {
  const quotes = siteTestimonials(context.profile, context.config.brand_voice.avoid);
  if (quotes.length === 0) return '';
  const items = quotes
    .map(
      (item) =>
        `<li><figure class="testimonial"><blockquote><p>${esc(item.quote)}</p></blockquote>${item.author ? `<figcaption>${esc(item.author)}</figcaption>` : ''}</figure></li>`,
    )
    .join('\n');
  return `<section class="block" aria-labelledby="reviews-title"><div class="wrap"><h2 id="reviews-title">What customers say</h2><ul class="testimonials">${items}</ul></div></section>`;
}

function gallery(pictures: SitePicture[]): string {
  if (pictures.length === 0) return '';
  const images = pictures.map((picture) => renderPicture(picture, GALLERY_SIZES)).join('');
  return `<section class="block" aria-label="Photos"><div class="wrap gallery">${images}</div></section>`;
}

/** Products with outbound buy links for shops; offerings with a link to the form for lead businesses. */
export function offeringsList(
  context: Pick<PagesContext, 'commerce' | 'config'>,
  options: { heading?: string; limit?: number; said?: string } = {},
): string {
  const { commerce, config } = context;
  // A card does not repeat the page's lead; a card that would only name the brand again is no card.
  const own = (description: string | null) =>
    description && options.said && onlyRepeats(description, options.said) ? null : description;
  const offerings = config.offerings.filter(
    (offering) => !(options.said && offering.name === config.brand_name && !own(offering.description)),
  );
  if (!commerce.enabled && offerings.length === 0) return '';
  const cards = commerce.enabled
    ? commerce.products.map((product) => {
        const buy = product.url
          ? `<p><a class="button" href="${esc(product.url)}" rel="noopener noreferrer" data-mf-buy>Buy ${esc(product.name)} at ${esc(new URL(product.url).hostname)}</a></p>`
          : `<p><a href="/contact.html">Ask about ${esc(product.name)}</a></p>`;
        return card(product.name, own(product.description), product.price, buy);
      })
    : offerings.map((offering) =>
        card(
          offering.name,
          own(offering.description),
          offering.price,
          `<p><a href="/contact.html">Ask about ${esc(offering.name)}</a></p>`,
        ),
      );
  const shown = cards.slice(0, options.limit ?? cards.length);
  const more =
    shown.length < cards.length
      ? `<p><a href="/offerings.html">All ${cards.length} ${commerce.enabled ? 'products' : 'offerings'}</a></p>`
      : '';
  const level = options.heading ? 'h3' : 'h2';
  const list = `<ul class="cards">${shown.map((item) => item(level)).join('\n')}</ul>${more}`;
  return options.heading
    ? `<section class="block" aria-labelledby="offerings-title"><div class="wrap"><h2 id="offerings-title">${esc(options.heading)}</h2>${list}</div></section>`
    : `<section class="block" aria-label="Offerings"><div class="wrap">${list}</div></section>`;
}

/** An offering as a card: its name, its own description and price, and what to do next. */
function card(
  name: string,
  description: string | null,
  price: string | null,
  action: string,
): (level: 'h2' | 'h3') => string {
  return (level) =>
    `<li class="card"><${level}>${esc(name)}</${level}>${description ? `<p>${esc(description)}</p>` : ''}${price ? `<p class="price">${esc(price)}</p>` : ''}${action}</li>`;
}
