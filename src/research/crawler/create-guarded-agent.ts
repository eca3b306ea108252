import { promises as dns } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { FactoryError } from '../../errors/factory-error.ts';
import { isPublicAddress } from './is-public-address.ts';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Turns a host name into every address it resolves to (by default the system resolver). */
export type ResolveHost = (hostname: string) => Promise<ResolvedAddress[]>;

export interface GuardedAgentOptions {
  allowPrivateNetwork: boolean;
  timeoutMs: number;
  resolveHost?: ResolveHost;
  /** Which resolved addresses may be connected to; defaults to public addresses only. */
  isAllowedAddress?: (address: string) => boolean;
}

/**
 * An undici dispatcher that refuses to open a connection to a private address. The check runs
 * inside the connection itself, on the very addresses the socket is about to use, so a host that
 * resolves to a public address once and to 10.0.0.1 a moment later (DNS rebinding) gains nothing.
 */
export function createGuardedAgent(options: GuardedAgentOptions): Agent {
  const isAllowed = options.allowPrivateNetwork ? () => true : (options.isAllowedAddress ?? isPublicAddress);
  const connector = buildConnector({
    timeout: options.timeoutMs,
    lookup: createGuardedLookup(options.resolveHost ?? resolveWithSystem, isAllowed),
  });
  return new Agent({
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    connect: (connectOptions, callback) => {
      // Sockets skip the lookup entirely for literal IPs, so those are judged here.
      const host = connectOptions.hostname.replace(/^\[|\]$/g, '');
      if (isIP(host) && !isAllowed(host)) {
        callback(privateNetworkRefused(host, host), null);
        return;
      }
      connector(connectOptions, callback);
    },
  });
}

/** A `net` lookup that fails the connection when any address of the host is not allowed. */
export function createGuardedLookup(
  resolveHost: ResolveHost,
  isAllowed: (address: string) => boolean,
): LookupFunction {
  return (hostname, lookupOptions, callback) => {
    const fail = (error: Error) => callback(error as NodeJS.ErrnoException, '', 0);
    resolveHost(hostname).then((resolved) => {
      // One bad address is enough to refuse: the socket may pick any of them.
      const refused = resolved.find((entry) => !isAllowed(entry.address));
      if (refused) return fail(privateNetworkRefused(hostname, refused.address));

      const wanted = familyNumber(lookupOptions.family);
      const usable = resolved.filter((entry) => wanted === 0 || entry.family === wanted);
      const first = usable[0];
      if (!first) return fail(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }));
      if (lookupOptions.all) return callback(null, usable);
      return callback(null, first.address, first.family);
    }, fail);
  };
}

function familyNumber(family: number | string | undefined): number {
  if (family === 'IPv4') return 4;
  if (family === 'IPv6') return 6;
  return typeof family === 'number' ? family : 0;
}

async function resolveWithSystem(hostname: string): Promise<ResolvedAddress[]> {
  return dns.lookup(hostname, { all: true, verbatim: true });
}

function privateNetworkRefused(host: string, address: string): FactoryError {
  return new FactoryError(
    'PRIVATE_NETWORK_REFUSED',
    `Refused to connect to ${host}: it points to a private or local network address (${address}).`,
    'The crawler only visits public websites. To crawl a local or internal site on purpose, run again with --allow-private-network.',
  );
}
