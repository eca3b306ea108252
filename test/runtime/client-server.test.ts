import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.ts';
import {
  openTestStore,
  postForm,
  postJson,
  startTestServer,
  type TestServer,
  type TestStore,
  trackingEvent,
} from './client-server-fixture.ts';

let testStore: TestStore;
let server: TestServer | undefined;
beforeAll(async () => {
  testStore = await openTestStore();
});
afterAll(async () => {
  await testStore.close();
});
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

async function leadRows(test: TestServer): Promise<Record<string, unknown>[]> {
  const { rows } = await test.store.query('select * from leads where brand_id = $1', [test.brandId]);
  return rows;
}

async function eventCount(test: TestServer): Promise<number> {
  const { rows } = await test.store.query<{ n: number }>(
    'select count(*)::int as n from events where brand_id = $1',
    [test.brandId],
  );
  return rows[0]!.n;
}

function fieldsOf(row: Record<string, unknown>): Record<string, string> {
  const fields = row.fields;
  return (typeof fields === 'string' ? JSON.parse(fields) : fields) as Record<string, string>;
}

const submissionId = () => `sub_${randomUUID().replaceAll('-', '')}`;

describe('client server: website', () => {
  it('serves pages, extension-less landing pages, the site 404 page, and no dotfiles', async () => {
    server = await startTestServer(testStore);
    const home = await fetch(`${server.url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Site min home');

    const spring = await fetch(`${server.url}/lp/spring`);
    expect(spring.status).toBe(200);
    expect(await spring.text()).toContain('Spring landing page');

    const summer = await fetch(`${server.url}/lp/summer`);
    expect(summer.status).toBe(200);
    expect(await summer.text()).toContain('Summer landing page');

    const missing = await fetch(`${server.url}/lp/winter`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Site min 404');

    expect((await fetch(`${server.url}/.env-not-served`)).status).toBe(404);
    const traversal = await fetch(`${server.url}/lp/..%2f..%2f..%2f..%2fpackage.json`);
    expect([403, 404]).toContain(traversal.status);
    expect(await traversal.text()).not.toContain('devDependencies');

    const api = await fetch(`${server.url}/api/nothing-here`);
    expect(api.status).toBe(404);
    expect((await api.json()).error.code).toBe('NOT_FOUND');
  });

  it('sends security headers with a CSP that allows only the site itself', async () => {
    server = await startTestServer(testStore);
    const response = await fetch(`${server.url}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:|\*/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('client server: forms', () => {
  it('stores a JSON form post as a lead and answers 201 with its id after the commit', async () => {
    server = await startTestServer(testStore);
    const id = submissionId();
    const response = await postJson(`${server.url}/api/forms/contact`, {
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      message: 'Do you have classes on Saturday?',
      preferred_time: 'mornings',
      _submission: id,
      _visitor: 'visitor-0001',
      _landing_url: 'https://site-min.example/lp/spring?utm_source=google',
      _utm_source: 'google',
      _utm_medium: 'cpc',
      _utm_campaign: 'spring',
      _gclid: 'gclid-123',
    });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toEqual({ lead_id: expect.any(String), created: true });

    const rows = await leadRows(server);
    expect(rows).toHaveLength(1);
    expect(String(rows[0]!.id)).toBe(body.lead_id);
    expect(fieldsOf(rows[0]!)).toEqual({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      message: 'Do you have classes on Saturday?',
      preferred_time: 'mornings',
    });
  });

  it('answers a plain form post with a 303 to the thank-you page, once the lead is stored', async () => {
    server = await startTestServer(testStore);
    const response = await postForm(`${server.url}/api/forms/contact`, {
      name: 'Grace Hopper',
      email: 'grace@example.com',
      phone: '',
      _submission: submissionId(),
      _hp_website: '',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/thank-you.html');
    expect(await leadRows(server)).toHaveLength(1);
    const thanks = await fetch(new URL(response.headers.get('location')!, server.url));
    expect(await thanks.text()).toContain('Thank you');
  });

  it('rejects missing and malformed fields with 400 naming each field', async () => {
    server = await startTestServer(testStore);
    const url = `${server.url}/api/forms/contact`;

    const missing = await postJson(url, { name: 'No contact' });
    expect(missing.status).toBe(400);
    const missingBody = await missing.json();
    expect(missingBody.error.code).toBe('INVALID_FORM');
    expect(Object.keys(missingBody.error.fields).sort()).toEqual(['email', 'phone']);

    const malformed = await postJson(url, {
      email: 'not-an-email',
      phone: 'call me',
      name: 'x'.repeat(201),
      message: 'y'.repeat(5001),
      tags: ['a', 'b'],
    });
    expect(malformed.status).toBe(400);
    const fields = (await malformed.json()).error.fields;
    expect(Object.keys(fields).sort()).toEqual(['email', 'message', 'name', 'phone', 'tags']);
    expect(fields.email).toMatch(/valid email/);

    const badForm = await postJson(`${server.url}/api/forms/Not_A_Form`, { email: 'a@example.com' });
    expect(badForm.status).toBe(400);
    expect((await badForm.json()).error.fields).toHaveProperty('form');

    const notAnObject = await postJson(url, ['email', 'a@example.com']);
    expect(notAnObject.status).toBe(400);

    const brokenJson = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": "secret@example.com",',
    });
    expect(brokenJson.status).toBe(400);
    const brokenBody = await brokenJson.json();
    expect(brokenBody.error.code).toBe('INVALID_JSON');
    expect(JSON.stringify(brokenBody)).not.toContain('secret@example.com');

    expect(await leadRows(server)).toHaveLength(0);
  });

  it('answers a plain form post with problems by an HTML page listing what to fix and a link back', async () => {
    server = await startTestServer(testStore);
    const response = await postForm(
      `${server.url}/api/forms/contact`,
      { name: 'Someone', email: 'nope' },
      { referer: `${server.url}/lp/spring?utm_source=google` },
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('Please check the form');
    expect(html).toContain('<strong>Email</strong>');
    expect(html).toContain('href="/lp/spring?utm_source=google"');
  });

  it('refuses bodies over the limit with 413 and a JSON error', async () => {
    server = await startTestServer(testStore);
    const forms = await postJson(`${server.url}/api/forms/contact`, {
      email: 'big@example.com',
      message: 'z'.repeat(70 * 1024),
    });
    expect(forms.status).toBe(413);
    expect((await forms.json()).error.code).toBe('BODY_TOO_LARGE');

    const events = await postJson(`${server.url}/api/events`, {
      events: [trackingEvent({ referrer: 'r'.repeat(300 * 1024) })],
    });
    expect(events.status).toBe(413);
    expect((await events.json()).error.code).toBe('BODY_TOO_LARGE');
  });

  it('refuses content types it does not read with 415', async () => {
    server = await startTestServer(testStore);
    const asText = await fetch(`${server.url}/api/forms/contact`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'email=a@example.com',
    });
    expect(asText.status).toBe(415);
    expect((await asText.json()).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');

    const multipart = new FormData();
    multipart.set('email', 'a@example.com');
    const asMultipart = await fetch(`${server.url}/api/forms/contact`, { method: 'POST', body: multipart });
    expect(asMultipart.status).toBe(415);

    const asXml = await fetch(`${server.url}/api/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: '<events/>',
    });
    expect(asXml.status).toBe(415);
  });

  it('stores script and SQL meta-characters in every text field verbatim and never reflects them unescaped', async () => {
    server = await startTestServer(testStore);
    const nasty = `<script>alert("x")</script>'; DROP TABLE leads; -- \\ " % _ $1 \u0000`.replace(
      '\u0000',
      '',
    );
    const id = submissionId();
    const response = await postJson(`${server.url}/api/forms/contact`, {
      name: nasty,
      email: 'o.reilly+test@example.com',
      phone: '+1 (801) 555-0100',
      message: `${nasty}\n${nasty}`,
      company: nasty,
      _submission: id,
      _utm_source: nasty,
      _utm_campaign: nasty,
      _landing_url: `https://site-min.example/?q=${nasty}`,
    });
    expect(response.status).toBe(201);
    const rows = await leadRows(server);
    expect(rows).toHaveLength(1);
    expect(fieldsOf(rows[0]!)).toEqual({
      name: nasty,
      email: 'o.reilly+test@example.com',
      phone: '+1 (801) 555-0100',
      message: `${nasty}\n${nasty}`,
      company: nasty,
    });

    const page = await postForm(`${server.url}/api/forms/contact`, {
      name: nasty,
      email: `<script>alert(1)</script>`,
      '<script>alert(2)</script>': 'x',
      message: nasty,
    });
    expect(page.status).toBe(400);
    const html = await page.text();
    expect(html).not.toContain('<script');
    expect(html).not.toContain('alert(1)');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(await leadRows(server)).toHaveLength(1);
  });

  it('stores a duplicate submission once and answers it with the same lead', async () => {
    server = await startTestServer(testStore);
    const body = { email: 'twice@example.com', _submission: submissionId() };
    const first = await postJson(`${server.url}/api/forms/contact`, body);
    const second = await postJson(`${server.url}/api/forms/contact`, body);
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    const [a, b] = [await first.json(), await second.json()];
    expect(b).toEqual({ lead_id: a.lead_id, created: false });
    expect(await leadRows(server)).toHaveLength(1);
  });

  it('treats the same fields from the same visitor within a minute as one submission when no id was sent', async () => {
    server = await startTestServer(testStore, { clock: () => new Date('2026-03-02T10:15:30Z') });
    const body = { email: 'noscript@example.com', message: 'hello', _visitor: 'visitor-0002' };
    expect((await postForm(`${server.url}/api/forms/contact`, body)).status).toBe(303);
    expect((await postForm(`${server.url}/api/forms/contact`, body)).status).toBe(303);
    expect(await leadRows(server)).toHaveLength(1);
  });

  it('answers a filled honeypot as if it worked but stores no lead', async () => {
    server = await startTestServer(testStore);
    const response = await postJson(`${server.url}/api/forms/contact`, {
      email: 'bot@example.com',
      _hp_website: 'http://spam.example',
    });
    expect(response.status).toBe(201);
    expect((await response.json()).created).toBe(true);
    expect(await leadRows(server)).toHaveLength(0);
  });

  it('logs field names and ids, never field values', async () => {
    let logs = '';
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logs += chunk;
        done();
      },
    });
    server = await startTestServer(testStore, { logger: { level: 'info', stream } });
    await postJson(`${server.url}/api/forms/contact`, {
      email: 'private.person@example.com',
      message: 'my private message',
      _submission: submissionId(),
    });
    await postJson(`${server.url}/api/forms/contact`, { email: 'also.private@', name: 'Private Name' });
    await fetch(`${server.url}/api/forms/contact`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": "broken.private@example.com"',
    });
    expect(logs).toContain('lead recorded');
    expect(logs).toContain('"fields":["email","message"]');
    expect(logs).toContain('"invalid":["email"]');
    for (const secret of [
      'private.person',
      'my private message',
      'also.private',
      'Private Name',
      'broken.private',
    ])
      expect(logs).not.toContain(secret);
    for (const line of logs.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  });
});

describe('client server: events', () => {
  it('stores a batch and counts a replay of it as duplicates', async () => {
    server = await startTestServer(testStore);
    const batch = {
      events: [
        trackingEvent({
          type: 'landing',
          utm: { source: 'google', medium: 'cpc', campaign: 'spring', term: null, content: null },
          click_ids: { gclid: 'abc' },
        }),
        trackingEvent(),
        trackingEvent({ type: 'form_start', form: 'contact' }),
      ],
    };
    const first = await postJson(`${server.url}/api/events`, batch);
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ stored: 3, duplicates: 0 });

    const replay = await postJson(`${server.url}/api/events`, batch);
    expect(replay.status).toBe(202);
    expect(await replay.json()).toEqual({ stored: 0, duplicates: 3 });
    expect(await eventCount(server)).toBe(3);
  });

  it('gives each of many concurrent batches its own exact counts, overlaps and replays included', async () => {
    server = await startTestServer(testStore);
    const url = `${server.url}/api/events`;
    const send = (batches: { events: ReturnType<typeof trackingEvent>[] }[]) =>
      Promise.all(batches.map(async (batch) => (await postJson(url, batch)).json()));
    const fresh = () => ({ events: [trackingEvent(), trackingEvent(), trackingEvent()] });

    // Two batches share an event, which is stored once.
    const shared = trackingEvent();
    const round1 = Array.from({ length: 12 }, fresh);
    round1[5]!.events.push(shared);
    round1[6]!.events.push(shared);
    const answers1 = await send(round1);
    expect(answers1[5].stored + answers1[6].stored).toBe(7);
    expect(answers1[5].duplicates + answers1[6].duplicates).toBe(1);
    for (const [index, answer] of answers1.entries())
      if (index !== 5 && index !== 6) expect(answer).toEqual({ stored: 3, duplicates: 0 });

    // A replay among new batches: still exact per batch.
    const round2 = Array.from({ length: 12 }, fresh);
    round2[4] = round1[0]!;
    const answers2 = await send(round2);
    for (const [index, answer] of answers2.entries())
      expect(answer).toEqual(index === 4 ? { stored: 0, duplicates: 3 } : { stored: 3, duplicates: 0 });

    expect(await eventCount(server)).toBe(12 * 3 + 1 + 11 * 3);
  });

  it('accepts a sendBeacon batch sent as text/plain', async () => {
    server = await startTestServer(testStore);
    const response = await fetch(`${server.url}/api/events`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify({ events: [trackingEvent()] }),
    });
    expect(response.status).toBe(202);
    expect(await eventCount(server)).toBe(1);
  });

  it('rejects unknown event types and extra fields with 400 naming the index and field', async () => {
    server = await startTestServer(testStore);
    const unknownType = await postJson(`${server.url}/api/events`, {
      events: [trackingEvent(), { ...trackingEvent(), type: 'purchase' }],
    });
    expect(unknownType.status).toBe(400);
    const body = await unknownType.json();
    expect(body.error.code).toBe('INVALID_EVENTS');
    expect(Object.keys(body.error.fields)).toEqual(['events[1].type']);
    expect(body.error.message).toContain('events[1].type');

    const extraField = await postJson(`${server.url}/api/events`, {
      events: [{ ...trackingEvent(), email: 'a@example.com' }],
    });
    expect(extraField.status).toBe(400);
    expect((await extraField.json()).error.fields).toEqual({ 'events[0].email': 'unknown field' });

    const empty = await postJson(`${server.url}/api/events`, { events: [] });
    expect(empty.status).toBe(400);
    expect(await eventCount(server)).toBe(0);
  });
});

