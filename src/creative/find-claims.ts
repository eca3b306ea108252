/** The kinds of claim a platform or regulator wants substantiated. */
export type ClaimRule = 'superlative' | 'guarantee' | 'unverified-claim';

export interface FoundClaim {
  rule: ClaimRule;
  /** What kind of claim, for the message: "superlative", "health claim", "financial claim"… */
  label: string;
  /** The claim's tokens as written, e.g. ["best"] or ["save", "$20"]. */
  matched: string[];
  /**
   * Phrases any one of which, found in the research text, verifies the claim: the matched words with
   * the word they qualify ("best croissants"), or just the matched words when they are specific
   * already ("save $20"). A bare "best" on the site must not license "best bakery in town".
   */
  spans: string[][];
}

type Matcher = string | RegExp;

interface ClaimPattern {
  rule: ClaimRule;
  label: string;
  words: readonly Matcher[];
  /** The match names its own object (a number, a unit), so it is verified as it stands. */
  specific?: boolean;
  /** Extra condition on the tokens after the match (see `treats`). */
  when?: (after: readonly string[]) => boolean;
}

const NUMBER = /^[$€£¥]?\d+(?:[.,]\d+)*%?[km]?$/u;
const MONEY = /^[$€£¥]\d+(?:\.\d+)?[km]?$/u;
const PERCENT = /^\d+(?:\.\d+)?%$/u;

/** Words that do not carry the claim's object; a span extends past them to the next real word. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but of in on at to for from by with our your their my we we're you you're us it " +
    "its it's is are was be this that these those as so than very just all any every ever here there " +
    'now today yet still also made baked since'
  ).split(' '),
);

const SUPERLATIVE = 'superlative';
const GUARANTEE = 'guarantee';
const HEALTH = 'health claim';
const FINANCIAL = 'financial claim';

// Order matters: at each position the first pattern that matches wins and consumes its words, so
// "lose 10 pounds" is a health claim before "10 pounds" could be read as a price.
const PATTERNS: readonly ClaimPattern[] = [
  {
    rule: 'unverified-claim',
    label: HEALTH,
    words: ['lose', NUMBER, /^(pounds|lbs?|kg|kilos?|stone|inches|sizes)$/u],
    specific: true,
  },
  {
    rule: 'unverified-claim',
    label: HEALTH,
    words: ['clinically', /^(proven|tested|shown)$/u],
    specific: true,
  },
  { rule: 'unverified-claim', label: HEALTH, words: ['clinically-proven'], specific: true },
  { rule: 'unverified-claim', label: HEALTH, words: ['doctor', 'recommended'], specific: true },
  {
    rule: 'unverified-claim',
    label: HEALTH,
    words: [/^(doctor-recommended|fda-approved|pain-free|painless|miracle)$/u],
  },
  { rule: 'unverified-claim', label: HEALTH, words: ['fda', 'approved'], specific: true },
  { rule: 'unverified-claim', label: HEALTH, words: [/^cur(e|es|ed|ing)$/u] },
  { rule: 'unverified-claim', label: HEALTH, words: [/^heal(s|ed|ing)?$/u] },
  // "treats acne" is a health claim; "sweet treats for you" is a snack.
  { rule: 'unverified-claim', label: HEALTH, words: ['treats'], when: treatsIsAVerb },
  { rule: 'unverified-claim', label: FINANCIAL, words: ['save', 'up', 'to', NUMBER], specific: true },
  { rule: 'unverified-claim', label: FINANCIAL, words: ['save', NUMBER], specific: true },
  {
    rule: 'unverified-claim',
    label: FINANCIAL,
    words: [/^(\d+(?:\.\d+)?%|[$€£¥]\d+(?:\.\d+)?)$/u, 'off'],
    specific: true,
  },
  {
    rule: 'unverified-claim',
    label: FINANCIAL,
    words: [PERCENT, /^(apr|apy|cashback|interest)$/u],
    specific: true,
  },
  {
    rule: 'unverified-claim',
    label: FINANCIAL,
    words: [/^(no|zero)$/u, /^(fees?|commissions?)$/u],
    specific: true,
  },
  { rule: 'unverified-claim', label: FINANCIAL, words: [/^(fee-free|commission-free|interest-free)$/u] },
  { rule: 'unverified-claim', label: FINANCIAL, words: [MONEY], specific: true },
  {
    rule: 'unverified-claim',
    label: FINANCIAL,
    words: [/^\d+(?:\.\d+)?$/u, /^(usd|eur|gbp|dollars|euros)$/u],
    specific: true,
  },
  { rule: 'unverified-claim', label: FINANCIAL, words: ['free'] },
  { rule: 'unverified-claim', label: FINANCIAL, words: [/^earn(s|ed|ing)?$/u] },
  { rule: 'unverified-claim', label: FINANCIAL, words: ['returns'] },
  { rule: 'guarantee', label: GUARANTEE, words: [/^(guaranteed?|guarantees|100%|risk-free|money-back)$/u] },
  { rule: 'guarantee', label: GUARANTEE, words: ['risk', 'free'] },
  { rule: 'guarantee', label: GUARANTEE, words: ['money', 'back'] },
  { rule: 'superlative', label: SUPERLATIVE, words: ['number', 'one'] },
  { rule: 'superlative', label: SUPERLATIVE, words: ['most', /^(trusted|popular|reliable|loved)$/u] },
  { rule: 'superlative', label: SUPERLATIVE, words: ['top', 'rated'] },
  { rule: 'superlative', label: SUPERLATIVE, words: ['world', 'class'] },
  {
    rule: 'superlative',
    label: SUPERLATIVE,
    words: [
      /^(best|best-.+|#1|#1-.+|top-rated|world-class|leading|industry-leading|unbeatable|cheapest|lowest|most-trusted|award-winning)$/u,
    ],
  },
];

/**
 * Finds the claims in copy that need the research text behind them.
 *
 * @example findClaims(tokenizeCopy('Best croissants in town')) // [{ rule: 'superlative', spans: [['best', 'croissants']], … }]
 */
