const BASE = 'http://signet.invalid';

/**
 * Only same-site paths are followed after sign-in. The value is resolved the way a browser would
 * (which strips tabs and newlines: "/\t/evil.example" is "//evil.example"), and anything that
 * leaves the origin — or points back at the login page or the API — falls back to the home page.
 */
export function safeCallbackUrl(value: unknown, fallback = '/dashboard'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || /[\u0000-\u001f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || url.pathname.startsWith('/login') || url.pathname.startsWith('/api/')) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
