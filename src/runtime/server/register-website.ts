import { readFile, stat } from 'node:fs/promises';
import { posix, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { apiError } from './api-error.ts';
import { renderNotFoundPage } from './render-form-errors-page.ts';

/**
 * Serves the static site: files as they are, `/` and `/dir/` by index.html, and extension-less
 * page URLs (`/lp/spring`) by `lp/spring.html` or `lp/spring/index.html`. Anything else gets the
 * site's own 404.html when it has one (JSON under /api).
 */
export async function registerWebsite(app: FastifyInstance, websiteDir: string): Promise<void> {
  const root = resolve(websiteDir);
  await app.register(fastifyStatic, {
    root,
    index: ['index.html'],
    redirect: false,
    dotfiles: 'ignore',
    cacheControl: true,
    maxAge: '5m',
  });

  app.setNotFoundHandler(async (request, reply) => {
    const path = pathnameOf(request);
    if (path.startsWith('/api/') || path === '/api')
      return reply.code(404).send(apiError('NOT_FOUND', `no ${request.method} ${path} in this API`));
    if (request.method === 'GET' || request.method === 'HEAD') {
      const page = await findPage(root, path);
      if (page) return reply.sendFile(page);
    }
    return sendNotFoundPage(root, reply);
  });
}

function pathnameOf(request: FastifyRequest): string {
  const raw = request.url.split('?')[0] ?? '/';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

async function findPage(root: string, path: string): Promise<string | null> {
  if (path.includes('\0') || path.endsWith('/') || posix.extname(path)) return null;
  const clean = posix.normalize(path).replace(/^\/+/, '');
  if (!clean || clean.startsWith('..')) return null;
  for (const candidate of [`${clean}.html`, `${clean}/index.html`]) {
    const full = resolve(root, candidate);
    if (!full.startsWith(root + sep)) continue;
    const info = await stat(full).catch(() => null);
    if (info?.isFile()) return candidate;
  }
  return null;
}

async function sendNotFoundPage(root: string, reply: FastifyReply): Promise<FastifyReply> {
  const page = await readFile(resolve(root, '404.html'), 'utf8').catch(() => renderNotFoundPage());
  return reply.code(404).type('text/html; charset=utf-8').send(page);
}
