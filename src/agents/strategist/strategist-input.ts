import type {
  BrandProfile,
  ClientGoal,
  Industry,
  Location,
  Offering,
  PostalAddress,
} from '../../schemas/brand-profile.ts';
import type { BusinessModel } from '../../schemas/business-model.ts';
import type { ClientInputs } from '../../schemas/client-inputs.ts';

/**
 * What the strategist is given: the facts research found (values only, provenance dropped) and the
 * client's budget. Everything the output depends on is here, so its hash decides re-runs.
 */
export interface StrategistInput {
  slug: string;
  budget: ClientInputs['budget'];
  /** The site the client gave, else the one research found; null for a brief without one. */
  website: string | null;
  brand: {
    name: string;
    tagline: string | null;
    description: string | null;
    years_in_business: number | null;
  };
  /** Null when research could not tell; the strategist then assumes `other`. */
  industry: Industry | null;
  /** Null when research could not tell; the strategist then assumes the industry's usual model. */
  business_model: BusinessModel | null;
  offerings: Array<Omit<Offering, 'url'>>;
  value_propositions: string[];
  credentials: string[];
  tone: { descriptors: string[]; formality: 'formal' | 'neutral' | 'casual' } | null;
  colors: Array<BrandProfile['colors'][number]['value']>;
  contact: { phones: string[]; emails: string[]; addresses: PostalAddress[] };
  /** The profile's locations; when it lists none, its contact addresses stand in (without geo). */
  locations: Location[];
  /** The client's own goals from the brief, main first; empty when research found none. */
  goals: ClientGoal[];
  competition: {
    competitors: string[];
    gaps: string[];
    differentiation: string[];
    limitations: string[];
  };
}
