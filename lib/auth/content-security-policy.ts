// The Content-Security-Policy, built per request with a fresh nonce (proxy.ts). Scripts run only
// with the nonce ('strict-dynamic' lets Next's own loader add its chunks): no 'unsafe-inline' for
// scripts, and `next dev` alone adds 'unsafe-eval' for hot reload. Styles keep 'unsafe-inline'
// (React style attributes); they cannot run code.
export function contentSecurityPolicy(options: { nonce: string; isDev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
