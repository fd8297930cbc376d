/**
 * The client's address for the per-address throttle, or null when it cannot be trusted.
 * X-Forwarded-For is client-controlled except for the entries our own proxies appended, so with
 * N trusted proxies the client is the N-th entry from the right; with none the header is ignored.
 */
export function trustedClientIp(forwardedFor: unknown, trustedProxyHops: number): string | null {
  if (trustedProxyHops < 1 || typeof forwardedFor !== 'string') return null;
  const hops = forwardedFor.split(',').map((part) => part.trim()).filter(Boolean);
  return hops[hops.length - trustedProxyHops] ?? null;
}
