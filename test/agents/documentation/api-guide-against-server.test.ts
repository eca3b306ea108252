import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentation } from '../../../src/agents/documentation/index.ts';
import { isShipped } from '../../../src/capabilities/index.ts';
import { API_ROUTES } from '../../../src/runtime/server/api-contract.ts';
import {
  openTestStore,
  startTestServer,
  type TestServer,
  type TestStore,
} from '../../runtime/client-server-fixture.ts';
import { dentalConfig, inputFor, recordingContext, shopConfig } from './fixtures.ts';

interface GuideRequest {
  method: string;
  path: string;
  body: unknown;
  status: number;
  response: Record<string, unknown> | null;
}

/** The requests the written guide shows, read back from its markdown as a developer would copy them. */
function requestsIn(markdown: string): GuideRequest[] {
  const requests: GuideRequest[] = [];
  const pattern = /^`(GET|POST|PATCH) (\/api\/[^`\s]+)`/gm;
  for (const match of markdown.matchAll(pattern)) {
    const rest = markdown.slice(match.index + match[0].length);
    const next = rest.search(pattern);
    const section = next === -1 ? rest : rest.slice(0, next);
    const blocks = [...section.matchAll(/```json\n([\s\S]*?)\n```/g)].map((block) => JSON.parse(block[1]!));
    const method = match[1]!;
    const body = method === 'GET' ? null : blocks.shift();
    const status = /(?:answer \(|answers )`(\d{3})`/.exec(section);
    requests.push({
      method,
      path: match[2]!,
      body,
      status: Number(status?.[1]),
      response: (blocks[0] as Record<string, unknown> | undefined) ?? null,
    });
  }
  return requests;
}

let testStore: TestStore;
let server: TestServer;
beforeAll(async () => {
  testStore = await openTestStore();
  server = await startTestServer(testStore);
});
afterAll(async () => {
  await server?.dispose();
  await testStore?.close();
});

describe('the API guide, against the running client server', () => {
  it('lists exactly the routes the server answers', async () => {
    const openapi = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const served = Object.entries(openapi.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(served.sort()).toEqual(API_ROUTES.map((route) => `${route.method} ${route.url}`).sort());
  });

  it('the capability flags agree with what the server answers (a capability flips when its routes ship)', async () => {
    const answers = async (method: string, path: string) =>
      (await fetch(`${server.url}${path}`, { method, ...(method === 'GET' ? {} : { body: '{}' }) }))
        .status !== 404;
    expect(await answers('GET', '/api/leads')).toBe(isShipped('leadsApi'));
    expect(await answers('POST', '/api/webhooks/shopify')).toBe(isShipped('orderWebhooks'));
    expect(await answers('POST', '/api/webhooks/n8n')).toBe(isShipped('n8nWorkflows'));
    expect(await answers('GET', '/api/content')).toBe(isShipped('contentLibrary'));
    expect(await answers('GET', '/dashboard')).toBe(isShipped('dashboard'));
    expect(await answers('POST', '/api/forms/contact')).toBe(isShipped('leadCapture'));
    expect(await answers('POST', '/api/events')).toBe(isShipped('firstPartyTracking'));
  });

  it('every example request in the guide gets the answer the guide says, in the shape it shows', async () => {
    for (const config of [await dentalConfig(), await shopConfig()]) {
      const input = inputFor(config);
      const files = documentation.render(await documentation.offline(input, recordingContext()), input);
      const guide = files.find((file) => file.path === 'docs/api-and-webhooks.md')!.content;
      const requests = requestsIn(guide);
      expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
        'POST /api/forms/contact',
        'POST /api/events',
        'GET /api/health',
      ]);
      for (const request of requests) {
        const answer = await fetch(`${server.url}${request.path}`, {
          method: request.method,
          ...(request.body === null
            ? {}
            : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(request.body) }),
        });
        const body = (await answer.json()) as Record<string, unknown>;
        expect(answer.status, `${request.method} ${request.path}: ${JSON.stringify(body)}`).toBe(
          request.status,
        );
        expect(Object.keys(body).sort()).toEqual(Object.keys(request.response ?? {}).sort());
      }
    }
  });
});
