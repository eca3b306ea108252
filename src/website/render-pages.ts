import { escapeHtml as esc } from '../proposal/escape-html.ts';
import { localActions } from './local-links.ts';
import { renderForm } from './render-form.ts';
import { type LayoutContext, renderLayout } from './render-layout.ts';
import type { SiteCommerce } from './site-commerce.ts';
import type { SiteForms } from './site-forms.ts';
import type { SiteFile } from './site-input.ts';
import type { PageKey, PlannedPage, PlanSection } from './site-plan.ts';
import { siteTestimonials } from './site-testimonials.ts';

export interface PagesContext extends LayoutContext {
  forms: SiteForms;
  commerce: SiteCommerce;
  /** Site paths and alt texts of the brand's own images copied into assets/. */
  gallery: Array<{ src: string; alt: string }>;
}

/** The core pages of the plan (home, offerings, about, contact, thank-you, privacy) as static HTML. */
export function renderPages(context: PagesContext): SiteFile[] {
  return context.plan.pages.map((page) => ({ path: page.file, content: renderPage(page, context) }));
}

function renderPage(page: PlannedPage, context: PagesContext): string {
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
      hero(page, true),
      ...page.sections.map((section) => renderSection(section)),
      testimonials(context),
      context.gallery.length > 0 ? gallery(context) : '',
    ].join('\n'),
  offerings: (page, context) => [hero(page, false), offeringsList(context)].join('\n'),
  about: (page) => [hero(page, true), ...page.sections.map((section) => renderSection(section))].join('\n'),
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

function hero(page: PlannedPage, withCta: boolean): string {
  const cta = withCta
    ? `<p><a class="button" href="${esc(page.primary_cta.href)}">${esc(page.primary_cta.label)}</a></p>`
    : '';
  return `<div class="hero"><div class="wrap">
<h1>${esc(page.heading)}</h1>
<p class="lead">${esc(page.intro)}</p>
${cta}
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
  const quotes = siteTestimonials(context.profile);
  if (quotes.length === 0) return '';
  const items = quotes
    .map(
      (item) =>
        `<li><figure class="testimonial"><blockquote><p>${esc(item.quote)}</p></blockquote>${item.author ? `<figcaption>${esc(item.author)}</figcaption>` : ''}</figure></li>`,
    )
    .join('\n');
  return `<section class="block" aria-labelledby="reviews-title"><div class="wrap"><h2 id="reviews-title">What customers say</h2><ul class="testimonials">${items}</ul></div></section>`;
}

function gallery(context: PagesContext): string {
  const images = context.gallery
    .map((image) => `<img src="${esc(image.src)}" alt="${esc(image.alt)}" loading="lazy">`)
    .join('');
  return `<section class="block" aria-label="Photos"><div class="wrap gallery">${images}</div></section>`;
}

/** Products with outbound buy links for shops; offerings with a link to the form for lead businesses. */
export function offeringsList(context: Pick<PagesContext, 'commerce' | 'config'>): string {
  const { commerce, config } = context;
  const cards = commerce.enabled
    ? commerce.products.map((product) => {
        const buy = product.url
          ? `<p><a class="button" href="${esc(product.url)}" rel="noopener noreferrer">Buy ${esc(product.name)} at ${esc(new URL(product.url).hostname)}</a></p>`
          : `<p><a href="/contact.html">Ask about ${esc(product.name)}</a></p>`;
        return card(product.name, product.description, product.price, buy);
      })
    : config.offerings.map((offering) =>
        card(
          offering.name,
          offering.description,
          offering.price,
          `<p><a href="/contact.html">Ask about ${esc(offering.name)}</a></p>`,
        ),
      );
  return `<section class="block" aria-label="Offerings"><div class="wrap"><ul class="cards">${cards.join('\n')}</ul></div></section>`;
}

function card(name: string, description: string | null, price: string | null, action: string): string {
  return `<li class="card"><h2>${esc(name)}</h2>${description ? `<p>${esc(description)}</p>` : ''}${price ? `<p class="price">${esc(price)}</p>` : ''}${action}</li>`;
}
