import { describe, expect, it } from 'vitest';
import { checkPlaceholders } from '../../../src/agents/qa/checks/check-placeholders.ts';
import { amountPattern } from '../../../src/agents/qa/checks/check-prompts.ts';
import { checkSecrets } from '../../../src/agents/qa/checks/check-secrets.ts';
import { avoidPhrases } from '../../../src/agents/qa/find-phrase.ts';
import type { QaReport } from '../../../src/agents/qa/qa-report.ts';
import { renderQaReport } from '../../../src/agents/qa/render-report.ts';
import { validateQaReport } from '../../../src/agents/qa/validate.ts';
import { contextWith } from './qa-context-fixture.ts';

describe('avoid phrases', () => {
  it('match whole words, case-insensitively, "#1" included', () => {
    const [best, one, organic] = avoidPhrases(['best', '#1', 'organic (unless certified)']);
    expect(best!.pattern.test('The Best bread')).toBe(true);
    expect(best!.pattern.test('bestseller')).toBe(false);
    expect(one!.pattern.test('We are #1 in town')).toBe(true);
    expect(one!.pattern.test('#10 on the list')).toBe(false);
    expect(organic).toMatchObject({ phrase: 'organic', qualified: true });
  });
});

describe('monthly budget in prose', () => {
  it('is found however the thousands are written, never inside a longer number', () => {
    const pattern = amountPattern(3000);
    for (const text of ['$3,000 a month', '3000 USD', 'USD 3 000', '3.000 €'])
      expect(pattern.test(text)).toBe(true);
    for (const text of ['$13,000', '3,0001', '$30,000', '3,000.5']) expect(pattern.test(text)).toBe(false);
  });
});

describe('placeholder check', () => {
  const run = (files: Record<string, string>) => checkPlaceholders(contextWith(files))[0]!;

  it('passes prose with code that happens to contain braces', () => {
    const text = '# Guide\n\nSend `{{name}}` as JSON:\n\n```json\n{"a":{"b":1}}\n```\n\n## Next\n\nDone.\n';
    expect(run({ 'docs/guide.md': text })).toMatchObject({ status: 'pass' });
  });

  it('blocks TODO, TBD, lorem ipsum, template braces and [insert …]', () => {
    const text = '# Guide\n\nTODO\n\nPrice: TBD\n\nLorem ipsum dolor.\n\nHi {{name}}\n\n[Insert logo]\n';
    const check = run({ 'docs/guide.md': text });
    expect(check.status).toBe('fail');
    expect(check.details.map((detail) => /placeholder "([^"]+)"/.exec(detail)?.[1])).toEqual([
      'TODO',
      'TBD',
      'lorem ipsum',
      '{{',
      '}}',
      '[insert',
    ]);
  });

  it('blocks a heading followed by one of the same level, and a heading at the end', () => {
    const check = run({ 'docs/guide.md': '# Guide\n\n## Empty\n\n## Full\n\nText.\n\n## Last\n' });
    expect(check.details).toEqual([
      expect.stringContaining('the section "Empty" (line 3) is empty'),
      expect.stringContaining('the section "Last" (line 9) is empty'),
    ]);
  });

  it('reads HTML without its styles and scripts, and finds empty sections there', () => {
    const html =
      '<html><head><style>@media print{body{color:#000}}</style></head><body><h1>Proposal</h1>' +
      '<section><h2>Plan</h2><p>We run ads.</p></section><section><h2>Budget</h2></section><h2>Team</h2><img src="a.png"></body></html>';
    const check = run({ 'proposal/index.html': html });
    expect(check.details).toEqual([
      expect.stringMatching(/^proposal\/index\.html: the section "Budget" is empty/),
    ]);
  });
});

describe('secrets check', () => {
  it('blocks a planted API key in any file', () => {
    const check = checkSecrets(
      contextWith({ 'docs/setup.md': 'ANTHROPIC_API_KEY=sk-ant-api03-abcdefghijklmnopqrstuvwxyz012345' }),
    )[0]!;
    expect(check.status).toBe('fail');
    expect(check.details[0]).toMatch(
      /^docs\/setup\.md: contains what looks like an Anthropic API key — fix: remove it/,
    );
  });
});

describe('the report', () => {
  const report: QaReport = {
    schema_version: 1,
    checks: [
      {
        id: 'budget-sums',
        title: 'Budgets add up',
        status: 'fail',
        details: ['brand-config.json: off — fix: re-run strategist'],
      },
      { id: 'brand-colours', title: 'Colours', status: 'warn', details: ['proposal/index.html: no primary'] },
      { id: 'secrets', title: 'No secrets', status: 'pass', details: [] },
      { id: 'prompts', title: 'Prompts', status: 'skipped', details: ['automation/prompts/ is not there'] },
    ],
    blocking: ['brand-config.json: off — fix: re-run strategist'],
    warnings: ['proposal/index.html: no primary'],
  };

  it('is valid only when its blocking list is exactly the failed checks’ details', () => {
    expect(validateQaReport(report)).toEqual([]);
    expect(validateQaReport({ ...report, blocking: [] })).toEqual([
      "blocking differs from the failed checks' details",
    ]);
  });

  it('renders a summary line, a table, then blocking problems before warnings and skipped checks', () => {
    const { path, content } = renderQaReport(report, 'Juniper Bakery');
    expect(path).toBe('QA-REPORT.md');
    expect(content.split('\n').slice(0, 3)).toEqual([
      '# QA report: Juniper Bakery',
      '',
      '4 checks: 1 passed, 1 failed, 1 with warnings, 1 skipped.',
    ]);
    const order = [
      '| check | result | problems |',
      '## Blocking problems (1)',
      '## Warnings (1)',
      '## Skipped checks',
    ];
    const positions = order.map((heading) => content.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
