import type { BrandConfig } from '../../schemas/brand-config.ts';

/**
 * What the prompt engineer is given: the brand config without the parts no runtime prompt uses
 * (colours, contact, tracking ids), a few research facts, the competitors by name, and the creative
 * plan's pillars and brief ids when the creative director has written them.
 */
export interface PromptEngineerInput {
  slug: string;
  config: Omit<BrandConfig, 'brand_colors' | 'contact' | 'tracking'>;
  research: {
    /** Places customers visit; at least 1 for capacity, even when research found none. */
    location_count: number;
    value_propositions: string[];
    credentials: string[];
  };
  /** Empty lists when there is no competitive landscape. */
  competition: {
    competitors: Array<{ name: string; description: string }>;
    gaps: string[];
    differentiation: string[];
  };
  /** Null until creative/briefs/briefs.json exists. */
  creative: {
    pillars: Array<{ id: string; name: string; message: string }>;
    brief_ids: string[];
    avoid: string[];
  } | null;
}
