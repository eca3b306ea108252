import type { BrandConfig } from '../schemas/brand-config.ts';

/** What ad copy is checked against: the brand's words to avoid, and the text claims must come from. */
export interface CopyRules {
  /** Words and phrases from brand-config.json brand_voice.avoid; matched whole-word, case-insensitive. */
  avoid: string[];
  /** Research text (brand profile + site text); a claim is verified only if it occurs here. */
  sourceText: string;
}

/**
 * Builds the rules from the brand config and the research texts.
 *
 * @example createCopyRules(brandConfig, [brandProfileMarkdown, siteText])
 */
export function createCopyRules(
  config: { brand_voice: Pick<BrandConfig['brand_voice'], 'avoid'> },
  sources: readonly string[],
): CopyRules {
  return {
    avoid: [...config.brand_voice.avoid],
    // Blank lines keep a phrase from being "found" across the seam of two documents.
    sourceText: sources.join('\n\n'),
  };
}
