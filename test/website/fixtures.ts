import type { AgentRunContext } from '../../src/agents/builder-agent.ts';
import { creativeDirector, creativeInputFrom } from '../../src/agents/creative-director/index.ts';
import { planStrategy } from '../../src/agents/strategist/offline.ts';
import type { StrategistInput } from '../../src/agents/strategist/strategist-input.ts';
import type { AdCopy } from '../../src/schemas/ad-copy.ts';
import type { BrandConfig } from '../../src/schemas/brand-config.ts';
import type { BrandProfile } from '../../src/schemas/brand-profile.ts';
import type { CreativePlan } from '../../src/schemas/creative-brief.ts';
import type { SiteInput } from '../../src/website/index.ts';
import {
  dentalInput,
  dentalProfile,
  landscapeFor,
  saasInput,
  saasProfile,
  shopInput,
  shopProfile,
} from '../agents/strategist/fixtures.ts';

export const silent: AgentRunContext = { note: () => {} };

export interface Brand {
  config: BrandConfig;
  profile: BrandProfile;
  creative: CreativePlan;
  adCopy: AdCopy;
}

/** A real brand-config (the strategist offline) and real creative (the creative director offline). */
async function brandFrom(input: StrategistInput, profile: BrandProfile): Promise<Brand> {
  const config = (await planStrategy(input, silent)).config;
  const creativeInput = creativeInputFrom(
    config,
    profile,
    landscapeFor(config.brand_name, config.industry.label, 'Site says so'),
  );
  const output = await creativeDirector.offline(creativeInput, silent);
  return { config, profile, creative: output.plan, adCopy: output.adCopy };
}

export const dentalBrand = () => brandFrom(dentalInput(5000), dentalProfile);
export const shopBrand = () =>
  brandFrom(shopInput(6000), {
    ...shopProfile,
    offerings: shopProfile.offerings.map((item, index) =>
      index === 0
        ? { ...item, value: { ...item.value, url: 'https://tidepool.example/products/mugs' } }
        : item,
    ),
    social_links: [
      {
        value: { platform: 'instagram', url: 'https://instagram.com/tidepool' },
        confidence: 0.9,
        sources: [{ kind: 'html' as const, page: 'https://tidepool.example/' }],
      },
    ],
  });
export const saasBrand = () => brandFrom(saasInput(4321), saasProfile);

export function siteInputOf(brand: Brand): SiteInput {
  return { config: brand.config, profile: brand.profile, creative: brand.creative, adCopy: brand.adCopy };
}
