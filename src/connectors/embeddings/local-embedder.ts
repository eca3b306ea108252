import { EMBEDDING_DIMENSIONS } from '../../store/migrations.ts';

/** Turns texts into fixed-length vectors whose cosine similarity says how alike the texts are. */
export interface Embedder {
  /** Names the method and its length; vectors of different ids must not be compared. */
  readonly id: string;
  readonly dimensions: number;
  /** One unit-length vector per text, in the order given. */
  embed(texts: string[]): Promise<number[][]>;
}

// Relative weight of each feature family. Words carry the meaning; bigrams add word order
// ("cost per lead"); character trigrams let inflections meet ("rose"/"rising", "lead"/"leads")
// but are many per word, so each counts for less.
const UNIGRAM_WEIGHT = 1;
const BIGRAM_WEIGHT = 0.7;
const TRIGRAM_WEIGHT = 0.3;

/**
 * A deterministic embedder that needs no model and no network: feature hashing (the "hashing
 * trick") of lower-cased word unigrams, word bigrams and character trigrams within words.
 *
 * Each feature is hashed with 32-bit FNV-1a over its UTF-8 bytes, then mixed by the MurmurHash3
 * finaliser so that the low bits (the dimension) and the top bit (the sign) are both well spread;
 * the signed hash keeps collisions from adding up in expectation. A feature's weight is sublinear
 * in its count, `1 + ln(tf)`, times its family's weight, and the vector is L2-normalised. The
 * same text gives the same vector on every run and machine: no randomness, no locale, integer
 * hashing only.
 *
 * A text without any word (empty, whitespace, punctuation) gets the unit vector on dimension 0
 * rather than a zero vector, whose cosine distance is undefined; all such texts are alike.
 *
 * @example
 * const embedder = createLocalEmbedder();
 * const [vector] = await embedder.embed(['Budget moved to Meta after Google cost per lead rose']);
 * const similar = await findSimilar(store, 'acme', 'scenarios', vector!, 5);
 */
export function createLocalEmbedder(dimensions: number = EMBEDDING_DIMENSIONS): Embedder {
  if (!Number.isInteger(dimensions) || dimensions < 1) {
    throw new RangeError(`dimensions must be a positive whole number, got ${dimensions}`);
  }
  return {
    id: `local-hash-v1-${dimensions}`,
    dimensions,
    embed: async (texts) => texts.map((text) => embedText(text, dimensions)),
  };
}

function embedText(text: string, dimensions: number): number[] {
  const vector = new Float64Array(dimensions);
  for (const [feature, count] of countFeatures(words(text))) {
    const hash = featureHash(feature);
    const sign = hash >>> 31 === 1 ? -1 : 1;
    vector[hash % dimensions]! += sign * familyWeight(feature) * (1 + Math.log(count));
  }
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm === 0) {
    // No features, or (vanishingly rare) features that cancelled out exactly.
    const unit = new Array<number>(dimensions).fill(0);
    unit[0] = 1;
    return unit;
  }
  return Array.from(vector, (value) => value / norm);
}

/** Lower-cased words; an English possessive "'s" is dropped so "google's" meets "google". */
function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu)
      ?.map((word) => word.replace(/'s$/, '').replaceAll("'", '')) ?? []
  );
}

function countFeatures(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (feature: string) => counts.set(feature, (counts.get(feature) ?? 0) + 1);
  tokens.forEach((word, index) => {
    add(`w:${word}`);
    const next = tokens[index + 1];
    if (next !== undefined) add(`b:${word} ${next}`);
    // Boundary marks make "^le" (a word start) differ from "le" inside a word.
    const padded = [...`^${word}$`];
    for (let start = 0; start + 3 <= padded.length; start++) {
      add(`c:${padded.slice(start, start + 3).join('')}`);
    }
  });
  return counts;
}

function familyWeight(feature: string): number {
  if (feature.startsWith('w:')) return UNIGRAM_WEIGHT;
  if (feature.startsWith('b:')) return BIGRAM_WEIGHT;
  return TRIGRAM_WEIGHT;
}

const encoder = new TextEncoder();

/** FNV-1a (32-bit) over UTF-8, then the MurmurHash3 fmix32 finaliser; an unsigned 32-bit integer. */
function featureHash(feature: string): number {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(feature)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
