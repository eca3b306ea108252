import { BrandConfig } from '../../schemas/brand-config.ts';
import { BrandProfile } from '../../schemas/brand-profile.ts';
import { CompetitiveLandscape } from '../../schemas/competitive-landscape.ts';
import { CreativePlan } from '../../schemas/creative-brief.ts';
import type { Workspace } from '../builder-agent.ts';
import type { PromptEngineerInput } from './prompt-engineer-input.ts';

export const BRAND_CONFIG_PATH = 'brand-config.json';
export const PROFILE_PATH = 'research/brand-profile.json';
export const LANDSCAPE_PATH = 'research/competitive-landscape.json';
export const CREATIVE_PLAN_PATH = 'creative/briefs/briefs.json';

/** Reads the brand config and profile; the landscape and the creative plan are optional. */
export async function distillPromptEngineer(workspace: Workspace): Promise<PromptEngineerInput> {
  const config = await workspace.readJson(BRAND_CONFIG_PATH, BrandConfig);
  const profile = await workspace.readJson(PROFILE_PATH, BrandProfile);
  const landscape = (await workspace.exists(LANDSCAPE_PATH))
    ? await workspace.readJson(LANDSCAPE_PATH, CompetitiveLandscape)
    : null;
  const creative = (await workspace.exists(CREATIVE_PLAN_PATH))
    ? await workspace.readJson(CREATIVE_PLAN_PATH, CreativePlan)
    : null;
  return promptEngineerInputFrom(config, profile, landscape, creative);
}

/** The pure half of distillation: keeps what the prompts and the policy depend on. */
export function promptEngineerInputFrom(
  config: BrandConfig,
  profile: BrandProfile,
  landscape: CompetitiveLandscape | null,
  creative: CreativePlan | null,
): PromptEngineerInput {
  const { brand_colors: _colors, contact: _contact, tracking: _tracking, ...kept } = config;
  return {
    slug: config.brand_id,
    config: kept,
    research: {
      location_count: Math.max(1, profile.locations.length),
      value_propositions: profile.value_propositions.map((item) => item.value),
      credentials: profile.proof.credentials.map((item) => item.value),
    },
    competition: {
      competitors: (landscape?.competitors ?? []).map(({ name, description }) => ({ name, description })),
      gaps: landscape?.gaps.map((gap) => gap.gap) ?? [],
      differentiation: landscape?.differentiation.map((point) => point.point) ?? [],
    },
    creative: creative
      ? {
          pillars: creative.pillars.map(({ id, name, message }) => ({ id, name, message })),
          brief_ids: creative.briefs.map((brief) => brief.id),
          avoid: creative.avoid,
        }
      : null,
  };
}
