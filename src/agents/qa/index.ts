import type { BuilderAgent } from '../builder-agent.ts';
import { distillQa } from './distill.ts';
import { qaContextFrom } from './qa-context.ts';
import type { QaInput } from './qa-input.ts';
import { QaReport } from './qa-report.ts';
import { renderQaReport } from './render-report.ts';
import { runQa } from './run-qa.ts';
import { validateQaReport } from './validate.ts';

/**
 * Phase 7: checks the whole client build and writes QA-REPORT.md. Pure computation (no model path);
 * its blocking problems fail the build after the report is written.
 */
export const qa: Omit<BuilderAgent<QaInput, QaReport>, 'definition'> = {
  schema: QaReport,
  distill: distillQa,
  offline: (input) => runQa(input),
  validate: (report) => validateQaReport(report),
  gate: (report) => report.blocking,
  render: (report, input) => [renderQaReport(report, qaContextFrom(input).config?.brand_name ?? input.slug)],
};

export { QA_ARTIFACTS } from './qa-artifacts.ts';
export type { QaInput } from './qa-input.ts';
export { QaCheck, QaReport } from './qa-report.ts';
export { QA_REPORT_PATH } from './render-report.ts';
export { runQa } from './run-qa.ts';
