import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route =
  | string
  | { status?: number; type?: string; body?: string | Buffer; headers?: Record<string, string> }
  | ((request: IncomingMessage, response: ServerResponse) => void);

export interface TestSite {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** Paths requested so far, in arrival order (query included). */
  requests: string[];
  close: () => Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 serving fixed routes; a plain string is an HTML page. Unknown
 * paths answer 404, like a real site.
 */
export async function startTestSite(routes: Record<string, Route>): Promise<TestSite> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    const route = routes[path];
    if (typeof route === 'function') return route(request, response);
    if (route === undefined) {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
      return;
    }
    const spec = typeof route === 'string' ? { body: route } : route;
    response.writeHead(spec.status ?? 200, {
      'content-type': spec.type ?? 'text/html; charset=utf-8',
      ...spec.headers,
    });
    response.end(spec.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A full HTML page with enough text to count as content, linking wherever it is told to. */
export function page(title: string, links: string[] = [], extraHead = ''): string {
  const anchors = links.map((href) => `<a href="${href}">${href}</a>`).join('\n');
  return `<!doctype html><html><head><title>${title}</title>${extraHead}</head>
<body><h1>${title}</h1><p>We bake sourdough bread every morning in Lyon.</p>${anchors}</body></html>`;
}

/** A redirect route. */
export function redirect(location: string, status = 302): Route {
  return { status, headers: { location }, body: '' };
}
