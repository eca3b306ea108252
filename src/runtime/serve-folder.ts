import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';

export interface ServedFolder {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a folder of static files on 127.0.0.1 (a free port unless one is given). Like most static
 * hosts, `/contact` answers with `contact.html` when there is no file of that name, so a site saved
 * with its pages as `.html` files is served at the addresses its own links use.
 */
export async function serveFolder(root: string, port = 0): Promise<ServedFolder> {
  const app = Fastify({ logger: false });
  await app.register(fastifyStatic, { root, index: ['index.html'], redirect: true, extensions: ['html'] });
  await app.listen({ host: '127.0.0.1', port });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { url: `http://127.0.0.1:${actualPort}/`, close: () => app.close() };
}
