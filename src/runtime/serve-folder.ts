import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';

export interface ServedFolder {
  url: string;
  close(): Promise<void>;
}

/** Serves a folder of static files on 127.0.0.1 (a free port unless one is given). */
export async function serveFolder(root: string, port = 0): Promise<ServedFolder> {
  const app = Fastify({ logger: false });
  await app.register(fastifyStatic, { root, index: ['index.html'], redirect: true });
  await app.listen({ host: '127.0.0.1', port });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { url: `http://127.0.0.1:${actualPort}/`, close: () => app.close() };
}
