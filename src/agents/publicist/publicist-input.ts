import type { BrandConfig, PlatformId } from '../../schemas/brand-config.ts';
import type { BusinessModel } from '../../schemas/business-model.ts';
import type { CreativeBrief } from '../../schemas/creative-brief.ts';

/**
 * What the publicist is given: the brand facts its documents quote and the creative plan's briefs
 * and pillars. Everything the files depend on is here, so its hash decides re-runs.
 */
export interface PublicistInput {
  brand: {
    id: string;
    name: string;
    tagline: string | null;
    industry: { key: string; label: string };
    business_model: BusinessModel;
    timezone: string;
    website: string | null;
    /** Where the client sends files (brand-config's contact email); null when none is known. */
    email: string | null;
    phone: string | null;
  };
  offerings: BrandConfig['offerings'];
  /** Primary, secondary and tertiary audiences, in that order. */
  audiences: Array<{ id: string; name: string }>;
  platforms: Array<{ id: PlatformId; formats: string[] }>;
  budget: { monthly: number; currency: string };
  voice: BrandConfig['brand_voice'];
  places: {
    /** The street address with its city, e.g. "1200 Cornwall Ave, Bellingham"; null when unknown. */
    address: string | null;
    /** Named locations and the cities and regions of the geographic strategy, most important first. */
    names: string[];
  };
  creative: {
    themes: string[];
    pillars: Array<{ id: string; name: string; message: string; proof: string[] }>;
    imagery: string;
    /** What the creative direction rules out (imagery, clichés); shown under "what not to film". */
    avoid: string[];
    briefs: CreativeBrief[];
  };
}
