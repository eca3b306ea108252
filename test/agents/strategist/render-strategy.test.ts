import { describe, expect, it } from 'vitest';
import { planStrategy } from '../../../src/agents/strategist/offline.ts';
import { PLATFORM_LABELS } from '../../../src/agents/strategist/platform-labels.ts';
import { renderStrategy } from '../../../src/agents/strategist/render-strategy.ts';
import { BrandConfig } from '../../../src/schemas/brand-config.ts';
import { dentalInput, recordingContext, saasInput, shopInput } from './fixtures.ts';

describe('renderStrategy', () => {
  it('writes exactly the three strategy files, JSON with 2-space indentation and a trailing newline', () => {
    const output = planStrategy(dentalInput(), recordingContext());
    const files = renderStrategy(output);
    expect(files.map((file) => file.path)).toEqual([
      'brand-config.json',
      'strategy/campaign-plan.md',
      'strategy/budget-allocation.json',
    ]);
    for (const file of files) expect(file.content.endsWith('\n')).toBe(true);
    const [config, , budget] = files;
    expect(config!.content).toBe(`${JSON.stringify(output.config, null, 2)}\n`);
    expect(BrandConfig.safeParse(JSON.parse(config!.content)).success).toBe(true);
    const allocation = JSON.parse(budget!.content);
    expect(allocation.monthly_total).toBe(5000);
    expect(allocation.allocation[0]).toMatchObject({
      platform: 'google',
      monthly: 3000,
      rationale: output.config.platforms[0]!.rationale,
    });
  });

  it('shows in the campaign plan the same forecast ranges that budget-allocation.json holds, per platform and for the month', () => {
    const output = planStrategy(dentalInput(), recordingContext());
    const [, planFile, budgetFile] = renderStrategy(output);
    const plan = planFile!.content;
    const allocation = JSON.parse(budgetFile!.content);
    const total = allocation.forecast;
    expect(total).toMatchObject({ result: 'lead', coverage: 0.98, days: 30.4 });
    expect(total.results.low).toBeLessThan(total.results.expected);
    expect(total.results.expected).toBeLessThan(total.results.high);
    expect(plan).toContain('## What the budget buys');
    const leads = (range: { low: number; expected: number; high: number }) =>
      `${range.low.toLocaleString('en-US')}–${range.high.toLocaleString('en-US')} \\(about ${range.expected.toLocaleString('en-US')}\\)`;
    expect(plan).toMatch(new RegExp(`\\| \\*\\*Total\\*\\* \\|[^\\n]*${leads(total.results)}`));
    for (const line of allocation.allocation) {
      expect(plan).toMatch(
        new RegExp(
          `\\| ${PLATFORM_LABELS[line.platform as keyof typeof PLATFORM_LABELS].replace(/[()]/g, '\\$&')} \\|[^\\n]*${leads(line.forecast.clicks)}[^\\n]*${leads(line.forecast.results)}`,
        ),
      );
    }
  });

  it('writes money in the budget’s own currency', () => {
    const output = planStrategy(dentalInput(), recordingContext());
    const euros = {
      ...output,
      config: { ...output.config, budget: { ...output.config.budget, currency: 'EUR' } },
    };
    const plan = renderStrategy(euros)[1]!.content;
    // The tables are the renderer's own; the prose around them was written by the strategist in its currency.
    const tables = plan.slice(plan.indexOf('## Monthly budget'), plan.indexOf('## Geography'));
    expect(tables).toContain('| **Total** | 100% | **€5,000** |');
    expect(tables).toMatch(/\| Google Ads \| €3,000 \|/);
    expect(tables).not.toMatch(/\$\d/);
  });

  for (const makeInput of [dentalInput, saasInput, shopInput]) {
    it(`names every platform with its budget in the campaign plan (${makeInput.name})`, () => {
      const output = planStrategy(makeInput(), recordingContext());
      const plan = renderStrategy(output)[1]!.content;
      expect(plan).toContain(`# Campaign plan: ${output.config.brand_name}`);
      for (const line of output.config.budget.allocation) {
        expect(plan).toContain(`### ${PLATFORM_LABELS[line.platform]}`);
        expect(plan).toMatch(
          new RegExp(
            `\\| ${PLATFORM_LABELS[line.platform].replace(/[()]/g, '\\$&')} \\|[^\\n]*\\$${line.monthly.toLocaleString('en-US')}`,
          ),
        );
      }
      expect(plan).toContain(`**$${output.config.budget.monthly_total.toLocaleString('en-US')}**`);
      for (const heading of [
        '## Summary',
        '## Audiences',
        '## Platforms',
        '## Monthly budget',
        '## Geography',
        '## Goals and targets',
        '## 90-day timeline',
        '### Weeks 1–2: launch and learning',
        '### Weeks 3–6: optimise',
        '### Weeks 7–12: scale',
        '## Measurement',
        '## Risks',
        '## Assumptions',
      ]) {
        expect(plan).toContain(heading);
      }
      const assumptions = plan
        .slice(plan.indexOf('## Assumptions'))
        .split('\n')
        .filter((l) => l.startsWith('- '));
      expect(assumptions.length).toBe(output.plan.assumptions.length);
      for (const line of assumptions) expect(line.startsWith('- **Assumption:**')).toBe(true);
    });
  }

  it('renders the same bytes for the same input', () => {
    const first = renderStrategy(planStrategy(shopInput(), recordingContext()));
    const second = renderStrategy(planStrategy(shopInput(), recordingContext()));
    expect(second).toEqual(first);
    expect(first.map((file) => file.content).join('')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('explains dropped platforms in the plan and the budget file', () => {
    const files = renderStrategy(planStrategy(shopInput(2500), recordingContext()));
    expect(files[1]!.content).toContain('Left out for now: Meta (Facebook and Instagram), TikTok Ads.');
    expect(JSON.parse(files[2]!.content).dropped_platforms).toEqual(['meta', 'tiktok']);
  });
});
