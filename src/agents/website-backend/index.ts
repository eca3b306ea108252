import type { BrandConfig } from '../../schemas/brand-config.ts';
import {
  planBackend,
  planCommerce,
  readBrand,
  readOptional,
  SiteBackend,
  SiteCommerce,
  SiteForms,
} from '../../website/index.ts';
import type { BuilderAgent } from '../builder-agent.ts';

export interface WebsiteBackendInput {
  config: BrandConfig;
  forms: SiteForms;
  commerce: SiteCommerce;
}

/** Phase 5: website/backend.json, the endpoints and field mappings the client server uses. Pure computation. */
export const websiteBackend: Omit<BuilderAgent<WebsiteBackendInput, SiteBackend>, 'definition'> = {
  schema: SiteBackend,
  async distill(workspace) {
    const { config, profile } = await readBrand(workspace);
    const forms = await workspace.readJson('website/forms.json', SiteForms);
    const commerce =
      (await readOptional(workspace, 'website/commerce.json', SiteCommerce)) ?? planCommerce(config, profile);
    return { config, forms, commerce };
  },
  offline: ({ config, forms, commerce }) => planBackend(config, forms, commerce),
  validate(backend, { forms }) {
    const problems: string[] = [];
    for (const form of forms.forms) {
      const entry = backend.forms.find((candidate) => candidate.form === form.name);
      if (!entry) problems.push(`form ${form.name} has no endpoint`);
      else
        for (const field of [...form.fields.map((f) => f.name), ...form.hidden_fields, form.honeypot]) {
          if (!entry.mapping[field]) problems.push(`form ${form.name}: field ${field} is not mapped`);
        }
    }
    if (/(sk-|secret=|password=)/i.test(JSON.stringify(backend)))
      problems.push('backend.json holds a secret value');
    return problems;
  },
  render: (backend) => [{ path: 'website/backend.json', content: `${JSON.stringify(backend, null, 2)}\n` }],
};
