import { escapeHtml as esc } from '../proposal/escape-html.ts';
import type { LandingCopy, LandingPages } from './landing-copy.ts';
import { localActions } from './local-links.ts';
import { clip } from './plan-site.ts';
import { renderForm } from './render-form.ts';
import { type LayoutContext, renderLayout } from './render-layout.ts';
import { hero, offeringsList } from './render-pages.ts';
import { newItems, withoutRepeatedSentences } from './said-once.ts';
import type { SiteCommerce } from './site-commerce.ts';
import type { SiteForms } from './site-forms.ts';
import type { SiteFile } from './site-input.ts';
import type { ReservedLandingPage } from './site-plan.ts';

export interface LandingContext extends LayoutContext {
  forms: SiteForms;
  commerce: SiteCommerce;
}

/**
 * One page per campaign, written at both `lp/<campaign>.html` and `lp/<campaign>/index.html`, so
 * the ad's final URL `/lp/<campaign>` resolves on any static server (a folder index, with the query
 * string kept on the trailing-slash redirect). Both name `/lp/<campaign>/` as canonical.
 */
export function renderLandingPages(copy: LandingPages, context: LandingContext): SiteFile[] {
  return context.plan.landing_pages.flatMap((landing) => {
    const words = copy.pages.find((page) => page.campaign === landing.campaign);
    if (!words) return [];
    const html = renderLandingPage(landing, words, context);
    return landing.files.map((path) => ({ path, content: html }));
  });
}

function renderLandingPage(landing: ReservedLandingPage, copy: LandingCopy, context: LandingContext): string {
  const form = context.forms.forms.find((candidate) => candidate.page === `${landing.path}/`)!;
  const shop = context.commerce.enabled;
  const cta = shop
    ? `<p><a class="button" href="#products">${esc(copy.cta_label)}</a></p>`
    : `<p><a class="button" href="#form">${esc(copy.cta_label)}</a></p>`;
  // The page says each thing once: the offer's own repeats and proof that only repeats it are left out.
  // A headline that is the whole offer (a short ad) leaves no lead to repeat it.
  const offer = withoutRepeatedSentences(copy.offer, copy.headline);
  const proofItems = newItems(copy.proof, `${copy.headline}. ${offer}`);
  const proof =
    proofItems.length > 0
      ? `<section class="block"><div class="wrap"><h2>Why ${esc(context.config.brand_name)}</h2><ul class="facts">${proofItems.map((item) => `<li>${esc(item)}</li>`).join('')}</ul></div></section>`
      : '';
  const products = shop ? `<div id="products">${offeringsList(context)}</div>` : '';
  const formHeading = shop ? 'Questions? Ask us' : copy.cta_label;
  const opening = hero(
    { heading: copy.headline, intro: offer, primary_cta: { label: copy.cta_label, href: '#form' } },
    false,
    context.pictures[0],
    `${cta}\n${localActions(context.config)}`,
  );
  const main = `${opening}
${products}
${proof}
<section class="block" aria-labelledby="form-title"><div class="wrap">
<h2 id="form-title">${esc(formHeading)}</h2>
${renderForm(form, 'form-title')}
</div></section>`;
  return renderLayout(context, {
    path: `${landing.path}/`,
    title: clip(`${copy.headline} | ${context.config.brand_name}`, 60),
    description: clip(offer || copy.offer, 160),
    main,
    nav: 'minimal',
  });
}
