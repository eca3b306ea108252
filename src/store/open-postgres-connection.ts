import pg from 'pg';
import { FactoryError } from '../errors/factory-error.ts';
import type { Queryable, ScriptQueryable, StoreConnection } from './store.ts';

const INT8_OID = 20;

/** Counts come back as numbers, as they do from PGlite. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format ?? 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

/** A pool on a PostgreSQL server; each transaction runs on one connection with BEGIN/COMMIT. */
export async function openPostgresConnection(
  databaseUrl: string,
  log: (line: string) => void,
): Promise<StoreConnection> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, types });
  pool.on('error', (error) => log(`store: idle PostgreSQL connection failed: ${error.message}`));
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => {});
    throw new FactoryError(
      'STORE_CONNECT_FAILED',
      `Could not connect to PostgreSQL at ${redact(databaseUrl)}: ${(error as Error).message}`,
      'Check DATABASE_URL and that the server is running, or unset DATABASE_URL to use the embedded store.',
    );
  }

  async function inTransaction<T>(fn: (tx: ScriptQueryable) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    const tx: ScriptQueryable = {
      query: async <R>(sql: string, params?: unknown[]) => ({
        rows: (await client.query(sql, params)).rows as R[],
      }),
      exec: async (sql: string) => {
        await client.query(sql);
      },
    };
    try {
      await client.query('BEGIN');
      const result = await fn(tx);
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
        client.release();
      } catch (rollbackError) {
        client.release(rollbackError as Error);
      }
      throw error;
    }
  }

  let closed = false;
  return {
    backend: 'postgres',
    query: async <T>(sql: string, params?: unknown[]) => ({
      rows: (await pool.query(sql, params)).rows as T[],
    }),
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) => inTransaction(fn),
    scriptTransaction: inTransaction,
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
