import type { BrandConfig, PlatformId } from '../../schemas/brand-config.ts';
import type { Guardrails } from './guardrails.ts';

/** The creative plan as far as the docs use it: which pieces of content the client is asked for. */
export interface CreativeSummary {
  themes: string[];
  pillars: Array<{ name: string; message: string }>;
  imagery: string;
  briefs: Array<{
    id: string;
    title: string;
    platform: PlatformId;
    format: string;
    duration_seconds: number;
  }>;
}

/**
 * What the documentation agent is given: the brand config (every figure comes from it), a few
 * research facts, the creative plan and the guardrails when those agents have run. Everything the
 * docs depend on is here, so its hash decides re-runs.
 */
export interface DocumentationInput {
  slug: string;
  config: BrandConfig;
  brand: {
    description: string | null;
    /** Research found a logo; the proposal still never hot-links it. */
    logo_known: boolean;
  };
  /** Null until the creative director has written creative/briefs/briefs.json. */
  creative: CreativeSummary | null;
  guardrails: Guardrails;
  /** Paths in automation/policy.json the guardrails came from; empty means DESIGN defaults. */
  guardrails_from_policy: string[];
  /** Why an optional input was present but not used, said in a build note. */
  problems: string[];
}
