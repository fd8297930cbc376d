// GET|POST /api/auth/* — next-auth (credentials and second-factor sign-in, sign-out, CSRF token).
import NextAuth from 'next-auth';
import { parseThrottledError } from '@/lib/auth/login-schema';
import { getAuthOptions } from '@/lib/auth/options';

// Built per request, not at import: the options read the validated environment, which a build
// (that imports this module to collect page data) does not need to have.
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  const response = await NextAuth(getAuthOptions())(request, context);
  return withRetryAfter(response);
}

/**
 * next-auth answers every refused credentials sign-in with 401; a throttled one becomes 429 with
 * Retry-After, so scripts and proxies see the wait (the form reads it from the error too).
 */
async function withRetryAfter(response: Response): Promise<Response> {
  if (response.status !== 401) return response;
  const location = response.headers.get('location') ?? (response.headers.get('content-type')?.includes('json') ? ((await response.clone().json()) as { url?: string }).url : null);
  if (!location) return response;
  const seconds = parseThrottledError(new URL(location, 'http://x').searchParams.get('error'));
  if (seconds === null) return response;
  const headers = new Headers(response.headers);
  headers.set('Retry-After', String(seconds));
  return new Response(response.body, { status: 429, headers });
}

export { handler as GET, handler as POST };
