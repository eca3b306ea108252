export type { BrandAssets } from './brand-assets.ts';
export { brandAssets, MAX_IMAGES, renderPicture } from './brand-assets.ts';
export {
  buildSite,
  type DesignInput,
  json,
  renderDesign,
  renderFormFiles,
  renderPlanFiles,
} from './build-site.ts';
export { businessJsonLd, businessType, scriptSafeJson } from './json-ld.ts';
export {
  adHeadlines,
  adOffers,
  keyWords,
  LandingCopy,
  LandingPages,
  variantsFor,
  writeLandingCopy,
} from './landing-copy.ts';
export { conversionOf, planSite, reservedLandingPages } from './plan-site.ts';
export {
  type ImageVariant,
  logoPalette,
  PHOTO_WIDTHS,
  type PreparedImages,
  type PreparedLogo,
  type PreparedPhoto,
  prepareBrandImages,
} from './prepare-images.ts';
export {
  AD_COPY_PATH,
  BRAND_CONFIG_PATH,
  PROFILE_PATH,
  readAdCopy,
  readBrand,
  readOptional,
} from './read-site-input.ts';
export { type LandingContext, renderLandingPages } from './render-landing-pages.ts';
export type { LayoutContext } from './render-layout.ts';
export { planBackend, SiteBackend } from './site-backend.ts';
export { planCommerce, SiteCommerce } from './site-commerce.ts';
export { HIDDEN_FIELD_NAMES, planForms, SiteForms } from './site-forms.ts';
export type { BrandImage, BrandImages, SiteFile, SiteInput } from './site-input.ts';
export { absoluteUrl, safeExternalUrl, siteOrigin } from './site-origin.ts';
export { SiteLogo, SitePicture } from './site-picture.ts';
export { landingPathOf, PAGE_FILES, PAGE_KEYS, type PageKey, SitePlan } from './site-plan.ts';
export { publicPaths, renderRobots, renderSitemap } from './site-sitemap.ts';
export { SITE_TEMPLATES } from './site-templates.ts';
export { MIN_CONTRAST, SiteTheme, siteTheme } from './site-theme.ts';
export { planTracking, SiteTracking } from './site-tracking.ts';
