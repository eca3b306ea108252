/**
 * Child process of the kill -9 durability test: writes leads and event batches to the store in a
 * loop and prints `lead <submission_id>` / `events <id,...>` only after each write resolved.
 */
import { randomUUID } from 'node:crypto';
import { openStore, recordEvents, recordLead } from '../../src/store/index.ts';

const [dataDir, brandId] = process.argv.slice(2);
if (!dataDir || !brandId) throw new Error('usage: write-until-killed.ts <dataDir> <brandId>');
const store = await openStore({ dataDir, log: () => {} });
process.stdout.write('ready\n');
for (let n = 0; ; n += 1) {
  const visitor = `v_${randomUUID().replaceAll('-', '')}`;
  const ids = [randomUUID(), randomUUID()];
  await recordEvents(
    store,
    brandId,
    ids.map((id) => ({
      id,
      visitor_id: visitor,
      type: 'page_view' as const,
      at: new Date().toISOString(),
      url: 'https://example.com/',
      referrer: null,
      utm: null,
      click_ids: null,
      form: null,
    })),
  );
  process.stdout.write(`events ${ids.join(',')}\n`);
  const submissionId = `sub_${n}_${randomUUID().slice(0, 8)}`;
  await recordLead(store, brandId, {
    form: 'contact',
    submission_id: submissionId,
    visitor_id: visitor,
    fields: { name: `Lead ${n}` },
    landing: null,
    submitted_at: new Date().toISOString(),
  });
  process.stdout.write(`lead ${submissionId}\n`);
}
