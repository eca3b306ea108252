import type { z } from 'zod';
import type { AdCopy } from '../../schemas/ad-copy.ts';
import type { BrandConfig } from '../../schemas/brand-config.ts';
import type { BrandProfile } from '../../schemas/brand-profile.ts';
import type { CompetitiveLandscape } from '../../schemas/competitive-landscape.ts';
import type { CreativePlan } from '../../schemas/creative-brief.ts';
import type { Policy } from '../../schemas/policy.ts';
import { KNOWN_SCHEMAS } from './known-schemas.ts';
import { AD_COPY, BRAND_CONFIG, BRAND_PROFILE, CREATIVE_PLAN, LANDSCAPE, POLICY } from './qa-artifacts.ts';
import type { QaInput } from './qa-input.ts';

/** How one JSON artifact read: absent, not JSON, JSON that breaks its schema, or valid. */
export type ParsedArtifact =
  | { state: 'missing' }
  | { state: 'invalid-json'; error: string }
  | { state: 'invalid'; raw: unknown; issues: string[] }
  | { state: 'valid'; raw: unknown; data: unknown };

/** The artifacts parsed once, for every check to share; a schema-valid artifact is typed, others are null. */
export interface QaContext {
  slug: string;
  files: Record<string, string>;
  parsed: Map<string, ParsedArtifact>;
  config: BrandConfig | null;
  profile: BrandProfile | null;
  landscape: CompetitiveLandscape | null;
  plan: CreativePlan | null;
  adCopy: AdCopy | null;
  policy: Policy | null;
}

export function qaContextFrom(input: QaInput): QaContext {
  const parsed = new Map<string, ParsedArtifact>();
  for (const path of Object.keys(input.files).filter((path) => path.endsWith('.json'))) {
    parsed.set(path, parseArtifact(input.files[path]!, KNOWN_SCHEMAS[path]));
  }
  for (const path of Object.keys(KNOWN_SCHEMAS))
    if (!parsed.has(path)) parsed.set(path, { state: 'missing' });
  const valid = <T>(path: string): T | null => {
    const artifact = parsed.get(path);
    return artifact?.state === 'valid' ? (artifact.data as T) : null;
  };
  return {
    slug: input.slug,
    files: input.files,
    parsed,
    config: valid<BrandConfig>(BRAND_CONFIG),
    profile: valid<BrandProfile>(BRAND_PROFILE),
    landscape: valid<CompetitiveLandscape>(LANDSCAPE),
    plan: valid<CreativePlan>(CREATIVE_PLAN),
    adCopy: valid<AdCopy>(AD_COPY),
    policy: valid<Policy>(POLICY),
  };
}

/** The parsed JSON of an artifact whatever its schema says (budget checks read invalid files too). */
export function rawJson(context: QaContext, path: string): unknown {
  const artifact = context.parsed.get(path);
  return artifact && (artifact.state === 'valid' || artifact.state === 'invalid') ? artifact.raw : undefined;
}

function parseArtifact(text: string, schema: z.ZodType | undefined): ParsedArtifact {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { state: 'invalid-json', error: (error as Error).message };
  }
  if (!schema) return { state: 'valid', raw, data: raw };
  const result = schema.safeParse(raw);
  if (result.success) return { state: 'valid', raw, data: result.data };
  const issues = result.error.issues.map(
    (issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`,
  );
  return { state: 'invalid', raw, issues };
}
