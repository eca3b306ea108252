import type { Demographic, Platform, PlatformId } from '../../schemas/brand-config.ts';
import type { BusinessModel } from '../../schemas/business-model.ts';
import type { IndustryPlaybook, PlatformObjective, PlaybookPlatform } from './industry-playbook.ts';

/** A platform the strategy will run, before the budget decides its share. */
export interface PlannedPlatform extends Omit<Platform, 'budget_share'> {
  weight: number;
}

const SALES_FORMATS: Partial<Record<PlatformId, string[]>> = {
  google: ['Shopping ads', 'Performance Max', 'Responsive search ads'],
  meta: ['Advantage+ shopping', 'Dynamic product ads', 'Reels'],
};

// Below this age the primary shoppers live on short video, so an online store adds TikTok.
const YOUNG_AUDIENCE_MAX_AGE = 30;

/**
 * The industry's platforms, highest priority first, adapted to how the business sells:
 * sales campaigns get shopping formats, and an online store adds TikTok when an audience is young.
 */
export function choosePlatforms(
  playbook: IndustryPlaybook,
  businessModel: BusinessModel,
  demographics: readonly Demographic[],
): PlannedPlatform[] {
  const platforms = playbook.platforms.map((platform) => {
    const objective = objectiveFor(platform, businessModel, playbook.bookings);
    return {
      id: platform.id,
      objective,
      formats: (objective === 'sales' && SALES_FORMATS[platform.id]) || platform.formats,
      demographics: platform.audiences.map((index) => demographics[index]?.id ?? ''),
      rationale: platform.rationale,
      weight: platform.weight,
    };
  });
  const youngest = demographics.reduce((min, demographic) => Math.min(min, demographic.age_range.min), 100);
  if (businessModel === 'ecommerce-primary' && youngest < YOUNG_AUDIENCE_MAX_AGE) {
    const young = demographics.filter((demographic) => demographic.age_range.min < YOUNG_AUDIENCE_MAX_AGE);
    if (!platforms.some((platform) => platform.id === 'tiktok')) {
      platforms.push({
        id: 'tiktok',
        objective: 'sales',
        formats: ['In-feed video', 'Spark ads', 'Video shopping ads'],
        demographics: young.map((demographic) => demographic.id),
        rationale:
          'Short creator-style video reaches the younger shoppers who discover products on their feed.',
        weight: 15,
      });
    }
  }
  return platforms;
}

function objectiveFor(
  platform: PlaybookPlatform,
  businessModel: BusinessModel,
  bookings: boolean,
): PlatformObjective {
  if (platform.role === 'awareness' && businessModel !== 'ecommerce-primary') return 'awareness';
  if (businessModel === 'ecommerce-primary') return 'sales';
  // A hybrid sells through search (shopping intent) and gathers leads and bookings everywhere else.
  if (businessModel === 'hybrid' && platform.id === 'google') return 'sales';
  return bookings ? 'bookings' : 'leads';
}
