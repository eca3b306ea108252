import type { Industry } from '../../schemas/brand-profile.ts';
import type { Finding, Source } from '../../schemas/finding.ts';
import { unknown } from '../../schemas/finding.ts';
import { INDUSTRY_LABELS, type IndustryKey } from '../industry-keys.ts';
import { evidence, known } from './evidence.ts';
import { INDUSTRY_SIGNALS } from './industry-signals.ts';

/** The text an industry is judged on, split by how much each part says about the business. */
export interface IndustryEvidence {
  schemaTypes: { type: string; source: Source }[];
  /** Titles, meta descriptions, keywords, headings: what the site says it is. */
  headline: string;
  body: string;
  page: string;
  sourceKind: 'text' | 'brief';
}

function countTerm(text: string, term: string): number {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.match(new RegExp(`\\b${escaped}`, 'gi'))?.length ?? 0;
}

/** Scores every taxonomy key: a matching schema.org type outweighs words, headline words outweigh body words. */
export function detectIndustry(input: IndustryEvidence): Finding<Industry> {
  const scores: { key: IndustryKey; score: number; sources: Source[] }[] = [];
  for (const [key, signal] of Object.entries(INDUSTRY_SIGNALS) as [
    Exclude<IndustryKey, 'other'>,
    (typeof INDUSTRY_SIGNALS)['dental'],
  ][]) {
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
  return known({ key: best.key, label: INDUSTRY_LABELS[best.key] }, confidence, best.sources);
}
