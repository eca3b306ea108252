import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countRows,
  EMBEDDING_DIMENSIONS,
  embeddingStorage,
  findSimilar,
  openStore,
  recordEvents,
  recordLead,
  STORE_TABLES,
  type Store,
  saveEmbedding,
  seedBrand,
} from '../../src/store/index.ts';
import { brandSeed, event, landing, submission, visitorId } from './fixtures.ts';
import { type Backend, testStores } from './test-stores.ts';

const BACKENDS: Backend[] = ['pglite', 'postgres'];

describe.each(BACKENDS)('store on %s', (backend) => {
  const stores = testStores(backend);
  let store: Store;
  let brandCounter = 0;
  /** Tests share one store; each uses brands of its own, which is itself the isolation under test. */
  const newBrand = async (seed = true) => {
    brandCounter += 1;
    const brandId = `brand-${brandCounter}-${randomUUID().slice(0, 8)}`;
    if (seed) await seedBrand(store, brandSeed(brandId));
    return brandId;
  };

  beforeAll(async () => {
    await stores.start();
    store = await stores.fresh();
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    await stores.stop();
  });

  it('reports its backend', () => {
    expect(store.backend).toBe(backend);
  });

  describe('migrations', () => {
    it('records each migration once and applies nothing when an existing store is reopened', async () => {
      const where = await stores.location();
      const first = await openStore({ ...where, log: () => {} });
      const before = await first.query<{ version: number; applied_at: Date }>(
        'SELECT version, applied_at FROM schema_migrations ORDER BY version',
      );
      await first.close();
      const again = await openStore({ ...where, log: () => {} });
      const after = await again.query<{ version: number; applied_at: Date }>(
        'SELECT version, applied_at FROM schema_migrations ORDER BY version',
      );
      await again.close();
      expect(before.rows.map((row) => row.version)).toEqual([1]);
      expect(after.rows).toEqual(before.rows);
    });

    it('refuses a store migrated by a newer factory (forward-only, never downgraded)', async () => {
      const where = await stores.location();
      const current = await openStore({ ...where, log: () => {} });
      await current.query(
        `INSERT INTO schema_migrations (version, name, checksum) VALUES (999, 'future', 'x')`,
      );
      await current.close();
      await expect(openStore({ ...where, log: () => {} })).rejects.toMatchObject({
        code: 'STORE_SCHEMA_NEWER',
      });
    });

    it('refuses a store whose released migration was edited afterwards', async () => {
      const where = await stores.location();
      const current = await openStore({ ...where, log: () => {} });
      await current.query(`UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1`);
      await current.close();
      await expect(openStore({ ...where, log: () => {} })).rejects.toMatchObject({
        code: 'STORE_MIGRATION_EDITED',
      });
    });

    it('lets concurrent openers of one database migrate it exactly once', async () => {
      const where = await stores.location();
      const opened = await Promise.all([1, 2, 3].map(() => openStore({ ...where, log: () => {} })));
      const { rows } = await opened[0]!.query<{ count: number }>(
        'SELECT count(*)::int AS count FROM schema_migrations',
      );
      await opened[0]!.close();
      // Closing one opener leaves the others working (PGlite shares one instance per directory).
      const still = await opened[1]!.query<{ one: number }>('SELECT 1 AS one');
      await Promise.all(opened.slice(1).map((each) => each.close()));
      expect(rows[0]?.count).toBe(1);
      expect(still.rows).toEqual([{ one: 1 }]);
    });

    it('gives every table a brand_id column, and has every table of the design', async () => {
      const { rows } = await store.query<{ table_name: string; has_brand_id: boolean }>(
        `SELECT t.table_name,
                EXISTS (SELECT 1 FROM information_schema.columns c
                        WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                          AND c.column_name = 'brand_id') AS has_brand_id
         FROM information_schema.tables t
         WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
           AND t.table_name <> 'schema_migrations'`,
      );
      expect(rows.filter((row) => !row.has_brand_id)).toEqual([]);
      expect(rows.map((row) => row.table_name).sort()).toEqual([...STORE_TABLES].sort());
    });

    it('keys every table by brand: each primary key starts with brand_id', async () => {
      const { rows } = await store.query<{ table_name: string; first_column: string }>(
        `SELECT tc.table_name, kcu.column_name AS first_column
         FROM information_schema.table_constraints tc
         JOIN information_schema.key_column_usage kcu
           ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
         WHERE tc.table_schema = current_schema() AND tc.constraint_type = 'PRIMARY KEY'
           AND kcu.ordinal_position = 1 AND tc.table_name <> 'schema_migrations'`,
      );
      expect(rows.length).toBe(STORE_TABLES.length);
      expect(rows.filter((row) => row.first_column !== 'brand_id')).toEqual([]);
    });
  });

  describe('recordEvents', () => {
    it('stores a replayed batch once and reports the replay as duplicates', async () => {
      const brandId = await newBrand();
      const visitor = visitorId();
      const batch = [
        landing(
          visitor,
          '2026-03-01T10:00:00.000Z',
          { source: 'google', medium: 'cpc', campaign: 'google-leads' },
          { gclid: 'g-1' },
        ),
        event({ visitor_id: visitor, at: '2026-03-01T10:01:00.000Z' }),
        event({ visitor_id: visitor, at: '2026-03-01T10:02:00.000Z', type: 'form_start', form: 'contact' }),
      ];
      expect(await recordEvents(store, brandId, batch)).toEqual({ stored: 3, duplicates: 0 });
      expect(await recordEvents(store, brandId, batch)).toEqual({ stored: 0, duplicates: 3 });
      const counts = await countRows(store, brandId);
      expect({ events: counts.events, touchpoints: counts.touchpoints, visitors: counts.visitors }).toEqual({
        events: 3,
        touchpoints: 1,
        visitors: 1,
      });
      const touch = await store.query(
        'SELECT source, medium, campaign, click_id FROM touchpoints WHERE brand_id = $1',
        [brandId],
      );
      expect(touch.rows).toEqual([
        { source: 'google', medium: 'cpc', campaign: 'google-leads', click_id: 'g-1' },
      ]);
    });

    it('counts an event repeated inside one batch once', async () => {
      const brandId = await newBrand(false);
      const once = event({ visitor_id: visitorId(), at: '2026-03-01T10:00:00.000Z' });
      expect(await recordEvents(store, brandId, [once, once])).toEqual({ stored: 1, duplicates: 1 });
    });

    it('tracks a visitor from first to last sighting across batches', async () => {
      const brandId = await newBrand(false);
      const visitor = visitorId();
      await recordEvents(store, brandId, [event({ visitor_id: visitor, at: '2026-03-02T00:00:00.000Z' })]);
      await recordEvents(store, brandId, [event({ visitor_id: visitor, at: '2026-03-01T00:00:00.000Z' })]);
      await recordEvents(store, brandId, [event({ visitor_id: visitor, at: '2026-03-03T00:00:00.000Z' })]);
      const { rows } = await store.query<{ first: string; last: string }>(
        `SELECT first_seen_at::date::text AS first, last_seen_at::date::text AS last FROM visitors WHERE brand_id = $1`,
        [brandId],
      );
      expect(rows).toEqual([{ first: '2026-03-01', last: '2026-03-03' }]);
    });
  });

  describe('recordLead', () => {
    it('stores a duplicate submission as one lead and returns the same id', async () => {
      const brandId = await newBrand();
      const form = submission();
      const first = await recordLead(store, brandId, form);
      const second = await recordLead(store, brandId, { ...form, fields: { name: 'someone else' } });
      expect(first.created).toBe(true);
      expect(second).toEqual({ ...first, created: false });
      expect((await countRows(store, brandId)).leads).toBe(1);
    });

    it('stores concurrent copies of one submission as one lead', async () => {
      const brandId = await newBrand();
      const form = submission();
      const results = await Promise.all([1, 2, 3, 4].map(() => recordLead(store, brandId, form)));
      expect(new Set(results.map((result) => result.leadId)).size).toBe(1);
      expect(results.filter((result) => result.created)).toHaveLength(1);
      expect((await countRows(store, brandId)).leads).toBe(1);
    });

    it('takes first touch from the earliest touchpoint and last touch from the latest non-direct one before submitting', async () => {
      const brandId = await newBrand();
      const visitor = visitorId();
      await recordEvents(store, brandId, [
        landing(
          visitor,
          '2026-03-01T09:00:00.000Z',
          { source: 'google', medium: 'cpc', campaign: 'google-leads' },
          { gclid: 'g-7' },
        ),
        landing(
          visitor,
          '2026-03-01T12:00:00.000Z',
          { source: 'facebook', medium: 'paid_social', campaign: 'meta-leads' },
          { fbclid: 'f-7' },
        ),
      ]);
      // A direct return visit, then a landing after the form was sent: neither is the last touch.
      await recordEvents(store, brandId, [
        landing(visitor, '2026-03-01T15:00:00.000Z', { source: null, medium: null, campaign: null }),
        landing(visitor, '2026-03-05T09:00:00.000Z', { source: 'bing', medium: 'cpc', campaign: 'later' }),
      ]);
      const result = await recordLead(
        store,
        brandId,
        submission({ visitor_id: visitor, submitted_at: '2026-03-02T12:00:00.000Z' }),
      );
      expect(result.firstTouch).toEqual({
        source: 'google',
        medium: 'cpc',
        campaign: 'google-leads',
        at: '2026-03-01T09:00:00.000Z',
        click_id: 'g-7',
      });
      expect(result.lastTouch).toEqual({
        source: 'facebook',
        medium: 'paid_social',
        campaign: 'meta-leads',
        at: '2026-03-01T12:00:00.000Z',
        click_id: 'f-7',
      });
      expect(result.campaignId).toBe('meta-leads');
      const stored = await store.query<{ campaign_id: string; first_touch: unknown; last_touch: unknown }>(
        'SELECT campaign_id, first_touch, last_touch FROM leads WHERE brand_id = $1 AND id = $2',
        [brandId, result.leadId],
      );
      expect(stored.rows[0]).toEqual({
        campaign_id: 'meta-leads',
        first_touch: result.firstTouch,
        last_touch: result.lastTouch,
      });
    });

    it('attributes a visitor without touchpoints (no consent) to the landing fields of the form', async () => {
      const brandId = await newBrand();
      const result = await recordLead(
        store,
        brandId,
        submission({
          visitor_id: visitorId(),
          landing: {
            url: 'https://example.com/lp/google-leads',
            utm: { source: 'google', medium: 'cpc', campaign: 'Google-Leads', term: null, content: null },
            click_ids: { gclid: 'g-9' },
          },
          submitted_at: '2026-03-02T12:00:00Z',
        }),
      );
      const touch = {
        source: 'google',
        medium: 'cpc',
        campaign: 'Google-Leads',
        at: '2026-03-02T12:00:00.000Z',
        click_id: 'g-9',
      };
      expect(result.firstTouch).toEqual(touch);
      expect(result.lastTouch).toEqual(touch);
      expect(result.campaignId).toBe('google-leads');
    });

    it('leaves a lead without a source unlinked', async () => {
      const brandId = await newBrand();
      const result = await recordLead(store, brandId, submission());
      expect(result).toMatchObject({ created: true, firstTouch: null, lastTouch: null, campaignId: null });
    });

    it('stores SQL meta-characters, markup and any Unicode verbatim, as text', async () => {
      const brandId = await newBrand();
      const hostile = {
        name: "Robert'); DROP TABLE leads; --",
        message: '<script>alert("x")</script> $1 $$ \\ %_ \' " ` ; /* */ {{7*7}} $' + '{process}',
        emoji: 'Zoë 🏋️‍♀️ 中文 \u202e',
        nul: 'a\u0000b',
      };
      const result = await recordLead(store, brandId, submission({ fields: hostile }));
      const { rows } = await store.query<{ fields: Record<string, string> }>(
        'SELECT fields FROM leads WHERE brand_id = $1 AND id = $2',
        [brandId, result.leadId],
      );
      // PostgreSQL text cannot hold U+0000: it alone becomes U+FFFD.
      expect(rows[0]?.fields).toEqual({ ...hostile, nul: 'a\uFFFDb' });
      expect((await countRows(store, brandId)).leads).toBe(1);
    });
  });

  describe('seedBrand', () => {
    it('inserts the graph once; a second run inserts and changes nothing', async () => {
      const brandId = await newBrand(false);
      const seed = brandSeed(brandId);
      const first = await seedBrand(store, seed);
      const second = await seedBrand(store, seed);
      expect(first).toEqual({ inserted: 9, updated: 0, unchanged: 0 });
      expect(second).toEqual({ inserted: 0, updated: 0, unchanged: 9 });
      const counts = await countRows(store, brandId);
      expect(counts).toMatchObject({
        brands: 1,
        demographics: 1,
        geo_areas: 1,
        platforms: 2,
        campaigns: 2,
        ads: 2,
      });
    });

    it('brings a changed row up to date', async () => {
      const brandId = await newBrand(false);
      const seed = brandSeed(brandId);
      await seedBrand(store, seed);
      seed.campaigns[0]!.daily_budget = 45.5;
      expect(await seedBrand(store, seed)).toEqual({ inserted: 0, updated: 1, unchanged: 8 });
    });
  });

  describe('isolation between brands', () => {
    it('keeps two brands in one database apart, even with the same ids', async () => {
      const brandA = await newBrand();
      const brandB = await newBrand();
      const visitor = visitorId();
      const batch = [
        landing(visitor, '2026-03-01T09:00:00.000Z', {
          source: 'google',
          medium: 'cpc',
          campaign: 'google-leads',
        }),
      ];
      expect(await recordEvents(store, brandA, batch)).toEqual({ stored: 1, duplicates: 0 });
      // The same event ids for another brand are that brand's own events, not duplicates.
      expect(await recordEvents(store, brandB, batch)).toEqual({ stored: 1, duplicates: 0 });
      const form = submission({ visitor_id: visitor });
      const leadA = await recordLead(store, brandA, form);
      // Brand B's visitor with the same id has no touchpoints there once brand A's are ignored.
      await store.query('DELETE FROM touchpoints WHERE brand_id = $1', [brandB]);
      const leadB = await recordLead(store, brandB, form);
      expect(leadA.created && leadB.created).toBe(true);
      expect(leadA.leadId).not.toBe(leadB.leadId);
      expect(leadA.campaignId).toBe('google-leads');
      expect(leadB).toMatchObject({ firstTouch: null, lastTouch: null, campaignId: null });
      const a = await countRows(store, brandA);
      const b = await countRows(store, brandB);
      expect(a).toMatchObject({ brands: 1, campaigns: 2, events: 1, touchpoints: 1, leads: 1 });
      expect(b).toMatchObject({ brands: 1, campaigns: 2, events: 1, touchpoints: 0, leads: 1 });
      expect(await countRows(store, 'nobody')).toEqual(
        Object.fromEntries(STORE_TABLES.map((table) => [table, 0])),
      );
    });

    it('links a lead only to its own brand’s campaign', async () => {
      const brandA = await newBrand();
      const brandB = await newBrand(false);
      const result = await recordLead(
        store,
        brandB,
        submission({
          landing: {
            url: null,
            utm: { source: 'google', medium: 'cpc', campaign: 'google-leads', term: null, content: null },
            click_ids: {},
          },
        }),
      );
      expect(brandA).not.toBe(brandB);
      expect(result.campaignId).toBeNull();
    });
  });

  describe('transactions', () => {
    it('rolls back every write of a failed transaction', async () => {
      const brandId = await newBrand(false);
      await expect(
        store.transaction(async (tx) => {
          await tx.query(
            `INSERT INTO learned_weights (brand_id, key, average, sample_size) VALUES ($1, 'k', 1, 1)`,
            [brandId],
          );
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect((await countRows(store, brandId)).learned_weights).toBe(0);
    });
  });

  describe('embeddings', () => {
    it(`uses ${backend === 'pglite' ? 'pgvector' : 'pgvector when the server has it, real[] otherwise'}, and finds the nearest rows of one brand`, async () => {
      const kind = await embeddingStorage(store);
      if (backend === 'pglite') expect(kind).toBe('vector');
      const brandA = await newBrand(false);
      const brandB = await newBrand(false);
      const unit = (index: number) =>
        Array.from({ length: EMBEDDING_DIMENSIONS }, (_, i) => (i === index ? 1 : 0.01));
      for (const [brandId, id, axis] of [
        [brandA, 'near', 0],
        [brandA, 'far', 5],
        [brandB, 'other-brand', 0],
      ] as const) {
        await store.query(`INSERT INTO content (brand_id, id, kind) VALUES ($1, $2, 'image')`, [brandId, id]);
        await saveEmbedding(store, brandId, 'content', id, unit(axis));
      }
      const similar = await findSimilar(store, brandA, 'content', unit(0), 5);
      expect(similar.map((row) => row.id)).toEqual(['near', 'far']);
      expect(similar[0]!.distance).toBeCloseTo(0, 5);
    });

    it.runIf(backend === 'postgres')(
      'says in one log line when vectors are stored without pgvector',
      async () => {
        const lines: string[] = [];
        const fresh = await stores.fresh((line) => lines.push(line));
        const kind = await embeddingStorage(fresh);
        await fresh.close();
        if (kind === 'real[]') {
          expect(lines).toHaveLength(1);
          expect(lines[0]).toMatch(/real\[\] without an index/);
        } else {
          expect(lines).toEqual([]);
        }
      },
    );
  });
});
