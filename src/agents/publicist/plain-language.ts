/**
 * Words that belong to how the factory works, not to the client's business. A small-business owner
 * reads these files; none of these may appear in them (whole words, any case, plurals included).
 */
export const JARGON_WORDS = ['agent', 'LLM', 'model', 'pipeline', 'DAG', 'orchestrator', 'schema', 'JSON'];

// Plain stand-ins for jargon that arrives inside text copied from the creative plan.
const PLAIN_STAND_INS: Record<string, string> = {
  agent: 'advisor',
  llm: 'AI tool',
  model: 'actor',
  pipeline: 'process',
  dag: 'plan',
  orchestrator: 'coordinator',
  schema: 'layout',
  json: 'data file',
};

const JARGON = new RegExp(`\\b(${JARGON_WORDS.join('|')})(s?)\\b`, 'gi');

/** The jargon words a text contains, lower-case, each once. */
export function findJargon(text: string): string[] {
  return [...new Set([...text.matchAll(JARGON)].map((match) => match[0].toLowerCase()))];
}

/** Replaces jargon in copied text with plain words, keeping plurals. */
export function plainWords(text: string): string {
  return text.replace(JARGON, (_word, stem: string, plural: string) => {
    const stand = PLAIN_STAND_INS[stem.toLowerCase()] ?? stem;
    return plural ? `${stand}s` : stand;
  });
}

/**
 * The phrase an avoid entry forbids: "authentic (unless explained)" forbids "authentic"; the
 * parenthesis is advice for writers, not part of the phrase.
 */
export function avoidPhrase(entry: string): string {
  return entry.replace(/\([^)]*\)/g, '').trim();
}

function phrasePattern(phrase: string): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  // Letter/digit boundaries rather than \b, so phrases like "#1" and "100% safe" match too.
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}

/** The avoid entries whose phrase occurs in the text. */
export function findAvoided(text: string, avoid: readonly string[]): string[] {
  return avoid.filter((entry) => {
    const phrase = avoidPhrase(entry);
    return phrase.length > 0 && phrasePattern(phrase).test(text);
  });
}

/** Removes avoided phrases from copied text, tidying the spaces they leave. */
export function withoutAvoided(text: string, avoid: readonly string[]): string {
  let result = text;
  for (const entry of avoid) {
    const phrase = avoidPhrase(entry);
    if (phrase) result = result.replace(phrasePattern(phrase), '');
  }
  return result
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.!?;:])/g, '$1')
    .trim();
}
