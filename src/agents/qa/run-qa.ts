import { checkBudget } from './checks/check-budget.ts';
import { checkColours } from './checks/check-colours.ts';
import { checkCopyLimits } from './checks/check-copy-limits.ts';
import { checkCopyQuality } from './checks/check-copy-quality.ts';
import { checkPlaceholders } from './checks/check-placeholders.ts';
import { checkPromises } from './checks/check-promises.ts';
import { checkPrompts } from './checks/check-prompts.ts';
import { checkReferences } from './checks/check-references.ts';
import { checkSchemas } from './checks/check-schemas.ts';
import { checkSecrets } from './checks/check-secrets.ts';
import { checkVoice } from './checks/check-voice.ts';
import { type QaContext, qaContextFrom } from './qa-context.ts';
import type { QaInput } from './qa-input.ts';
import type { QaCheck, QaReport } from './qa-report.ts';

/** The checks in report order: contracts first, then money, references, copy, documents, secrets. */
const CHECKS: Array<(context: QaContext) => QaCheck[]> = [
  checkSchemas,
  checkBudget,
  checkReferences,
  checkCopyLimits,
  checkVoice,
  checkCopyQuality,
  checkPrompts,
  checkColours,
  checkPlaceholders,
  checkPromises,
  checkSecrets,
];

/** QA's engine: pure and deterministic, the same files always give the same report. */
export function runQa(input: QaInput): QaReport {
  const context = qaContextFrom(input);
  const checks = CHECKS.flatMap((check) => check(context));
  return {
    schema_version: 1,
    checks,
    blocking: checks.filter((check) => check.status === 'fail').flatMap((check) => check.details),
    warnings: checks.filter((check) => check.status === 'warn').flatMap((check) => check.details),
  };
}
