export type { CopyProblem, CopyRuleId, TextForm } from './copy-problem.ts';
export { type EditOptions, editCopy } from './edit-copy.ts';
export { findRepeatedSentences } from './find-repeated-sentences.ts';
export { isProse, splitSentences } from './split-sentences.ts';
