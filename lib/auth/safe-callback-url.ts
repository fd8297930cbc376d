const BASE = 'http://signet.invalid';

/**
 * Only same-site paths are followed after sign-in. The value is resolved the way a browser would
 * (which strips tabs and newlines, turns backslashes into slashes and collapses dot segments, also
 * percent-encoded ones), and the *result* must still be a path on this origin when the browser
 * resolves it again: "/.//evil.example" resolves to the path "//evil.example", which a browser reads
 * as the host evil.example. Anything that leaves the origin — or points back at the login page or
 * the API — falls back to the home page.
 */
export function safeCallbackUrl(value: unknown, fallback = '/dashboard'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  const resolved = sameOriginPath(value);
  if (resolved === null) return fallback;
  // The result is what the browser is sent to: it must resolve to itself on this origin.
  if (sameOriginPath(resolved) !== resolved) return fallback;
  const { pathname } = new URL(resolved, BASE);
  if (pathname === '/login' || pathname.startsWith('/login/') || pathname.startsWith('/api/')) return fallback;
  return resolved;
}

/** The path, query and fragment `value` resolves to, or null if it leaves the origin. */
function sameOriginPath(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  // "//host" or "/\host" at the start of a path is a host to the browser, not a path.
  if (/^\/[/\\]/.test(url.pathname)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