describe('client server: limits, CORS, health and the API document', () => {
  it('rate-limits a flood from one address with 429 and Retry-After, and still answers health', async () => {
    server = await startTestServer(testStore, { rateLimit: { max: 40, timeWindowMs: 60_000 } });
    const url = server.url;
    const responses = await Promise.all(
      Array.from({ length: 300 }, (_, index) =>
        postJson(`${url}/api/events`, {
          events: [trackingEvent({ url: `https://site-min.example/p/${index}` })],
        }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 202)).toHaveLength(40);
    expect(statuses.filter((status) => status === 429)).toHaveLength(260);
    const limited = responses.find((response) => response.status === 429)!;
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).error.code).toBe('RATE_LIMITED');
    await Promise.all(responses.map((response) => (response.bodyUsed ? undefined : response.body?.cancel())));

    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', store: 'pglite' });
    expect(await eventCount(server)).toBe(40);
  });

  it('answers 503 on health and 500 on writes when the store fails, without leaking values to logs', async () => {
    let logs = '';
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logs += chunk;
        done();
      },
    });
    const own = await openStore({ dataDir: testStore.dataDir, log: () => {} });
    const failure = () => Promise.reject(new Error('value "down.private@example.com" refused'));
    const broken: Store = {
      backend: own.backend,
      query: failure,
      transaction: failure,
      close: () => own.close(),
    };
    server = await startTestServer(testStore, { store: broken, logger: { level: 'info', stream } });

    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable', store: 'pglite' });

    const lead = await postJson(`${server.url}/api/forms/contact`, {
      email: 'down.private@example.com',
      _submission: submissionId(),
    });
    expect(lead.status).toBe(500);
    expect((await lead.json()).error.code).toBe('INTERNAL');
    expect(logs).toContain('request failed');
    expect(logs).not.toContain('down.private');
  });

  it('allows cross-origin calls only from the allowed origins', async () => {
    server = await startTestServer(testStore);
    const allowed = await fetch(`${server.url}/api/events`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://site-min.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://site-min.example');

    const post = await postJson(
      `${server.url}/api/events`,
      { events: [trackingEvent()] },
      { origin: 'https://site-min.example' },
    );
    expect(post.headers.get('access-control-allow-origin')).toBe('https://site-min.example');

    const other = await postJson(
      `${server.url}/api/events`,
      { events: [trackingEvent()] },
      { origin: 'https://evil.example' },
    );
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const otherPreflight = await fetch(`${server.url}/api/events`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(otherPreflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('publishes an OpenAPI 3.1 document listing every API route with schemas from the validators', async () => {
    server = await startTestServer(testStore);
    const document = await (await fetch(`${server.url}/api/openapi.json`)).json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).sort()).toEqual([
      '/api/events',
      '/api/forms/{form}',
      '/api/health',
      '/api/openapi.json',
    ]);
    const events = document.paths['/api/events'].post;
    const eventSchema = events.requestBody.content['application/json'].schema;
    expect(eventSchema.properties.events.items.properties.type.enum).toContain('page_view');
    expect(eventSchema.properties.events.items.additionalProperties).toBe(false);
    expect(Object.keys(events.requestBody.content)).toContain('text/plain');
    const forms = document.paths['/api/forms/{form}'].post;
    expect(Object.keys(forms.responses)).toEqual(expect.arrayContaining(['201', '303', '400', '413']));
    expect(JSON.stringify(forms.requestBody)).toContain('_submission');
  });

  it('closes gracefully: writes in flight finish and every acknowledged lead is stored', async () => {
    const test = await startTestServer(testStore);
    const { url, dataDir } = test;
    const sent = Array.from({ length: 30 }, () => submissionId());
    const answers = sent.map((id) =>
      postJson(`${url}/api/forms/contact`, { email: `${id}@example.com`, _submission: id }).then(
        (response) => ({ id, status: response.status }),
        () => ({ id, status: 0 }),
      ),
    );
    // Close as soon as the first lead is acknowledged, so the rest are still in flight (a fixed delay
    // would depend on how busy the machine is).
    await Promise.any(
      answers.map((answer) => answer.then((result) => (result.status === 201 ? result : Promise.reject()))),
    );
    await test.app.close();
    const results = await Promise.all(answers);
    const acknowledged = results.filter((result) => result.status === 201).map((result) => result.id);
    expect(acknowledged.length).toBeGreaterThan(0);
    // The rest were refused cleanly (503 while closing, or no connection), never failed half-way.
    for (const { status } of results) expect([201, 503, 0]).toContain(status);

    const reopened = await openStore({ dataDir, log: () => {} });
    try {
      const { rows } = await reopened.query<{ submission_id: string }>(
        'select submission_id from leads where brand_id = $1',
        [test.brandId],
      );
      const stored = new Set(rows.map((row) => row.submission_id));
      for (const id of acknowledged) expect(stored.has(id)).toBe(true);
    } finally {
      await reopened.close();
    }
  });
});
