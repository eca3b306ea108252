import { MIGRATIONS, STORE_TABLES, type StoreTable } from '../../store/migrations.ts';

export interface StoreColumn {
  name: string;
  /** SQL type as the migration declares it (with pgvector; `real[]` on PostgreSQL without it). */
  type: string;
}

interface ParsedTable {
  table: string;
  columns: StoreColumn[];
  primaryKey: string[];
}

export interface StoreTableColumns extends ParsedTable {
  table: StoreTable;
}

const CREATE_TABLE = /CREATE TABLE (\w+) \(\n([\s\S]*?)\n\);/g;
const CONSTRAINT = /^(PRIMARY KEY|UNIQUE|FOREIGN KEY|CHECK|CONSTRAINT)\b/;

/**
 * Columns and primary key of every store table, read from the migrations' SQL (all of them, in
 * order, with later `ALTER TABLE … ADD COLUMN` applied), so database/schema.md cannot drift from the schema.
 */
export function storeTableColumns(): StoreTableColumns[] {
  const tables = new Map<string, ParsedTable>();
  for (const migration of MIGRATIONS) {
    const sql = migration.sql({ vector: true });
    for (const [, table, body] of sql.matchAll(CREATE_TABLE)) {
      const columns: StoreColumn[] = [];
      let primaryKey: string[] = [];
      for (const line of body!.split('\n').map((item) => item.trim().replace(/,$/, ''))) {
        if (!line || line.startsWith('--')) continue;
        const key = /^PRIMARY KEY \(([^)]*)\)/.exec(line);
        if (key) primaryKey = key[1]!.split(',').map((column) => column.trim());
        if (CONSTRAINT.test(line)) continue;
        const [name, ...rest] = line.split(/\s+/);
        const type = typeOf(rest.join(' '));
        columns.push({ name: name!, type });
        if (/\bPRIMARY KEY\b/.test(line)) primaryKey = [name!];
      }
      tables.set(table!, { table: table!, columns, primaryKey });
    }
    for (const [, table, column, definition] of sql.matchAll(
      /ALTER TABLE (\w+) ADD COLUMN (?:IF NOT EXISTS )?(\w+) ([^;,]+)/g,
    )) {
      tables.get(table!)?.columns.push({ name: column!, type: typeOf(definition!) });
    }
  }
  return STORE_TABLES.map((table) => {
    const found = tables.get(table);
    if (!found) throw new Error(`store table ${table} has no CREATE TABLE in the migrations`);
    return { ...found, table };
  });
}

// The type is what comes before the first constraint keyword.
function typeOf(definition: string): string {
  return definition
    .split(/\s+(?=NOT NULL|NULL|DEFAULT|PRIMARY KEY|REFERENCES|UNIQUE|CHECK|GENERATED)\b/)[0]!
    .trim();
}
