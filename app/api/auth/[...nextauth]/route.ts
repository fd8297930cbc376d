// GET|POST /api/auth/* — next-auth (credentials sign-in, sign-out, session, CSRF token).
import NextAuth from 'next-auth';
import { getAuthOptions } from '@/lib/auth/options';

// Built per request, not at import: the options read the validated environment, which a build
// (that imports this module to collect page data) does not need to have.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  return NextAuth(getAuthOptions())(request, context);
}

export { handler as GET, handler as POST };
