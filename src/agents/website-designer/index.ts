import type { BrandConfig } from '../../schemas/brand-config.ts';
import type { BrandProfile } from '../../schemas/brand-profile.ts';
import {
  MIN_CONTRAST,
  planCommerce,
  readBrand,
  readOptional,
  renderDesign,
  SiteCommerce,
  SiteForms,
  SitePlan,
  SiteTheme,
  siteTheme,
} from '../../website/index.ts';
import type { Artifact, BuilderAgent } from '../builder-agent.ts';

export interface WebsiteDesignerInput {
  config: BrandConfig;
  profile: BrandProfile | null;
  plan: SitePlan;
  forms: SiteForms;
  commerce: SiteCommerce;
}

/**
 * Phase 5: the theme (brand colours with AA enforced) and the core pages from templates/site and
 * the site plan. Pure computation. The brand's images are not copied yet: research stores their
 * URLs only, and artifacts are text; the pages use a text wordmark until then.
 */
export const websiteDesigner: Omit<BuilderAgent<WebsiteDesignerInput, SiteTheme>, 'definition'> = {
  schema: SiteTheme,
  async distill(workspace) {
    const { config, profile } = await readBrand(workspace);
    const plan = await workspace.readJson('website/site-plan.json', SitePlan);
    const forms = await workspace.readJson('website/forms.json', SiteForms);
    const commerce =
      (await readOptional(workspace, 'website/commerce.json', SiteCommerce)) ?? planCommerce(config, profile);
    return { config, profile, plan, forms, commerce };
  },
  offline: ({ config, profile }, context) => {
    const theme = siteTheme(config.brand_colors, profile);
    for (const change of theme.adjusted)
      context.note(
        'decision',
        `Theme: ${change.role} ${change.brand} fails WCAG AA, ${change.used} is used instead.`,
      );
    return theme;
  },
  validate(theme) {
    return theme.pairs
      .filter((pair) => pair.ratio < MIN_CONTRAST)
      .map((pair) => `theme: ${pair.name} has contrast ${pair.ratio} (< ${MIN_CONTRAST})`);
  },
  render: (theme, input): Artifact[] =>
    renderDesign({ ...input, theme })
      .files.filter((file): file is { path: string; content: string } => typeof file.content === 'string')
      .map(({ path, content }) => ({ path: `website/${path}`, content })),
};
