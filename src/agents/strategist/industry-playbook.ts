import type { Platform } from '../../schemas/brand-config.ts';

/**
 * What an experienced media planner knows about an industry before looking at the brand. The
 * schema (and the meaning of each field) lives with the data it describes, in src/knowledge.
 */
export type { IndustryPlaybook, PlaybookPlatform } from '../../knowledge/index.ts';

export type PlatformObjective = Platform['objective'];
