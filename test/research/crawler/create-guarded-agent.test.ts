import type { LookupAddress } from 'node:dns';
import { request } from 'undici';
import { describe, expect, it, onTestFinished } from 'vitest';
import { FactoryError } from '../../../src/errors/factory-error.ts';
import {
  createGuardedAgent,
  createGuardedLookup,
  type ResolvedAddress,
} from '../../../src/research/crawler/create-guarded-agent.ts';
import { isPublicAddress } from '../../../src/research/crawler/is-public-address.ts';
import { startTestSite } from './test-site.ts';

type LookupOutcome = {
  error: NodeJS.ErrnoException | null;
  address: string | LookupAddress[];
  family?: number;
};

function lookupWith(resolved: ResolvedAddress[], options: { all?: boolean; family?: number } = {}) {
  const lookup = createGuardedLookup(async () => resolved, isPublicAddress);
  return new Promise<LookupOutcome>((resolve) =>
    lookup('shop.example', options, (error, address, family) => resolve({ error, address, family })),
  );
}

describe('createGuardedLookup', () => {
  it('hands public addresses to the socket, in the shape it asked for', async () => {
    const resolved = [
      { address: '2606:4700::6810:84e5', family: 6 },
      { address: '93.184.215.14', family: 4 },
    ];

    expect(await lookupWith(resolved, { all: true })).toEqual({
      error: null,
      address: resolved,
      family: undefined,
    });
    expect(await lookupWith(resolved, { family: 4 })).toEqual({
      error: null,
      address: '93.184.215.14',
      family: 4,
    });
  });

  it('refuses the host when any of its addresses is private', async () => {
    const outcome = await lookupWith([
      { address: '93.184.215.14', family: 4 },
      { address: '10.0.0.5', family: 4 },
    ]);

    expect(outcome.error).toBeInstanceOf(FactoryError);
    expect(outcome.error).toMatchObject({ code: 'PRIVATE_NETWORK_REFUSED' });
    expect(outcome.error?.message).toContain('10.0.0.5');
    expect((outcome.error as unknown as FactoryError).hint).toContain('--allow-private-network');
  });

  it('checks again on every connection, so a name that rebinds to a private address is caught', async () => {
    const answers = ['93.184.215.14', '127.0.0.1'];
    const lookup = createGuardedLookup(
      async () => [{ address: answers.shift()!, family: 4 }],
      isPublicAddress,
    );
    const connect = () =>
      new Promise<NodeJS.ErrnoException | null>((resolve) =>
        lookup('rebind.example', {}, (error) => resolve(error)),
      );

    expect(await connect()).toBeNull();
    expect(await connect()).toMatchObject({ code: 'PRIVATE_NETWORK_REFUSED' });
  });

  it('passes DNS failures through unchanged', async () => {
    const failure = Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.example'), { code: 'ENOTFOUND' });
    const lookup = createGuardedLookup(() => Promise.reject(failure), isPublicAddress);

    const error = await new Promise((resolve) => lookup('nowhere.example', {}, (caught) => resolve(caught)));

    expect(error).toBe(failure);
  });
});

describe('createGuardedAgent', () => {
  async function site() {
    const started = await startTestSite({ '/': 'hello' });
    onTestFinished(() => started.close());
    return started;
  }

  it('refuses a literal loopback address before any byte is sent', async () => {
    const server = await site();
    const agent = createGuardedAgent({ allowPrivateNetwork: false, timeoutMs: 1_000 });
    onTestFinished(() => agent.destroy());

    await expect(request(`${server.origin}/`, { dispatcher: agent })).rejects.toMatchObject({
      code: 'PRIVATE_NETWORK_REFUSED',
    });
    expect(server.requests).toEqual([]);
  });

  it('refuses a name that the real resolver sends to loopback (localhost)', async () => {
    const server = await site();
    const agent = createGuardedAgent({ allowPrivateNetwork: false, timeoutMs: 1_000 });
    onTestFinished(() => agent.destroy());

    await expect(request(`http://localhost:${server.port}/`, { dispatcher: agent })).rejects.toMatchObject({
      code: 'PRIVATE_NETWORK_REFUSED',
    });
    expect(server.requests).toEqual([]);
  });

  it('connects to private addresses when the user allowed it', async () => {
    const server = await site();
    const agent = createGuardedAgent({ allowPrivateNetwork: true, timeoutMs: 1_000 });
    onTestFinished(() => agent.destroy());

    const response = await request(`http://localhost:${server.port}/`, { dispatcher: agent });

    expect(await response.body.text()).toBe('hello');
  });
});
