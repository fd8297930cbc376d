import { NextResponse, type NextRequest } from 'next/server';

// Optimistic redirect only: a request without any session cookie is sent to the login page with
// a way back. It proves nothing about the session — every page, action and route handler still
// authorizes for itself (lib/auth/guards.ts, lib/auth/policy.ts).
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL('/login', request.url);
  login.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export const config = {
  // Everything except the login page, the API, Next's assets and files with an extension.
  matcher: ['/((?!login|api/|_next/|favicon\\.ico|.*\\.[a-z0-9]+$).+)'],
};
