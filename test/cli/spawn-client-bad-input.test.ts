import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFactory } from './run-factory.ts';

const PAGE =
  '<!doctype html><html><head><title>Acme Plumbing</title></head><body><h1>Acme Plumbing</h1><p>Emergency plumbing repairs in Springfield since 1990.</p></body></html>';
const servers: Server[] = [];

async function serve(handler: RequestListener): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

const html =
  (body: string): RequestListener =>
  (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  };

let work: string;
let clientsDir: string;
const urls: Record<string, string> = {};

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'factory-bad-input-'));
  clientsDir = join(work, 'clients');
  urls.ok = await serve(html(PAGE));
  urls.notHtml = await serve((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
  });
  urls.blocked = await serve((request, response) => {
    if (request.url === '/robots.txt')
      response.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /\n');
    else html(PAGE)(request, response);
  });
  urls.loop = await serve((request, response) => {
    response.writeHead(302, { location: request.url === '/a' ? '/b' : '/a' }).end();
  });
  urls.huge = await serve((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    const chunk = `<p>${'x'.repeat(64 * 1024)}</p>`;
    for (let i = 0; i < 64; i += 1) response.write(chunk);
    response.end();
  });
  urls.empty = await serve(html('<!doctype html><html><head><title></title></head><body></body></html>'));
  const closed = await serve(html(PAGE));
  const server = servers.pop()!;
  await new Promise((resolve) => server.close(resolve));
  urls.closed = closed;
  await mkdir(join(clientsDir, 'taken'), { recursive: true });
  await writeFile(join(clientsDir, 'taken', 'notes.txt'), 'not a client');
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

const cases: { name: string; args: () => string[]; message: RegExp; slug: string }[] = [
  {
    name: 'an invalid URL',
    slug: 'bad-url',
    args: () => ['--url', 'not a url'],
    message: /not a web address/i,
  },
  {
    name: 'an unreachable URL',
    slug: 'closed',
    args: () => ['--url', urls.closed!],
    message: /reach|refused|connect/i,
  },
  {
    name: 'a non-HTML response',
    slug: 'pdf',
    args: () => ['--url', urls.notHtml!],
    message: /not a web page|not HTML/i,
  },
  {
    name: 'a site that blocks crawling in robots.txt',
    slug: 'blocked',
    args: () => ['--url', urls.blocked!],
    message: /robots\.txt/,
  },
  { name: 'a redirect loop', slug: 'loop', args: () => ['--url', `${urls.loop}a`], message: /redirect/i },
  {
    name: 'an oversized page',
    slug: 'huge',
    args: () => ['--url', urls.huge!],
    message: /too large|larger|size/i,
  },
  {
    name: 'an empty site',
    slug: 'empty',
    args: () => ['--url', urls.empty!],
    message: /empty|no text|nothing/i,
  },
  {
    name: 'a brief file that does not exist',
    slug: 'nobrief',
    args: () => ['--file', join(work, 'missing.txt')],
    message: /missing\.txt/,
  },
  {
    name: 'an invalid slug',
    slug: 'Bad_Slug',
    args: () => ['--url', urls.ok!],
    message: /not a valid client name/,
  },
  {
    name: 'a private address without --allow-private-network',
    slug: 'private',
    args: () => ['--url', urls.ok!, '--no-private'],
    message: /--allow-private-network/,
  },
];

describe('spawn-client with bad input', () => {
  it.concurrent.each(cases)(
    '$name: one clear line, a non-zero exit, no client directory',
    async ({ args, slug, message }) => {
      const rest = args();
      const allowPrivate = !rest.includes('--no-private');
      const result = await runFactory(
        [
          'spawn-client',
          '--name',
          slug,
          ...rest.filter((arg) => arg !== '--no-private'),
          '--clients-dir',
          clientsDir,
          '--max-pages',
          '3',
          ...(allowPrivate ? ['--allow-private-network'] : []),
        ],
        { cwd: work },
      );
      expect(result.code).not.toBe(0);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^error: /);
      expect(lines[0]).toMatch(message);
      expect(lines[0]).toContain(' — ');
      const left = await readdir(clientsDir);
      expect(left.filter((entry) => entry.includes(slug))).toEqual([]);
    },
  );

  it('refuses a directory that exists but is not a client, and leaves it untouched', async () => {
    const result = await runFactory(
      [
        'spawn-client',
        '--name',
        'taken',
        '--url',
        urls.ok!,
        '--clients-dir',
        clientsDir,
        '--allow-private-network',
      ],
      { cwd: work },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/exists but is not a client/);
    expect(await readdir(join(clientsDir, 'taken'))).toEqual(['notes.txt']);
  });

  it('refuses to rebuild an existing client from another source without --force', async () => {
    const first = await runFactory(
      [
        'spawn-client',
        '--name',
        'acme',
        '--url',
        urls.ok!,
        '--clients-dir',
        clientsDir,
        '--allow-private-network',
        '--json',
      ],
      { cwd: work },
    );
    expect(first.code).toBe(0);
    const briefFile = join(work, 'acme.txt');
    await writeFile(briefFile, 'Acme Plumbing fixes pipes in Springfield, IL. Call 217-555-0100.');
    const second = await runFactory(
      ['spawn-client', '--name', 'acme', '--file', briefFile, '--clients-dir', clientsDir],
      { cwd: work },
    );
    expect(second.code).toBe(1);
    expect(second.stderr.trim().split('\n')).toHaveLength(1);
    expect(second.stderr).toMatch(/already exists, built from http:\/\/127\.0\.0\.1.* — add --force/);
  });
});
