import { describe, expect, it } from 'vitest';
import { strategistInputFrom } from '../../../src/agents/strategist/distill.ts';
import { planStrategy } from '../../../src/agents/strategist/offline.ts';
import { renderCampaignPlan } from '../../../src/agents/strategist/render-campaign-plan.ts';
import { validateStrategy } from '../../../src/agents/strategist/validate.ts';
import { extractBrandProfile } from '../../../src/research/extract/index.ts';
import { BrandConfig } from '../../../src/schemas/brand-config.ts';
import { loadProseBrief } from '../../support/brief-snapshot.ts';
import { recordingContext } from './fixtures.ts';

/** Research then strategy on one prose brief, as a spawn from a brief runs them offline. */
function planFor(brief: string, monthly: number) {
  const profile = extractBrandProfile(loadProseBrief(brief));
  const input = strategistInputFrom(
    {
      schema_version: 1,
      slug: brief,
      source: { kind: 'brief', file: `${brief}.txt` },
      budget: { monthly, currency: 'USD' },
    },
    profile,
    null,
  );
  const output = planStrategy(input, recordingContext());
  return { input, output };
}

describe('a plan built around the goal the client stated', () => {
  it('puts a bakery whose main goal is wholesale in front of business buyers, judged on leads', () => {
    const { input, output } = planFor('rosalind-bakery', 4000);
    expect(validateStrategy(output, input)).toEqual([]);
    expect(BrandConfig.safeParse(output.config).success).toBe(true);
    const { config, plan } = output;
    expect(config.campaign_goals.primary_kpi).toBe('cost_per_lead');
    expect(config.demographics.primary.name.toLowerCase()).toContain(
      'restaurants, cafés and independent grocers',
    );
    const first = config.platforms[0];
    expect(first?.objective).toBe('leads');
    expect(first?.demographics[0]).toBe(config.demographics.primary.id);
    expect(config.platforms.map((platform) => platform.id)).toContain('linkedin');
    // 15 accounts by the end of the year is at least 2 a month; the budget buys more enquiries than that.
    expect(config.campaign_goals.targets.monthly_leads ?? 0).toBeGreaterThanOrEqual(2);
    expect(plan.client_goals[0]).toMatchObject({
      main: true,
      text: 'Wholesale accounts are the main goal this year.',
    });
    expect(renderCampaignPlan(output)).toContain(
      '**Your goal:** “Wholesale accounts are the main goal this year.”',
    );
  });

  it("takes a shop's revenue goal as the revenue target and says what ROAS it needs", () => {
    const { input, output } = planFor('tidewater-candles', 2000);
    expect(validateStrategy(output, input)).toEqual([]);
    expect(output.config.business_model).toBe('ecommerce-primary');
    const goals = output.config.campaign_goals;
    expect(goals.primary_kpi).toBe('roas');
    expect(goals.targets.monthly_revenue).toBe(8000);
    const salesShare = output.config.platforms
      .filter((platform) => platform.objective === 'sales')
      .reduce((sum, platform) => sum + platform.budget_share, 0);
    expect(salesShare).toBeGreaterThan(0);
    // $8,000 from $1,700 of core sales spend is well above the industry's typical return.
    expect(goals.rationale).toMatch(/ROAS 4\.7× needed, well above/);
  });

  it('quotes a money goal in another currency instead of converting it', () => {
    // An Australian shop states its goal in Australian dollars; budgets are in US dollars.
    const { output } = planFor('loomwork-yarn', 3000);
    expect(output.config.campaign_goals.targets.monthly_revenue).not.toBe(15000);
    expect(output.config.campaign_goals.rationale).toMatch(
      /in AUD and the budget in USD, so it is quoted, not converted/,
    );
  });

  it("makes a tradesman's monthly enquiry number the lead target, with the cost the budget allows", () => {
    const { input, output } = planFor('summit-roofing', 600);
    expect(validateStrategy(output, input)).toEqual([]);
    const targets = output.config.campaign_goals.targets;
    expect(targets.monthly_leads).toBe(20);
    expect((targets.cost_per_lead ?? 0) * 20).toBeLessThanOrEqual(600);
    expect(output.config.campaign_goals.rationale).toMatch(/stretch at this budget/);
  });

  it('leaves a plan without stated goals as the industry playbook makes it', () => {
    const { output } = planFor('rosalind-bakery', 4000);
    const { output: again } = planFor('rosalind-bakery', 4000);
    expect(again).toEqual(output);
    const plain = planStrategy({ ...planFor('rosalind-bakery', 4000).input, goals: [] }, recordingContext());
    expect(plain.plan.client_goals).toEqual([]);
    expect(plain.config.platforms.some((platform) => platform.id === 'linkedin')).toBe(false);
  });
});
