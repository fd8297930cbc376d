import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, createNonce } from './lib/auth/content-security-policy';
import { SESSION_COOKIE_NAMES } from './lib/auth/session-cookie';
import { getEnv } from './lib/env';
import { REQUEST_ID_HEADER } from './lib/security-events/request-id';

// Runs before every page and route handler:
//  1. a request id (X-Request-Id) that the security log lines carry;
//  2. a fresh CSP nonce: Next.js reads it from the request's Content-Security-Policy header and puts
//     it on its scripts; the response carries the same policy;
//  3. without trusted proxies, the client's own X-Forwarded-For is dropped, so Next.js fills in the
//     socket address and the per-address login throttle works by default (lib/auth/client-ip.ts);
//  4. an optimistic redirect: a page request without any session cookie goes to the login page with
//     a way back. It proves nothing — pages, actions and route handlers authorize for themselves.
const PUBLIC_PAGES = ['/login', '/set-password'];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isApi = pathname.startsWith('/api/');
  if (!isApi && !PUBLIC_PAGES.includes(pathname) && pathname !== '/' && !SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name))) {
    const login = new URL('/login', request.url);
    login.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(login);
  }

  const headers = new Headers(request.headers);
  const requestId = crypto.randomUUID();
  headers.set(REQUEST_ID_HEADER, requestId);
  if (getEnv().TRUSTED_PROXY_HOPS === 0) headers.delete('x-forwarded-for');
  const policy = contentSecurityPolicy({ nonce: createNonce(), isDev: process.env.NODE_ENV === 'development' });
  if (!isApi) headers.set('content-security-policy', policy);

  const response = NextResponse.next({ request: { headers } });
  response.headers.set('X-Request-Id', requestId);
  if (!isApi) response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Everything except Next's static assets and files with an extension.
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico|.*\\.[a-z0-9]+$).*)'],
};
