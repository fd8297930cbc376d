/**
 * The client's address for the per-address throttle and the security log, or null when unknown.
 *
 * X-Forwarded-For is client-controlled except for the entries our own side appended. With no
 * reverse proxy (TRUSTED_PROXY_HOPS=0) proxy.ts drops whatever the client sent, and Next.js then
 * sets the header to the socket's address: the last entry is the client. With N trusted proxies
 * that each append, the client is the N-th entry from the right.
 */
export function trustedClientIp(forwardedFor: unknown, trustedProxyHops: number): string | null {
  if (typeof forwardedFor !== 'string') return null;
  const hops = forwardedFor.split(',').map((part) => part.trim()).filter(Boolean);
  const address = hops[hops.length - Math.max(1, trustedProxyHops)] ?? null;
  // IPv4-mapped IPv6 (::ffff:127.0.0.1) is the IPv4 address.
  return address?.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '') ?? null;
}
