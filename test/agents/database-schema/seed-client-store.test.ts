import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseSchema, seedClientStore } from '../../../src/agents/database-schema/index.ts';
import { isFactoryError } from '../../../src/errors/factory-error.ts';
import { countRows, openStore } from '../../../src/store/index.ts';
import { type PostgresCluster, startPostgresCluster } from '../../store/postgres-cluster.ts';
import { dentalClient, recordingContext, writeFileIn } from './fixtures.ts';

const quiet = () => {};

/** A client directory with the agent's files written, as the build leaves it. */
async function builtClientDir(root: string, name: string) {
  const { input } = await dentalClient();
  const output = await databaseSchema.offline(input, recordingContext());
  const dir = join(root, name);
  for (const file of databaseSchema.render(output, input)) await writeFileIn(dir, file.path, file.content);
  return { dir, seed: output.seed };
}

describe('seedClientStore', () => {
  let root: string;
  let cluster: PostgresCluster;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'seed-client-store-'));
    cluster = await startPostgresCluster();
  });
  afterAll(async () => {
    await cluster?.stop();
    await rm(root, { recursive: true, force: true });
  });

  it('initialises the embedded store under <client>/data and seeds it once; a second call inserts nothing', async () => {
    const { dir, seed } = await builtClientDir(root, 'pglite');
    const rows =
      1 +
      seed.demographics.length +
      seed.geoAreas.length +
      seed.platforms.length +
      seed.campaigns.length +
      seed.ads.length;
    expect(await seedClientStore({ clientDir: dir, log: quiet })).toEqual({
      inserted: rows,
      updated: 0,
      unchanged: 0,
    });
    expect(await seedClientStore({ clientDir: dir, log: quiet })).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: rows,
    });

    const store = await openStore({ dataDir: join(dir, 'data'), log: quiet });
    try {
      expect(await countRows(store, seed.brand.id)).toMatchObject({
        brands: 1,
        demographics: 3,
        geo_areas: seed.geoAreas.length,
        platforms: seed.platforms.length,
        campaigns: seed.campaigns.length,
        ads: seed.ads.length,
        leads: 0,
      });
      const { rows: campaigns } = await store.query<{
        id: string;
        daily_budget: string;
        utm_campaign: string;
      }>('SELECT id, daily_budget::text, utm_campaign FROM campaigns WHERE brand_id = $1 ORDER BY id', [
        seed.brand.id,
      ]);
      expect(campaigns).toEqual(
        [...seed.campaigns]
          .sort((a, b) => a.id.localeCompare(b.id))
          .map((campaign) => ({
            id: campaign.id,
            daily_budget: campaign.daily_budget.toFixed(2),
            utm_campaign: campaign.id,
          })),
      );
    } finally {
      await store.close();
    }
  });

  it('seeds PostgreSQL when given a DATABASE_URL, just as idempotently', async () => {
    const { dir, seed } = await builtClientDir(root, 'postgres');
    const databaseUrl = await cluster.createDatabase('seed_client_store');
    const first = await seedClientStore({ clientDir: dir, databaseUrl, log: quiet });
    expect(first.inserted).toBeGreaterThan(0);
    expect(await seedClientStore({ clientDir: dir, databaseUrl, log: quiet })).toMatchObject({
      inserted: 0,
      updated: 0,
    });
    const store = await openStore({ dataDir: '', databaseUrl, log: quiet });
    try {
      expect(await countRows(store, seed.brand.id)).toMatchObject({ brands: 1, ads: seed.ads.length });
    } finally {
      await store.close();
    }
  });

  it('says what to do when the client has no seed yet', async () => {
    const error = await seedClientStore({ clientDir: join(root, 'never-built'), log: quiet }).catch(
      (caught: unknown) => caught,
    );
    expect(isFactoryError(error) && error.code).toBe('SEED_MISSING');
  });

  it('refuses a seed.json that is not a seed', async () => {
    const dir = join(root, 'broken');
    await writeFileIn(dir, 'database/seed.json', JSON.stringify({ brand: { id: 'Not A Slug' } }));
    const error = await seedClientStore({ clientDir: dir, log: quiet }).catch((caught: unknown) => caught);
    expect(isFactoryError(error) && error.code).toBe('SEED_INVALID');
  });
});
