import type { Artifact } from '../builder-agent.ts';
import type { QaCheck, QaCheckStatus, QaReport } from './qa-report.ts';

export const QA_REPORT_PATH = 'QA-REPORT.md';

const MARK: Record<QaCheckStatus, string> = {
  pass: '✅ pass',
  fail: '❌ blocking',
  warn: '⚠️ warning',
  skipped: '⏭️ skipped',
};

/**
 * QA-REPORT.md: a summary line, every check in a table, then the problems — blocking first, each
 * with its file and its fix — and what was skipped and why.
 */
export function renderQaReport(report: QaReport, brandName: string): Artifact {
  const count = (status: QaCheckStatus) => report.checks.filter((check) => check.status === status).length;
  const failed = report.checks.filter((check) => check.status === 'fail');
  const warned = report.checks.filter((check) => check.status === 'warn');
  const skipped = report.checks.filter((check) => check.status === 'skipped');
  const verdict =
    report.blocking.length > 0
      ? `**Not ready: ${plural(report.blocking.length, 'blocking problem')} must be fixed before this client goes live.**`
      : '**No blocking problem: the build passes QA.**';
  const lines = [
    `# QA report: ${brandName}`,
    '',
    `${plural(report.checks.length, 'check')}: ${count('pass')} passed, ${count('fail')} failed, ` +
      `${count('warn')} with warnings, ${count('skipped')} skipped.`,
    '',
    verdict,
    '',
    '| check | result | problems |',
    '| --- | --- | --- |',
    ...report.checks.map(
      (check) =>
        `| ${cell(check.title)} (\`${check.id}\`) | ${MARK[check.status]} | ${
          check.status === 'fail' || check.status === 'warn' ? check.details.length : '–'
        } |`,
    ),
  ];
  if (failed.length > 0) {
    lines.push(
      '',
      `## Blocking problems (${report.blocking.length})`,
      '',
      'Each names the file, what is wrong and how to fix it.',
    );
    lines.push(...failed.flatMap(section));
  }
  if (warned.length > 0) {
    lines.push('', `## Warnings (${report.warnings.length})`);
    lines.push(...warned.flatMap(section));
  }
  if (skipped.length > 0) {
    lines.push('', '## Skipped checks', '');
    lines.push(...skipped.map((check) => `- ${check.title} (\`${check.id}\`): ${check.details.join('; ')}`));
  }
  return { path: QA_REPORT_PATH, content: `${lines.join('\n')}\n` };
}

function section(check: QaCheck): string[] {
  return ['', `### ${check.title} (\`${check.id}\`)`, '', ...check.details.map((detail) => `- ${detail}`)];
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
