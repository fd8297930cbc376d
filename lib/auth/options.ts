import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '../db/client';
import { verifyCredentials } from './credentials';

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** Thrown from authorize() and shown by the login page as "too many attempts". */
export const THROTTLED_ERROR = 'THROTTLED';

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.['x-forwarded-for'];
  const first = typeof forwarded === 'string' ? forwarded.split(',')[0]?.trim() : undefined;
  const real = headers?.['x-real-ip'];
  return first || (typeof real === 'string' ? real : '') || 'unknown';
}

// JWT sessions (no session table): any app instance with the same NEXTAUTH_SECRET can serve any
// request. The token carries the user id, role, organisation and a session version; the version is
// checked against the database on every request (lib/auth/session.ts), so a password reset or a
// deactivation ends existing sessions at once.
export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const db = getDb();
        const result = await verifyCredentials({ db, input: credentials, ip: clientIp(req?.headers) });
        if (!result.ok) {
          if (result.reason === 'throttled') throw new Error(THROTTLED_ERROR);
          return null;
        }
        const user = await db.user.findUniqueOrThrow({
          where: { id: result.userId },
          select: { id: true, email: true, name: true, role: true, organizationId: true, sessionVersion: true },
        });
        return user;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as unknown as { id: string; role: string; organizationId: string; sessionVersion: number };
        token.sub = signedIn.id;
        token.role = signedIn.role;
        token.organizationId = signedIn.organizationId;
        token.sessionVersion = signedIn.sessionVersion;
      }
      return token;
    },
    async session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.sub ?? '',
        role: token.role as string,
        organizationId: token.organizationId as string,
        sessionVersion: token.sessionVersion ?? -1,
      };
      return session;
    },
  },
};
