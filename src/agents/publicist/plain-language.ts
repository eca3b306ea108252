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
