import type { BrandConfig } from '../schemas/brand-config.ts';
import type { BrandProfile } from '../schemas/brand-profile.ts';
import { brandAssets } from './brand-assets.ts';
import { businessJsonLd } from './json-ld.ts';
import { LandingPages, writeLandingCopy } from './landing-copy.ts';
import { planSite } from './plan-site.ts';
import type { PreparedImages } from './prepare-images.ts';
import { renderLandingPages } from './render-landing-pages.ts';
import type { LayoutContext } from './render-layout.ts';
import { renderPages } from './render-pages.ts';
import { planBackend, SiteBackend } from './site-backend.ts';
import { planCommerce, SiteCommerce } from './site-commerce.ts';
import { planForms, SiteForms } from './site-forms.ts';
import type { SiteFile, SiteInput } from './site-input.ts';
import { SitePlan } from './site-plan.ts';
import { renderRobots, renderSitemap } from './site-sitemap.ts';
import { SITE_TEMPLATES } from './site-templates.ts';
import { SiteTheme, siteTheme } from './site-theme.ts';
import { planTracking, SiteTracking } from './site-tracking.ts';
import { themeCss } from './theme-css.ts';

/**
 * Builds the client's static website (paths relative to `website/`): pages, one landing page per
 * campaign, forms, consent and tracking, theme, sitemap and server configuration. Pure and
 * deterministic: the same input gives the same files.
 *
 * @example
 * for (const file of buildSite({ config, profile, adCopy })) await writeFile(join(dir, 'website', file.path), file.content);
 */
export function buildSite(input: SiteInput): SiteFile[] {
  // Parsed through their schemas, as the agents' outputs are, so the JSON files have the same key order.
  const plan = SitePlan.parse(planSite(input));
  const forms = SiteForms.parse(planForms(input.config, plan.landing_pages));
  const commerce = SiteCommerce.parse(planCommerce(input.config, input.profile));
  const copy = LandingPages.parse(writeLandingCopy(plan, input.adCopy, input.profile));
  const design = renderDesign({ ...input, plan, forms, commerce });
  return [
    ...renderPlanFiles(plan),
    ...renderFormFiles(forms, SiteTracking.parse(planTracking(input.config))),
    json('commerce.json', commerce),
    ...design.files,
    ...renderLandingPages(copy, { ...design.layout, forms, commerce }),
    json('backend.json', SiteBackend.parse(planBackend(input.config, forms, commerce))),
  ];
}

/** website-strategist's files: site-plan.json, robots.txt and (when the origin is known) sitemap.xml. */
export function renderPlanFiles(plan: SitePlan): SiteFile[] {
  const sitemap = renderSitemap(plan);
  return [
    json('site-plan.json', plan),
    ...(sitemap ? [{ path: 'sitemap.xml', content: sitemap }] : []),
    { path: 'robots.txt', content: renderRobots(plan) },
  ];
}

/** form-conversion's files: the forms and tracking configuration and the two scripts. */
export function renderFormFiles(forms: SiteForms, tracking: SiteTracking): SiteFile[] {
  return [
    json('forms.json', forms),
    json('tracking.json', tracking),
    { path: 'assets/track.js', content: SITE_TEMPLATES.trackJs },
    { path: 'assets/forms.js', content: SITE_TEMPLATES.formsJs },
  ];
}

export interface DesignInput {
  config: BrandConfig;
  profile: BrandProfile | null;
  plan: SitePlan;
  forms: SiteForms;
  commerce: SiteCommerce;
  /** The brand's images as prepareBrandImages sized them; the landing pages take theirs from the theme. */
  images?: PreparedImages;
  /** The theme to draw with; computed from the brand colours and the logo when absent. */
  theme?: SiteTheme;
}

/** website-designer's files (theme.json, site.css, core pages, copied images) and the shared layout context. */
export function renderDesign(input: DesignInput): { files: SiteFile[]; layout: LayoutContext } {
  const assets = brandAssets(input.images, input.config.brand_name);
  const theme = input.theme ?? SiteTheme.parse(siteTheme(input.config.brand_colors, input.profile, assets));
  const logo =
    theme.logo && theme.logo_size ? { src: theme.logo, ...theme.logo_size } : (assets.logo ?? null);
  const layout: LayoutContext = {
    plan: input.plan,
    config: input.config,
    profile: input.profile,
    logo,
    pictures: theme.pictures,
    ogImage: theme.pictures[0]?.src ?? logo?.src ?? null,
    jsonLd: businessJsonLd(input.config, input.profile, input.plan.origin, logo?.src ?? null),
  };
  const pages = renderPages({ ...layout, forms: input.forms, commerce: input.commerce });
  return {
    files: [
      json('theme.json', theme),
      { path: 'assets/site.css', content: themeCss(theme) },
      ...pages,
      ...assets.files,
    ],
    layout,
  };
}

export function json(path: string, value: unknown): SiteFile {
  return { path, content: `${JSON.stringify(value, null, 2)}\n` };
}
