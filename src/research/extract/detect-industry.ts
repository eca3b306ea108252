import { type IndustryCatalogue, loadIndustries } from '../../knowledge/index.ts';
import type { Industry } from '../../schemas/brand-profile.ts';
import type { Finding, Source } from '../../schemas/finding.ts';
import { unknown } from '../../schemas/finding.ts';
import type { IndustryKey } from '../industry-keys.ts';
import { evidence, known } from './evidence.ts';

/** The text an industry is judged on, split by how much each part says about the business. */
export interface IndustryEvidence {
  schemaTypes: { type: string; source: Source }[];
  /** Titles, meta descriptions, keywords, headings: what the site says it is. */
  headline: string;
  body: string;
  page: string;
  sourceKind: 'text' | 'brief';
}

const patterns = new Map<string, RegExp>();

/**
 * A keyword matches as a whole word or phrase, plural included ("lawyer" finds "lawyers" but not
 * "lawyering"); a trailing `*` matches every word it starts ("orthodont*" finds "orthodontics").
 * Letters of any script count as word characters, so "café" and "b&b" match as written.
 */
function patternFor(term: string): RegExp {
  let pattern = patterns.get(term);
  if (!pattern) {
    const stem = term.endsWith('*');
    const escaped = (stem ? term.slice(0, -1) : term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const end = stem ? '' : '(?:e?s)?(?![\\p{L}\\p{N}])';
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${end}`, 'giu');
    patterns.set(term, pattern);
  }
  return pattern;
}

function countTerm(text: string, term: string): number {
  return text.match(patternFor(term))?.length ?? 0;
}

/**
 * Scores every industry that has detection signals: a matching schema.org type outweighs words,
 * headline words outweigh body words. The industries are the loaded data files unless a
 * catalogue is given.
 */
export function detectIndustry(
  input: IndustryEvidence,
  industries: IndustryCatalogue = loadIndustries(),
): Finding<Industry> {
  const scores: { key: IndustryKey; score: number; sources: Source[] }[] = [];
  for (const { key, detection: signal } of industries.all) {
    if (!signal) continue;
    let score = 0;
    const sources: Source[] = [];
    for (const { type, source } of input.schemaTypes) {
      if (signal.schemaTypes.includes(type)) {
        score += 12;
        sources.push(source);
      }
    }
    const hits: string[] = [];
    for (const term of signal.keywords) {
      const head = Math.min(countTerm(input.headline, term), 4);
      const body = Math.min(countTerm(input.body, term), 8);
      if (head + body > 0) hits.push(term);
      score += head * 2 + Math.sqrt(body);
    }
    if (hits.length > 0) {
      sources.push(
        evidence(
          input.sourceKind === 'brief' ? 'brief' : 'inferred',
          input.page,
          'industry keywords',
          hits.slice(0, 8).join(', '),
        ),
      );
    }
    scores.push({ key, score, sources });
  }
  scores.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
  const [best, second] = scores;
  if (!best || best.score < 4) return unknown<Industry>();
  const margin = best.score - (second?.score ?? 0);
  const confidence = Math.min(0.95, 0.35 + margin / 30 + (best.score >= 12 ? 0.2 : 0));
  return known({ key: best.key, label: industries.lookup(best.key).label }, confidence, best.sources);
}
