import { BrandConfig } from '../../schemas/brand-config.ts';
import { BrandProfile } from '../../schemas/brand-profile.ts';
import { CreativePlan } from '../../schemas/creative-brief.ts';
import type { Workspace } from '../builder-agent.ts';
import type { CreativeSummary, DocumentationInput } from './documentation-input.ts';
import { guardrailsFrom } from './guardrails.ts';

export const BRAND_CONFIG_PATH = 'brand-config.json';
export const PROFILE_PATH = 'research/brand-profile.json';
export const CREATIVE_PLAN_PATH = 'creative/briefs/briefs.json';
export const POLICY_PATH = 'automation/policy.json';

/**
 * Reads brand-config.json (required) and, when they exist, the brand profile, the creative plan and
 * the guardrail policy. Optional files that cannot be used become a problem noted in the build,
 * never a failure: the docs are still worth writing from the config alone.
 */
export async function distillDocumentation(workspace: Workspace): Promise<DocumentationInput> {
  const config = await workspace.readJson(BRAND_CONFIG_PATH, BrandConfig);
  const problems: string[] = [];
  const profile = await readOptional(workspace, PROFILE_PATH, problems);
  const creative = await readOptional(workspace, CREATIVE_PLAN_PATH, problems);
  const policy = await readOptional(workspace, POLICY_PATH, problems);
  return documentationInputFrom(config, { profile, creative, policy }, problems);
}

/**
 * The pure half of distillation: validates the optional files (parsed JSON, `undefined` when
 * absent) and keeps what the docs use.
 */
export function documentationInputFrom(
  config: BrandConfig,
  files: { profile?: unknown; creative?: unknown; policy?: unknown },
  problems: string[] = [],
): DocumentationInput {
  const profile = files.profile === undefined ? null : BrandProfile.safeParse(files.profile);
  if (profile && !profile.success)
    problems.push(`${PROFILE_PATH} does not match its schema; it was ignored.`);
  const research = profile?.success ? profile.data : null;

  let creative: CreativeSummary | null = null;
  if (files.creative !== undefined) {
    const plan = CreativePlan.safeParse(files.creative);
    if (!plan.success) problems.push(`${CREATIVE_PLAN_PATH} does not match its schema; it was ignored.`);
    else if (plan.data.brand_id !== config.brand_id) {
      problems.push(
        `${CREATIVE_PLAN_PATH} belongs to "${plan.data.brand_id}", not "${config.brand_id}"; it was ignored.`,
      );
    } else creative = creativeSummary(plan.data);
  }

  const reading = files.policy === undefined ? null : guardrailsFrom(files.policy);
  if (reading && reading.used.length === 0) {
    problems.push(`${POLICY_PATH} has no guardrail the docs recognise; the DESIGN defaults are described.`);
  }
  return {
    slug: config.brand_id,
    config,
    brand: {
      description: research?.description.value ?? null,
      logo_known: Boolean(research?.logo.value),
    },
    creative,
    guardrails: reading?.guardrails ?? guardrailsFrom({}).guardrails,
    guardrails_from_policy: reading?.used ?? [],
    problems,
  };
}

function creativeSummary(plan: CreativePlan): CreativeSummary {
  return {
    themes: plan.themes,
    pillars: plan.pillars.map(({ name, message }) => ({ name, message })),
    imagery: plan.visual_direction.imagery,
    briefs: plan.briefs.map(({ id, title, platform, format, duration_seconds }) => ({
      id,
      title,
      platform,
      format,
      duration_seconds,
    })),
  };
}

/** Reads an optional JSON file: `undefined` when absent; unreadable JSON is a noted problem, not a failed build. */
async function readOptional(workspace: Workspace, path: string, problems: string[]): Promise<unknown> {
  if (!(await workspace.exists(path))) return undefined;
  const text = await workspace.readText(path);
  try {
    return JSON.parse(text);
  } catch {
    problems.push(`${path} is not valid JSON; it was ignored.`);
    return undefined;
  }
}
