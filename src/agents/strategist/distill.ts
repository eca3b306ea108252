import { BrandProfile } from '../../schemas/brand-profile.ts';
import { ClientInputs } from '../../schemas/client-inputs.ts';
import { CompetitiveLandscape } from '../../schemas/competitive-landscape.ts';
import type { Workspace } from '../builder-agent.ts';
import type { StrategistInput } from './strategist-input.ts';

export const INPUTS_PATH = 'inputs.json';
export const PROFILE_PATH = 'research/brand-profile.json';
export const LANDSCAPE_PATH = 'research/competitive-landscape.json';

/** Reads the three inputs; competitive intelligence is optional, so a missing landscape is an empty one. */
export async function distillStrategist(workspace: Workspace): Promise<StrategistInput> {
  const inputs = await workspace.readJson(INPUTS_PATH, ClientInputs);
  const profile = await workspace.readJson(PROFILE_PATH, BrandProfile);
  const landscape = (await workspace.exists(LANDSCAPE_PATH))
    ? await workspace.readJson(LANDSCAPE_PATH, CompetitiveLandscape)
    : null;
  return strategistInputFrom(inputs, profile, landscape);
}

/** The pure half of distillation: keeps the values the strategy depends on, drops provenance. */
export function strategistInputFrom(
  inputs: ClientInputs,
  profile: BrandProfile,
  landscape: CompetitiveLandscape | null,
): StrategistInput {
  const addresses = profile.contact.addresses.map((item) => item.value);
  const locations =
    profile.locations.length > 0
      ? profile.locations.map((item) => item.value)
      : addresses.map((address) => ({ name: null, address, geo: null }));
  const tone = profile.tone_of_voice.value;
  return {
    slug: inputs.slug,
    budget: inputs.budget,
    website: inputs.source.kind === 'site' ? inputs.source.url : profile.source.url,
    brand: {
      // A profile without a name still has one in the landscape, which research wrote from the same input.
      name: profile.name.value ?? landscape?.brand_name ?? inputs.slug,
      tagline: profile.tagline.value,
      description: profile.description.value,
      years_in_business: profile.proof.years_in_business.value,
    },
    industry: profile.industry.value,
    business_model: profile.business_model.value,
    offerings: profile.offerings.map(({ value: { name, description, price } }) => ({
      name,
      description,
      price,
    })),
    value_propositions: profile.value_propositions.map((item) => item.value),
    credentials: profile.proof.credentials.map((item) => item.value),
    tone: tone ? { descriptors: tone.descriptors, formality: tone.formality } : null,
    colors: profile.colors.map((item) => item.value),
    contact: {
      phones: profile.contact.phones.map((item) => item.value),
      emails: profile.contact.emails.map((item) => item.value),
      addresses,
    },
    locations,
    // Goals change the plan, so they belong to the input and its hash; old profiles have none.
    goals: (profile.goals ?? []).map((item) => item.value),
    competition: {
      competitors: landscape?.competitors.map((competitor) => competitor.name) ?? [],
      gaps: landscape?.gaps.map((gap) => gap.gap) ?? [],
      differentiation: landscape?.differentiation.map((point) => point.point) ?? [],
      limitations: landscape?.limitations ?? ['No competitive landscape was available.'],
    },
  };
}
