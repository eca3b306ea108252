/** The guardrails the docs explain, in the units people read them in (shares 0..1, days, scores). */
export interface Guardrails {
  /** Most of the daily total that one optimisation cycle may move. */
  max_shift_share: number;
  /** Least daily spend on an active platform, in the budget's currency. */
  min_daily_per_platform: number;
  /** Share of the budget kept for exploration and tests. */
  exploration_share: number;
  /** Days a new campaign is left alone to learn. */
  learning_phase_days: number;
  /** Overspend against the monthly pace that raises an alert. */
  pacing_alert_share: number;
  /** Click-through drop that marks a creative as fatigued. */
  fatigue_ctr_drop: number;
  fatigue_window_days: { min: number; max: number };
  fatigue_min_points: number;
  /** Lowest score of each lead tier; below `cold` a lead is nurtured. */
  lead_tiers: { hot: number; warm: number; cold: number };
}

/** DESIGN §5 defaults, used for anything policy.json does not say (or when it does not exist yet). */
export const DEFAULT_GUARDRAILS: Guardrails = {
  max_shift_share: 0.3,
  min_daily_per_platform: 50,
  exploration_share: 0.15,
  learning_phase_days: 7,
  pacing_alert_share: 0.1,
  fatigue_ctr_drop: 0.3,
  fatigue_window_days: { min: 7, max: 14 },
  fatigue_min_points: 7,
  lead_tiers: { hot: 90, warm: 70, cold: 50 },
};

type Kind = 'share' | 'amount' | 'days' | 'score' | 'count';

interface Rule {
  pattern: RegExp;
  kind: Kind;
  set(guardrails: Guardrails, value: number): void;
}

// Matched against the dotted path of every number in policy.json (lower case), first match wins.
// policy.json is written by the prompt engineer, which is not built yet, so its shape is guessed
// generously rather than assumed.
const RULES: Rule[] = [
  {
    pattern: /(max\w*shift|shift\w*(max|limit|cap|share))/,
    kind: 'share',
    set: (g, v) => {
      g.max_shift_share = v;
    },
  },
  {
    pattern: /(min\w*daily|daily\w*(min|floor)|platform\w*floor|floor\w*platform)/,
    kind: 'amount',
    set: (g, v) => {
      g.min_daily_per_platform = v;
    },
  },
  {
    pattern: /explor/,
    kind: 'share',
    set: (g, v) => {
      g.exploration_share = v;
    },
  },
  {
    pattern: /learning/,
    kind: 'days',
    set: (g, v) => {
      g.learning_phase_days = v;
    },
  },
  {
    pattern: /(pacing|overspend)/,
    kind: 'share',
    set: (g, v) => {
      g.pacing_alert_share = v;
    },
  },
  {
    pattern: /(fatigue\w*\.?\w*(ctr|drop|decline)|ctr\w*(drop|decline))/,
    kind: 'share',
    set: (g, v) => {
      g.fatigue_ctr_drop = v;
    },
  },
  {
    pattern: /fatigue.*window\w*(\.min\w*|\.from|\.0)$/,
    kind: 'days',
    set: (g, v) => {
      g.fatigue_window_days.min = v;
    },
  },
  {
    pattern: /fatigue.*window\w*(\.max\w*|\.to|\.1)?$/,
    kind: 'days',
    set: (g, v) => {
      g.fatigue_window_days.max = v;
    },
  },
  {
    pattern: /(min\w*(points|observations|days_of_data)|data_points)/,
    kind: 'count',
    set: (g, v) => {
      g.fatigue_min_points = v;
    },
  },
  {
    pattern: /hot(\w*)?(\.min\w*)?$/,
    kind: 'score',
    set: (g, v) => {
      g.lead_tiers.hot = v;
    },
  },
  {
    pattern: /warm(\w*)?(\.min\w*)?$/,
    kind: 'score',
    set: (g, v) => {
      g.lead_tiers.warm = v;
    },
  },
  {
    pattern: /cold(\w*)?(\.min\w*)?$/,
    kind: 'score',
    set: (g, v) => {
      g.lead_tiers.cold = v;
    },
  },
];

export interface GuardrailReading {
  guardrails: Guardrails;
  /** Dotted paths in policy.json that set a guardrail. */
  used: string[];
}

/**
 * Picks the guardrails out of policy.json whatever its exact shape: every number is matched by its
 * path, shares given as percents (30) become 0.3, and values outside a sane range are ignored.
 * Anything not found keeps the DESIGN default.
 */
export function guardrailsFrom(policy: unknown): GuardrailReading {
  const guardrails = structuredClone(DEFAULT_GUARDRAILS);
  const used: string[] = [];
  const matched = new Set<Rule>();
  for (const [path, raw] of numbersIn(policy, '')) {
    const key = path.toLowerCase();
    const rule = RULES.find((candidate) => !matched.has(candidate) && candidate.pattern.test(key));
    if (!rule) continue;
    const value = normalise(raw, rule.kind);
    if (value === null) continue;
    rule.set(guardrails, value);
    matched.add(rule);
    used.push(path);
  }
  const { fatigue_window_days: window, lead_tiers: tiers } = guardrails;
  if (window.min > window.max) guardrails.fatigue_window_days = { ...DEFAULT_GUARDRAILS.fatigue_window_days };
  if (!(tiers.hot > tiers.warm && tiers.warm > tiers.cold)) {
    guardrails.lead_tiers = { ...DEFAULT_GUARDRAILS.lead_tiers };
  }
  return { guardrails, used };
}

function normalise(value: number, kind: Kind): number | null {
  if (!Number.isFinite(value) || value < 0) return null;
  switch (kind) {
    case 'share':
      if (value > 0 && value <= 1) return value;
      return value > 1 && value <= 100 ? value / 100 : null;
    case 'amount':
      return value > 0 && value <= 1_000_000 ? value : null;
    case 'days':
      return Number.isInteger(value) && value >= 1 && value <= 90 ? value : null;
    case 'count':
      return Number.isInteger(value) && value >= 1 && value <= 365 ? value : null;
    case 'score':
      return value > 0 && value <= 100 ? value : null;
  }
}

function* numbersIn(value: unknown, path: string): Generator<[string, number]> {
  if (typeof value === 'number') {
    yield [path, value];
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* numbersIn(item, `${path}.${index}`);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* numbersIn(item, path ? `${path}.${key}` : key);
  }
}
