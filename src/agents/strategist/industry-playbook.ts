import type { Demographic, Platform, PlatformId } from '../../schemas/brand-config.ts';
import type { BusinessModel } from '../../schemas/business-model.ts';

export interface PlaybookPlatform {
  id: PlatformId;
  /**
   * `conversion` platforms take the business model's objective; `awareness` ones keep building
   * reach; `retargeting` ones convert people who already visited.
   */
  role: 'conversion' | 'awareness' | 'retargeting';
  formats: string[];
  /** Relative weight of the budget; a whole number. */
  weight: number;
  /** Indexes into the playbook's audiences (0 primary, 1 secondary, 2 tertiary). */
  audiences: Array<0 | 1 | 2>;
  rationale: string;
}

/** What an experienced media planner knows about an industry before looking at the brand. */
export interface IndustryPlaybook {
  /** Audience archetypes, primary first; their ids become the demographic ids in brand-config. */
  audiences: [Demographic, Demographic, Demographic];
  /** Highest priority first: the last ones are dropped first when the budget is small. */
  platforms: PlaybookPlatform[];
  /** Typical distance customers travel to the business. */
  radiusKm: number;
  /** The business model to assume when research could not tell. */
  defaultBusinessModel: BusinessModel;
  /** True where the conversion is a booking (table, appointment, room) rather than an enquiry. */
  bookings: boolean;
  kpi: {
    /** Typical cost per lead (or booking) in USD on paid search and social. */
    costPerLead: { low: number; high: number };
    /** A sensible first-quarter return on ad spend when the business sells online. */
    roas: number;
    /** Typical order value in USD, used for revenue targets when research has no prices. */
    averageOrderValue: number;
  };
  tone: string[];
  personality: string[];
  /** Claims that are unverifiable, regulated or off-putting in this industry. */
  avoid: string[];
}

export type PlatformObjective = Platform['objective'];
