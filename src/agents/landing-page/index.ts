import type { AdCopy } from '../../schemas/ad-copy.ts';
import type { BrandConfig } from '../../schemas/brand-config.ts';
import type { BrandProfile } from '../../schemas/brand-profile.ts';
import {
  LandingPages,
  planCommerce,
  readAdCopy,
  readBrand,
  readOptional,
  renderDesign,
  renderLandingPages,
  SiteCommerce,
  SiteForms,
  SitePlan,
  SiteTheme,
  writeLandingCopy,
} from '../../website/index.ts';
import type { Artifact, BuilderAgent } from '../builder-agent.ts';
import { landingPagePrompt } from './prompt.ts';
import { validateLandingPages } from './validate.ts';

export interface LandingPageInput {
  config: BrandConfig;
  profile: BrandProfile | null;
  plan: SitePlan;
  adCopy: AdCopy | null;
  forms: SiteForms;
  commerce: SiteCommerce;
  /** website-designer's theme: the logo and photos the landing pages share with the site. */
  theme?: SiteTheme | null;
}

/** Phase 5: one landing page per campaign under website/lp/, its headline and offer taken from the campaign's ads. */
export const landingPage: Omit<BuilderAgent<LandingPageInput, LandingPages>, 'definition'> = {
  schema: LandingPages,
  async distill(workspace) {
    const { config, profile } = await readBrand(workspace);
    const plan = await workspace.readJson('website/site-plan.json', SitePlan);
    const forms = await workspace.readJson('website/forms.json', SiteForms);
    const commerce =
      (await readOptional(workspace, 'website/commerce.json', SiteCommerce)) ?? planCommerce(config, profile);
    const theme = await readOptional(workspace, 'website/theme.json', SiteTheme);
    return {
      config,
      profile,
      plan,
      adCopy: await readAdCopy(workspace, config.brand_id),
      forms,
      commerce,
      theme,
    };
  },
  offline(input, context) {
    const copy = writeLandingCopy(input.plan, input.adCopy, input.profile);
    for (const page of copy.pages.filter((candidate) => candidate.matched_variants.length === 0))
      context.note(
        'warning',
        `No ad copy links to /lp/${page.campaign}: its landing page uses the home page wording.`,
      );
    return copy;
  },
  prompt: landingPagePrompt,
  validate: validateLandingPages,
  render(copy, input): Artifact[] {
    const { layout } = renderDesign({ ...input, theme: input.theme ?? undefined });
    return renderLandingPages(copy, { ...layout, forms: input.forms, commerce: input.commerce }).map(
      ({ path, content }) => ({ path: `website/${path}`, content: String(content) }),
    );
  },
};
