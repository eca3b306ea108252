import type { QaReport } from './qa-report.ts';

/** The report must be self-consistent: its blocking list and warnings are exactly its checks' details. */
export function validateQaReport(report: QaReport): string[] {
  const problems: string[] = [];
  const ids = report.checks.map((check) => check.id);
  const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
  if (duplicates.length > 0) problems.push(`check ids repeat: ${[...new Set(duplicates)].join(', ')}`);
  for (const check of report.checks) {
    if (check.status === 'pass' && check.details.length > 0)
      problems.push(`${check.id} passed but lists problems`);
    if (check.status !== 'pass' && check.details.length === 0) {
      problems.push(`${check.id} is ${check.status} but says nothing about why`);
    }
  }
  const failed = report.checks.filter((check) => check.status === 'fail').flatMap((check) => check.details);
  const warned = report.checks.filter((check) => check.status === 'warn').flatMap((check) => check.details);
  if (!sameList(report.blocking, failed)) problems.push("blocking differs from the failed checks' details");
  if (!sameList(report.warnings, warned)) problems.push("warnings differ from the warned checks' details");
  return problems;
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