export function findClaims(clauses: readonly (readonly string[])[]): FoundClaim[] {
  const claims: FoundClaim[] = [];
  for (const clause of clauses) {
    let index = 0;
    while (index < clause.length) {
      const hit = matchAt(clause, index);
      if (!hit) {
        index += 1;
        continue;
      }
      const { pattern, length } = hit;
      const matched = clause.slice(index, index + length);
      claims.push({
        rule: pattern.rule,
        label: pattern.label,
        matched,
        spans: pattern.specific ? [matched] : contextSpans(clause, index, length),
      });
      index += length;
    }
  }
  return claims;
}

function matchAt(clause: readonly string[], index: number): { pattern: ClaimPattern; length: number } | null {
  for (const pattern of PATTERNS) {
    const { words } = pattern;
    if (index + words.length > clause.length) continue;
    const fits = words.every((matcher, offset) => matches(matcher, clause[index + offset]!));
    if (fits && (pattern.when?.(clause.slice(index + words.length)) ?? true)) {
      return { pattern, length: words.length };
    }
  }
  return null;
}

function matches(matcher: Matcher, token: string): boolean {
  return typeof matcher === 'string' ? matcher === token : matcher.test(token);
}

/** The match extended forward, and backward, to the nearest content word (up to 3 words away). */
function contextSpans(clause: readonly string[], start: number, length: number): string[][] {
  const matched = clause.slice(start, start + length);
  const spans: string[][] = [];
  const forward = reachContentWord(clause, start + length, 1);
  if (forward !== null) spans.push([...matched, ...clause.slice(start + length, forward + 1)]);
  const backward = reachContentWord(clause, start - 1, -1);
  if (backward !== null) spans.push([...clause.slice(backward, start), ...matched]);
  // A claim standing alone ("Free!") can only be verified by the same word on the site.
  return spans.length > 0 ? spans : [matched];
}

function reachContentWord(clause: readonly string[], from: number, step: 1 | -1): number | null {
  for (
    let index = from, taken = 0;
    index >= 0 && index < clause.length && taken < 4;
    index += step, taken += 1
  ) {
    if (!FUNCTION_WORDS.has(clause[index]!)) return index;
  }
  return null;
}

function treatsIsAVerb(after: readonly string[]): boolean {
  const next = after[0];
  return next !== undefined && !FUNCTION_WORDS.has(next) && !next.endsWith('ed');
}
