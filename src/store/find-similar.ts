import { EMBEDDING_DIMENSIONS } from './migrations.ts';
import type { Queryable, Store } from './store.ts';

/** The tables that carry an `embedding` column. */
export type EmbeddedTable = 'content' | 'insights' | 'scenarios';

const storage = new WeakMap<Queryable, Promise<'vector' | 'real[]'>>();

/**
 * How this store keeps embeddings: pgvector `vector(N)` with an HNSW index (PGlite, or a server
 * with pgvector), or `real[]` scanned by `store_cosine_distance` (a server without pgvector).
 */
export function embeddingStorage(store: Store): Promise<'vector' | 'real[]'> {
  let known = storage.get(store);
  if (!known) {
    known = store
      .query<{ udt_name: string }>(
        `SELECT udt_name FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = 'content' AND column_name = 'embedding'`,
      )
      .then(({ rows }) => (rows[0]?.udt_name === 'vector' ? 'vector' : 'real[]'));
    storage.set(store, known);
  }
  return known;
}

/** Writes a row's embedding, in whichever form the store keeps them. */
export async function saveEmbedding(
  store: Store,
  brandId: string,
  table: EmbeddedTable,
  id: string,
  embedding: number[],
): Promise<void> {
  const cast = await castFor(store, embedding);
  await store.query(`UPDATE ${table} SET embedding = $3${cast} WHERE brand_id = $1 AND id::text = $2`, [
    brandId,
    id,
    literal(await embeddingStorage(store), embedding),
  ]);
}

/**
 * The rows of one brand nearest to `embedding` by cosine distance, nearest first.
 *
 * @example
 * const similar = await findSimilar(store, 'wasatch', 'content', queryEmbedding, 5);
 */
export async function findSimilar(
  store: Store,
  brandId: string,
  table: EmbeddedTable,
  embedding: number[],
  limit = 10,
): Promise<{ id: string; distance: number }[]> {
  const kind = await embeddingStorage(store);
  const cast = await castFor(store, embedding);
  const distance =
    kind === 'vector' ? `embedding <=> $2${cast}` : `store_cosine_distance(embedding, $2${cast})`;
  const { rows } = await store.query<{ id: string; distance: number }>(
    `SELECT id::text AS id, (${distance})::float8 AS distance FROM ${table}
     WHERE brand_id = $1 AND embedding IS NOT NULL
     ORDER BY ${distance} LIMIT $3`,
    [brandId, literal(kind, embedding), limit],
  );
  return rows;
}

async function castFor(store: Store, embedding: number[]): Promise<string> {
  if (embedding.length !== EMBEDDING_DIMENSIONS || !embedding.every(Number.isFinite)) {
    throw new Error(`an embedding has ${EMBEDDING_DIMENSIONS} finite numbers, not ${embedding.length}`);
  }
  return (await embeddingStorage(store)) === 'vector' ? `::vector(${EMBEDDING_DIMENSIONS})` : '::real[]';
}

function literal(kind: 'vector' | 'real[]', embedding: number[]): string {
  return kind === 'vector' ? `[${embedding.join(',')}]` : `{${embedding.join(',')}}`;
}
