import ipaddr from 'ipaddr.js';

/**
 * Whether an IP address is on the public internet, the only place the crawler may connect to
 * unless the user allows the private network. The ranges come from ipaddr.js so that nobody has
 * to maintain a hand-written list of CIDRs here.
 *
 * @example
 * isPublicAddress('93.184.215.14'); // true
 * isPublicAddress('::ffff:10.0.0.1'); // false
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') return parsed.range() === 'unicast';

  const v6 = parsed as ipaddr.IPv6;
  const range = v6.range();
  const parts = v6.parts;
  // Translation prefixes carry an IPv4 address inside; judge the address they lead to, because
  // `::ffff:127.0.0.1` reaches loopback just as well as `127.0.0.1` does.
  if (range === 'ipv4Mapped' || range === 'rfc6145' || isWellKnownNat64(parts)) {
    return fromParts(parts[6] ?? 0, parts[7] ?? 0).range() === 'unicast';
  }
  if (range === '6to4') return fromParts(parts[1] ?? 0, parts[2] ?? 0).range() === 'unicast';
  // Everything else that is not plain unicast (the local-use NAT64 prefix and Teredo included) is
  // refused: we cannot tell where it leads.
  return range === 'unicast';
}

/** 64:ff9b::/96, the only NAT64 prefix whose embedded address sits in the last 32 bits. */
function isWellKnownNat64(parts: number[]): boolean {
  return parts[0] === 0x64 && parts[1] === 0xff9b && parts.slice(2, 6).every((part) => part === 0);
}

function fromParts(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}
