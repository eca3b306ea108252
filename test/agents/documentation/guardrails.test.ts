import { describe, expect, it } from 'vitest';
import { DEFAULT_GUARDRAILS, guardrailsFrom } from '../../../src/agents/documentation/guardrails.ts';

describe('guardrailsFrom', () => {
  it('keeps the DESIGN defaults for an empty or foreign policy', () => {
    expect(guardrailsFrom({}).guardrails).toEqual(DEFAULT_GUARDRAILS);
    expect(guardrailsFrom('nonsense').used).toEqual([]);
  });

  it('reads percents as shares and finds the fatigue window in an array', () => {
    const { guardrails, used } = guardrailsFrom({
      creative_fatigue: { ctr_drop_pct: 25, window_days: [5, 10], min_data_points: 5 },
      learning_phase_days: 10,
      pacing: { alert_over: 15 },
    });
    expect(guardrails).toMatchObject({
      fatigue_ctr_drop: 0.25,
      fatigue_window_days: { min: 5, max: 10 },
      fatigue_min_points: 5,
      learning_phase_days: 10,
      pacing_alert_share: 0.15,
    });
    expect(used).toHaveLength(6);
  });

  it('ignores out-of-range values and inconsistent lead tiers', () => {
    const { guardrails } = guardrailsFrom({ max_shift: 250, lead_tiers: { hot: 50, warm: 70, cold: 90 } });
    expect(guardrails.max_shift_share).toBe(0.3);
    expect(guardrails.lead_tiers).toEqual(DEFAULT_GUARDRAILS.lead_tiers);
  });
});
