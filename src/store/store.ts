/** Anything that runs SQL with positional parameters (`$1`, `$2`, …): a store or a transaction. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

/**
 * A client's store: embedded PGlite by default, PostgreSQL when a `DATABASE_URL` is given. Same
 * schema and queries on both; every row carries `brand_id` and every query filters by it.
 */
export interface Store extends Queryable {
  readonly backend: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed (durably) when the promise resolves, rolled back on throw. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Internal: a transaction that can also run a multi-statement script (migrations). */
export interface ScriptQueryable extends Queryable {
  exec(sql: string): Promise<void>;
}

/** Internal: what both backends provide before the schema is migrated. */
export interface StoreConnection extends Store {
  scriptTransaction<T>(fn: (tx: ScriptQueryable) => Promise<T>): Promise<T>;
}
