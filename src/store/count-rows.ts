import { STORE_TABLES } from './migrations.ts';
import type { Store } from './store.ts';

/** Rows per store table for one brand, every table listed (for database/schema.md and tests). */
export async function countRows(store: Store, brandId: string): Promise<Record<string, number>> {
  const sql = STORE_TABLES.map(
    (table) => `SELECT '${table}' AS name, count(*)::int AS count FROM ${table} WHERE brand_id = $1`,
  ).join('\nUNION ALL\n');
  const { rows } = await store.query<{ name: string; count: number }>(sql, [brandId]);
  return Object.fromEntries(rows.map((row) => [row.name, row.count]));
}
