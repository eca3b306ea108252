import { z } from 'zod';
import type { BrandConfig } from '../../schemas/brand-config.ts';
import {
  planForms,
  planTracking,
  readBrand,
  readOptional,
  renderFormFiles,
  reservedLandingPages,
  SiteForms,
  SitePlan,
  SiteTracking,
} from '../../website/index.ts';
import type { Artifact, BuilderAgent } from '../builder-agent.ts';

export interface FormConversionInput {
  config: BrandConfig;
  landing_pages: SitePlan['landing_pages'];
}

export const FormConversionOutput = z.object({ forms: SiteForms, tracking: SiteTracking });
export type FormConversionOutput = z.infer<typeof FormConversionOutput>;

/** Phase 5: forms.json, tracking.json and the two scripts (consent + tracking, validation). Pure computation. */
export const formConversion: Omit<BuilderAgent<FormConversionInput, FormConversionOutput>, 'definition'> = {
  schema: FormConversionOutput,
  async distill(workspace) {
    const { config } = await readBrand(workspace);
    const plan = await readOptional(workspace, 'website/site-plan.json', SitePlan);
    return { config, landing_pages: plan?.landing_pages ?? reservedLandingPages(config) };
  },
  offline: ({ config, landing_pages }) => ({
    forms: planForms(config, landing_pages),
    tracking: planTracking(config),
  }),
  validate({ forms }, { landing_pages }) {
    const problems: string[] = [];
    for (const form of forms.forms) {
      const required = form.fields.filter((field) => field.required).length;
      if (required > 5) problems.push(`form ${form.name} has ${required} required fields (at most 5)`);
      if (form.action !== `/api/forms/${form.name}`)
        problems.push(`form ${form.name} does not post to its endpoint`);
    }
    for (const landing of landing_pages) {
      if (!forms.forms.some((form) => form.page === `${landing.path}/`))
        problems.push(`the landing page ${landing.path} has no form`);
    }
    return problems;
  },
  render: ({ forms, tracking }): Artifact[] =>
    renderFormFiles(forms, tracking).map(({ path, content }) => ({
      path: `website/${path}`,
      content: String(content),
    })),
};
