export type { CopyProblem, CopyRule } from './check-ad-variant.ts';
export { checkAdVariant } from './check-ad-variant.ts';
export type { CopyRules } from './copy-rules.ts';
export { createCopyRules } from './copy-rules.ts';
export type { EnforcedAdCopy } from './enforce-ad-copy.ts';
export { enforceAdCopy } from './enforce-ad-copy.ts';
export { fitText, titleCaseHeadline } from './fit-to-limit.ts';
export type { AdKind, FieldLimit, TextFieldOf } from './platform-limits.ts';
export { countChars, PLATFORM_KIND, PLATFORM_LIMITS } from './platform-limits.ts';
export {
  distinctVariantShare,
  isFillerHeadline,
  type VariantOverlap,
  variantOverlaps,
} from './variant-overlap.ts';
