import type { IncomingMessage } from 'node:http';
import proxyaddr from '@fastify/proxy-addr';

/** Tells who is really asking: the peer, or behind a trusted proxy the address it forwarded. */
export type ClientAddress = (request: IncomingMessage) => string;

/**
 * `X-Forwarded-For` is believed only when it comes from one of the office's own proxies (addresses or
 * CIDR ranges, `security.trustedProxies`): anyone else could write any address there and so escape the
 * per-address limits. With no proxies configured the peer's address is the client's.
 */
export function clientAddressOf(trustedProxies: readonly string[]): ClientAddress {
  if (trustedProxies.length === 0) return (request) => request.socket.remoteAddress ?? '';
  const trust = proxyaddr.compile([...trustedProxies]);
  return (request) => proxyaddr(request, trust);
}
