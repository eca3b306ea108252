import type { Finding } from '../../schemas/finding.ts';
import { unknown } from '../../schemas/finding.ts';
import { evidence, known } from './evidence.ts';
import { cleanText, splitSentences, wordCount } from './text-utils.ts';

export interface ToneValue {
  descriptors: string[];
  formality: 'formal' | 'neutral' | 'casual';
  addresses: 'we-you' | 'third-person' | 'mixed';
  averageSentenceWords: number | null;
}

/** Words that signal each descriptor; the copy's own vocabulary decides the tone. */
const LEXICON: Record<string, RegExp> = {
  friendly:
    /\b(friendly|welcom\w*|caring|care|love|family|smile|happy|comfortable|relax\w*|enjoy|nice|warm)\b/gi,
  professional:
    /\b(professional\w*|expert\w*|experience[d]?|quality|certified|licensed|excellen\w*|reliable|trusted|precision|standards?)\b/gi,
  energetic:
    /\b(strong\w*|power\w*|push\w*|energy|challenge\w*|results?|crush|fun|exciting|transform\w*|achieve)\b/gi,
  premium:
    /\b(premier|premium|luxury|luxurious|exclusive|elite|finest|bespoke|high-end|world-class|exceptional)\b/gi,
  playful: /\b(awesome|cool|yay|pretty sweet|wanna|gonna|yup|hey|epic)\b/gi,
  authentic: /\b(authentic|traditional|homemade|handmade|local\w*|genuine|heritage|family-owned)\b/gi,
  innovative: /\b(innovat\w*|smart\w*|cutting-edge|platform|data|insights?|technology|digital|modern)\b/gi,
  community: /\b(community|together|neighbo\w*|members?|support\w*|team)\b/gi,
};

/** Tone read from the copy: descriptor vocabulary, formality, grammatical person, sentence length. */
export function analyzeTone(text: string, page: string, kind: 'text' | 'brief' = 'text'): Finding<ToneValue> {
  const clean = cleanText(text).slice(0, 60_000);
  const words = wordCount(clean);
  if (words < 40) return unknown<ToneValue>();
  const scores = Object.entries(LEXICON)
    .map(([descriptor, pattern]) => ({ descriptor, hits: clean.match(pattern)?.length ?? 0 }))
    .filter((s) => s.hits >= 2)
    .sort((a, b) => b.hits - a.hits || a.descriptor.localeCompare(b.descriptor));
  const descriptors = scores.slice(0, 3).map((s) => s.descriptor);
  // Sentences are counted per text block so menus and address lines do not glue into one "sentence".
  const sentences = text
    .split(/\n+/)
    .flatMap(splitSentences)
    .filter((s) => /[.!?]["”']?$/.test(s) || wordCount(s) >= 6);
  const average = sentences.length
    ? Math.round((sentences.reduce((s, x) => s + wordCount(x), 0) / sentences.length) * 10) / 10
    : null;
  const contractions = clean.match(/\b\w+[’'](s|re|ll|ve|d|t|m)\b/gi)?.length ?? 0;
  const exclaims = clean.match(/!/g)?.length ?? 0;
  const casualRate = ((contractions + exclaims) / words) * 100;
  const formality =
    casualRate > 1.2 ? 'casual' : casualRate < 0.3 && (average ?? 0) > 18 ? 'formal' : 'neutral';
  const firstSecond = clean.match(/\b(we|our|us|you|your|you're|we're)\b/gi)?.length ?? 0;
  const third = clean.match(/\b(they|their|the company|the firm|the practice|it is|its)\b/gi)?.length ?? 0;
  const addresses = firstSecond > third * 2 ? 'we-you' : third > firstSecond * 2 ? 'third-person' : 'mixed';
  const confidence = Math.min(0.75, 0.3 + words / 4000);
  return known(
    {
      descriptors: descriptors.length ? descriptors : ['neutral'],
      formality,
      addresses,
      averageSentenceWords: average,
    },
    confidence,
    [evidence(kind === 'brief' ? 'brief' : 'inferred', page, 'copy statistics', sentences[0] ?? clean)],
  );
}
