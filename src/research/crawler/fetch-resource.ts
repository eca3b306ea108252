import { type Dispatcher, request } from 'undici';
import { type FactoryError, isFactoryError } from '../../errors/factory-error.ts';
import { normaliseUrl } from './normalise-url.ts';

export interface FetchResourceOptions {
  dispatcher: Dispatcher;
  userAgent: string;
  /** Value of the Accept request header. */
  accept: string;
  /** Budget for the whole fetch, every redirect hop and the body included. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Decides from the Content-Type whether the body is worth downloading at all. */
  wants: (contentType: string) => boolean;
  /**
   * Asked before each request, the first one included, so the caller can apply robots.txt and
   * same-site rules to every hop of a redirect chain. Return a failure to stop there.
   */
  checkHop?: (url: URL, hop: number) => Promise<FetchFailure | null> | FetchFailure | null;
}

export type FetchFailure =
  | { kind: 'timeout' }
  | { kind: 'too-large'; limit: number }
  | { kind: 'unreachable'; detail: string }
  | { kind: 'refused'; error: FactoryError }
  | { kind: 'http-status'; status: number }
  | { kind: 'redirect-loop' }
  | { kind: 'too-many-redirects'; limit: number }
  | { kind: 'unwanted-type'; contentType: string }
  | { kind: 'robots-disallowed'; url: string }
  | { kind: 'off-site'; url: string };

export type FetchResult =
  | {
      ok: true;
      finalUrl: string;
      status: number;
      contentType: string;
      body: Uint8Array;
      /** The response headers, lower-cased, repeated ones joined with ", ". */
      headers: Record<string, string>;
    }
  | { ok: false; finalUrl: string; failure: FetchFailure };

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * GETs one resource the careful way: redirects followed by hand (so each hop is checked),
 * a deadline for the whole exchange, and a body read as a stream that is cut off the moment it
 * grows past `maxBytes`. It never throws for anything the remote side does; it reports.
 */
export async function fetchResource(url: URL, options: FetchResourceOptions): Promise<FetchResult> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const visited = new Set<string>();
  let current = url;

  for (let hop = 0; ; hop++) {
    const fail = (failure: FetchFailure): FetchResult => ({ ok: false, finalUrl: current.href, failure });
    const refusal = await options.checkHop?.(current, hop);
    if (refusal) return fail(refusal);
    visited.add(current.href);

    let response: Dispatcher.ResponseData;
    try {
      response = await request(current, {
        dispatcher: options.dispatcher,
        method: 'GET',
        headers: { 'user-agent': options.userAgent, accept: options.accept },
        signal,
      });
    } catch (error) {
      return fail(classifyError(error, signal));
    }

    const { statusCode, headers, body } = response;
    const location = headerValue(headers.location);
    if (statusCode >= 300 && statusCode < 400 && location) {
      await discard(body);
      const next = normaliseUrl(location, current);
      if (!next) return fail({ kind: 'http-status', status: statusCode });
      if (visited.has(next.href)) return fail({ kind: 'redirect-loop' });
      if (hop >= options.maxRedirects)
        return fail({ kind: 'too-many-redirects', limit: options.maxRedirects });
      current = next;
      continue;
    }
    if (statusCode < 200 || statusCode >= 300) {
      await discard(body);
      return fail({ kind: 'http-status', status: statusCode });
    }

    const contentType = headerValue(headers['content-type']);
    if (!options.wants(contentType)) {
      await discard(body);
      return fail({ kind: 'unwanted-type', contentType });
    }
    // Trust an honest Content-Length to save the download; the stream check below catches liars.
    if (Number(headerValue(headers['content-length'])) > options.maxBytes) {
      body.destroy();
      return fail({ kind: 'too-large', limit: options.maxBytes });
    }

    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of body as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > options.maxBytes) {
          body.destroy();
          return fail({ kind: 'too-large', limit: options.maxBytes });
        }
        chunks.push(chunk);
      }
    } catch (error) {
      return fail(classifyError(error, signal));
    }
    return {
      ok: true,
      finalUrl: current.href,
      status: statusCode,
      contentType,
      body: Buffer.concat(chunks),
      headers: flattenHeaders(headers),
    };
  }
}

function classifyError(error: unknown, signal: AbortSignal): FetchFailure {
  if (signal.aborted) return { kind: 'timeout' };
  const refusal = findFactoryError(error);
  if (refusal) return { kind: 'refused', error: refusal };
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && TIMEOUT_CODES.has(code)) return { kind: 'timeout' };
  const detail = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
  return { kind: 'unreachable', detail };
}

/** The guarded agent's refusal may arrive wrapped by undici; dig it out of the cause chain. */
function findFactoryError(error: unknown): FactoryError | null {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (isFactoryError(current)) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

function flattenHeaders(headers: Dispatcher.ResponseData['headers']): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function headerValue(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

async function discard(body: Dispatcher.ResponseData['body']): Promise<void> {
  // Draining a small body lets the connection be reused; dump gives up on big ones by itself.
  await body.dump().catch(() => undefined);
}
