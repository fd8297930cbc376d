// The session cookie: __Host- prefixed over HTTPS (Secure, Path=/, no Domain: no subdomain can set
// or read it), plain name on a local http:// demo. proxy.ts and lib/auth/session.ts read it by name.
export const SESSION_COOKIE = 'signet.session';
export const SECURE_SESSION_COOKIE = '__Host-signet.session';
export const SESSION_COOKIE_NAMES = [SECURE_SESSION_COOKIE, SESSION_COOKIE] as const;

export function sessionCookie(isHttps: boolean) {
  return {
    name: isHttps ? SECURE_SESSION_COOKIE : SESSION_COOKIE,
    options: { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: isHttps },
  };
}
