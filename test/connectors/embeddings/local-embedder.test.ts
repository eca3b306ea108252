import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalEmbedder } from '../../../src/connectors/embeddings/local-embedder.ts';
import { EMBEDDING_DIMENSIONS, findSimilar, type Store, saveEmbedding } from '../../../src/store/index.ts';
import { testStores } from '../../store/test-stores.ts';

const BUDGET_SHIFT = 'budget moved to meta after google cost per lead rose';
const BUDGET_SHIFT_REPHRASED = 'shifted budget toward meta as google’s cost per lead increased';
const OPENING_HOURS = 'the clinic opens at 8am on saturdays';

const cosine = (a: number[], b: number[]) => a.reduce((sum, value, index) => sum + value * b[index]!, 0);
const length = (vector: number[]) => Math.sqrt(cosine(vector, vector));

describe('createLocalEmbedder', () => {
  it('gives the same text the same vector, from one embedder or another', async () => {
    const [first, again] = await createLocalEmbedder().embed([BUDGET_SHIFT, BUDGET_SHIFT]);
    const [fromAnother] = await createLocalEmbedder().embed([BUDGET_SHIFT]);
    expect(again).toEqual(first);
    expect(fromAnother).toEqual(first);
  });

  it('hashes the same way on every machine (pinned FNV-1a dimensions and signs)', async () => {
    // "lead": the word and its four trigrams ^le, lea, ead, ad$; a changed hash would move these.
    const [vector] = await createLocalEmbedder().embed(['Lead']);
    const nonZero = vector!.flatMap((value, index) => (value === 0 ? [] : [[index, value] as const]));
    expect(nonZero.map(([index]) => index)).toEqual([103, 111, 194, 207, 218]);
    expect(nonZero.map(([, value]) => value)).toEqual([
      expect.closeTo(-0.257248, 6),
      expect.closeTo(0.257248, 6),
      expect.closeTo(-0.257248, 6),
      expect.closeTo(-0.257248, 6),
      expect.closeTo(0.857493, 6),
    ]);
  });

  it('returns unit-length vectors, one per text and in order', async () => {
    const texts = [BUDGET_SHIFT, OPENING_HOURS, 'Spend', 'a a a a a a'];
    const vectors = await createLocalEmbedder().embed(texts);
    expect(vectors).toHaveLength(texts.length);
    for (const vector of vectors) expect(length(vector)).toBeCloseTo(1, 12);
    const [single] = await createLocalEmbedder().embed([OPENING_HOURS]);
    expect(vectors[1]).toEqual(single);
  });

  it('finds rephrased texts more similar than unrelated ones', async () => {
    const [shift, rephrased, hours] = await createLocalEmbedder().embed([
      BUDGET_SHIFT,
      BUDGET_SHIFT_REPHRASED,
      OPENING_HOURS,
    ]);
    const related = cosine(shift!, rephrased!);
    expect(related).toBeGreaterThan(cosine(shift!, hours!) + 0.25);
    expect(related).toBeGreaterThan(cosine(rephrased!, hours!) + 0.25);
  });

  it('ignores case, punctuation and possessives', async () => {
    const [plain, shouted] = await createLocalEmbedder().embed([
      "google's cost per lead",
      'GOOGLE COST, PER LEAD!',
    ]);
    expect(cosine(plain!, shouted!)).toBeCloseTo(1, 12);
  });

  it('gives a text without words a fixed unit vector instead of a zero vector', async () => {
    const vectors = await createLocalEmbedder().embed(['', '   ', '—!?']);
    const unit = Array.from({ length: EMBEDDING_DIMENSIONS }, (_, index) => (index === 0 ? 1 : 0));
    for (const vector of vectors) expect(vector).toEqual(unit);
  });

  it('respects the dimensions it is given, names them in its id, and defaults to the store length', async () => {
    const small = createLocalEmbedder(64);
    const [vector] = await small.embed([BUDGET_SHIFT]);
    expect(small).toMatchObject({ id: 'local-hash-v1-64', dimensions: 64 });
    expect(vector).toHaveLength(64);
    expect(length(vector!)).toBeCloseTo(1, 12);

    const standard = createLocalEmbedder();
    expect(standard).toMatchObject({ id: `local-hash-v1-${EMBEDDING_DIMENSIONS}`, dimensions: 256 });
    expect((await standard.embed([BUDGET_SHIFT]))[0]).toHaveLength(EMBEDDING_DIMENSIONS);
  });

  it('refuses dimensions that are not a positive whole number', () => {
    for (const dimensions of [0, -1, 2.5, Number.NaN]) {
      expect(() => createLocalEmbedder(dimensions)).toThrow(RangeError);
    }
  });

  it('returns an empty list for no texts', async () => {
    expect(await createLocalEmbedder().embed([])).toEqual([]);
  });
});

describe('createLocalEmbedder with the store', () => {
  const stores = testStores('pglite');
  let store: Store;

  beforeAll(async () => {
    await stores.start();
    store = await stores.fresh();
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    await stores.stop();
  });

  it('saves scenario embeddings and finds the scenario nearest to a rephrased question', async () => {
    const embedder = createLocalEmbedder();
    const scenarios = {
      'budget-shift': BUDGET_SHIFT,
      'weekend-hours': OPENING_HOURS,
      'creative-fatigue': 'paused the tiktok video after its click-through rate fell for two weeks',
    };
    const ids = new Map<string, string>();
    const vectors = await embedder.embed(Object.values(scenarios));
    for (const [index, [name, description]] of Object.entries(scenarios).entries()) {
      const { rows } = await store.query<{ id: string }>(
        `INSERT INTO scenarios (brand_id, name, description) VALUES ('acme', $1, $2) RETURNING id::text AS id`,
        [name, description],
      );
      ids.set(rows[0]!.id, name);
      await saveEmbedding(store, 'acme', 'scenarios', rows[0]!.id, vectors[index]!);
    }

    const [question] = await embedder.embed([BUDGET_SHIFT_REPHRASED]);
    const similar = await findSimilar(store, 'acme', 'scenarios', question!, 3);

    expect(similar.map((row) => ids.get(row.id))).toEqual([
      'budget-shift',
      expect.any(String),
      expect.any(String),
    ]);
    expect(similar[0]!.distance).toBeLessThan(0.6);
    expect(similar[1]!.distance).toBeGreaterThan(similar[0]!.distance + 0.25);
  });
});
