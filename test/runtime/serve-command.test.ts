import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { registerServeCommand } from '../../src/cli/serve-command.ts';
import { FactoryError } from '../../src/errors/factory-error.ts';
import { runChild } from './child-process.ts';
import { BRAND, makeClientsDir } from './client-server-fixture.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serveError(args: string[]): Promise<FactoryError> {
  const program = new Command('factory').exitOverride();
  registerServeCommand(program);
  const error = await program.parseAsync(['node', 'factory', 'serve', ...args]).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FactoryError);
  return error as FactoryError;
}

describe('factory serve', () => {
  it('refuses a client that does not exist, and one without a website, with a hint to spawn it', async () => {
    const clientsDir = await mkdtemp(join(tmpdir(), 'factory-clients-'));
    cleanups.push(() => rm(clientsDir, { recursive: true, force: true }));

    const missing = await serveError(['ghost', '--clients-dir', clientsDir]);
    expect(missing.code).toBe('CLIENT_NOT_FOUND');
    expect(missing.hint).toContain('spawn-client --name ghost');

    await mkdir(join(clientsDir, 'half-built'));
    const noSite = await serveError(['half-built', '--clients-dir', clientsDir]);
    expect(noSite.code).toBe('WEBSITE_MISSING');
    expect(noSite.hint).toContain('spawn-client');
  });

  it('serves the client, prints its URL, logs JSON, and stops cleanly on SIGTERM', async () => {
    const clientsDir = await makeClientsDir();
    cleanups.push(() => rm(clientsDir, { recursive: true, force: true }));
    const child = runChild('serve-command-child.ts', [
      'serve',
      BRAND,
      '--port',
      '0',
      '--clients-dir',
      clientsDir,
    ]);
    cleanups.push(async () => {
      if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGKILL');
      await child.exited;
    });
    const [, url] = await child.waitFor(/Serving site-min at (http:\/\/127\.0\.0\.1:\d+\/)/);
    expect((await fetch(url!)).status).toBe(200);
    const lead = await fetch(new URL('/api/forms/contact', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'cli@example.com' }),
    });
    expect(lead.status).toBe(201);

    child.process.kill('SIGTERM');
    const exit = await child.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(child.output()).toContain('"msg":"lead recorded"');
    expect(child.output()).not.toContain('cli@example.com');
  }, 60_000);
});
