import type { Finding } from '../../../schemas/finding.ts';
import { unknown } from '../../../schemas/finding.ts';
import { known } from '../evidence.ts';
import { type BriefSentence, briefSource } from './read-brief-sentences.ts';

const MAX_SENTENCES = 3;
/** Past this length a description stops taking more sentences; the first is always whole. */
const SOFT_MAX_CHARS = 450;
/** Sentences that are about something else than what the business is. */
const NOT_DESCRIPTIVE =
  /@|https?:|www\.|\(\d{2,4}\)\s?\d|\b\d{3}[-.\s]\d{3,4}\b|[“"]|\b(call|ring|email|phone|write to)\b|\b(competitors?|competition|compare[sd]? (?:us|to)|alternative to)\b|\b(stars?|reviews?|rated)\b/i;

/**
 * The description: a "Description:" or "About:" line, else the first one to three whole sentences
 * that say what the business is, taken from one paragraph and never cut inside a sentence.
 */
export function findBriefDescription(
  sentences: BriefSentence[],
  isGoal: (sentence: BriefSentence) => boolean,
): Finding<string> {
  const label = sentences.find((sentence) => sentence.label?.kind === 'description');
  if (label?.label) return known(label.label.value, 0.85, [briefSource(label)]);

  const descriptive = (sentence: BriefSentence) =>
    sentence.kind === 'prose' && !isGoal(sentence) && !NOT_DESCRIPTIVE.test(sentence.text);
  const start = sentences.findIndex(descriptive);
  if (start === -1) return unknown<string>();
  const taken = [sentences[start]!];
  for (const sentence of sentences.slice(start + 1)) {
    if (taken.length >= MAX_SENTENCES || sentence.block !== taken[0]!.block || !descriptive(sentence)) break;
    const length = taken.reduce((sum, item) => sum + item.text.length + 1, 0);
    if (length + sentence.text.length > SOFT_MAX_CHARS) break;
    taken.push(sentence);
  }
  return known(
    taken.map((sentence) => sentence.text).join(' '),
    0.75,
    taken.map((sentence) => briefSource(sentence)),
  );
}
