import type { BrandSeed } from '../../store/index.ts';
import { EMBEDDING_DIMENSIONS, STORE_TABLES, type StoreTable } from '../../store/migrations.ts';
import { storeTableColumns } from './store-table-columns.ts';
import { STORE_TABLE_PURPOSES } from './store-table-purposes.ts';

/** Rows the seed puts in each table; every other table starts empty and fills as the system runs. */
export function seededCounts(seed: BrandSeed): Record<StoreTable, number> {
  const counts = Object.fromEntries(STORE_TABLES.map((table) => [table, 0])) as Record<StoreTable, number>;
  counts.brands = 1;
  counts.demographics = seed.demographics.length;
  counts.geo_areas = seed.geoAreas.length;
  counts.platforms = seed.platforms.length;
  counts.campaigns = seed.campaigns.length;
  counts.ads = seed.ads.length;
  return counts;
}

/**
 * `database/schema.md`: every table of the store with what it holds, who writes it and its columns
 * (read from the migrations), this brand's seeded counts, PostgreSQL via DATABASE_URL, and vectors.
 */
export function renderSchemaMarkdown(seed: BrandSeed): string {
  const brandId = seed.brand.id;
  const counts = seededCounts(seed);
  const lines: string[] = [
    `# The store of ${markdownText(seed.brand.name)}`,
    '',
    "The client system's data lives in one store: embedded PGlite with pgvector by default (files under " +
      '`data/pgdata` in this client directory), or PostgreSQL when `DATABASE_URL` is set. The schema is the ' +
      "repository's (forward-only migrations, recorded in `schema_migrations`); only the data is this " +
      `client's. Every table has \`brand_id\` (here \`${brandId}\`), every primary key starts with it, and every ` +
      'query filters by it, so one database can hold many clients.',
    '',
    '## Seeded for this brand',
    '',
    '`database/seed.json` holds exactly the rows seeded; seeding is idempotent (a second run inserts and ' +
      'changes nothing). The other tables start empty and fill as the system runs.',
    '',
    '| table | rows seeded |',
    '|---|---:|',
    ...STORE_TABLES.filter((table) => counts[table] > 0).map(
      (table) => `| \`${table}\` | ${counts[table]} |`,
    ),
    '',
    'Campaigns (one per platform × objective; `utm_campaign` is the campaign id and its landing page is ' +
      '`/lp/<campaign id>`):',
    '',
    '| campaign | platform | objective | daily budget | ads |',
    '|---|---|---|---:|---:|',
    ...seed.campaigns.map(
      (campaign) =>
        `| \`${campaign.id}\` | ${campaign.platform} | ${campaign.objective} | ${campaign.daily_budget.toFixed(2)} | ` +
        `${seed.ads.filter((ad) => ad.campaign_id === campaign.id).length} |`,
    ),
    '',
    '## Tables',
    '',
    '| table | holds | written by | primary key | seeded |',
    '|---|---|---|---|---:|',
    ...storeTableColumns().map(({ table, primaryKey }) => {
      const { holds, writtenBy } = STORE_TABLE_PURPOSES[table];
      return `| \`${table}\` | ${holds} | ${writtenBy} | ${primaryKey.map((column) => `\`${column}\``).join(', ')} | ${counts[table]} |`;
    }),
    '',
    '### Columns',
    '',
    ...storeTableColumns().flatMap(({ table, columns }) => [
      `- \`${table}\`: ${columns.map((column) => `\`${column.name}\` ${column.type}`).join(', ')}`,
    ]),
    '',
    '## PostgreSQL',
    '',
    'Set `DATABASE_URL` (a `postgres://user:password@host:5432/database` connection string, kept in the ' +
      'environment, never in a file) before `factory serve` or a build: the store then connects to that ' +
      'server and applies the same migrations on open (in one transaction, under an advisory lock, so ' +
      'several processes can start together). Without it the embedded PGlite store under `data/` is used. ' +
      'With PostgreSQL the client system is stateless apart from the store, so it scales out behind a ' +
      'load balancer.',
    '',
    '```sh',
    'export DATABASE_URL=postgres://factory@db.internal:5432/marketing',
    `npx factory serve ${brandId}`,
    '```',
    '',
    '## Vectors',
    '',
    `\`content\`, \`insights\` and \`scenarios\` carry embeddings of ${EMBEDDING_DIMENSIONS} numbers. PGlite ` +
      `loads pgvector: \`vector(${EMBEDDING_DIMENSIONS})\` columns with HNSW cosine indexes; PostgreSQL with ` +
      'pgvector installed does the same. On PostgreSQL without pgvector the same columns become `real[]`, a ' +
      'SQL function `store_cosine_distance` is created, and similarity search scans the brand’s rows: ' +
      'correct, unindexed, slower. A database keeps the type it was created with; moving it to pgvector ' +
      'later is a new migration.',
    '',
    '## Neo4j',
    '',
    '`database/export.cypher` holds the same brand, demographics, geo areas, platforms, campaigns and ads ' +
      'as MERGE-only Cypher (every node labelled and carrying `brand_id`): `cypher-shell -f export.cypher` ' +
      'twice leaves one copy.',
    '',
  ];
  return lines.join('\n');
}

function markdownText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`);
}
