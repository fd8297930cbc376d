import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '../db/client';
import { getEnv } from '../env';
import { trustedClientIp } from './client-ip';
import { verifyCredentials } from './credentials';
import { LOGIN_UNAVAILABLE_ERROR, THROTTLED_ERROR } from './login-schema';

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

// JWT sessions (no session table): any app instance with the same NEXTAUTH_SECRET can serve any
// request. The token carries the user id, role, organisation and a session version; the version is
// checked against the database on every request (lib/auth/session.ts), so a password reset, a
// deactivation or signing out ends existing sessions at once.
export function getAuthOptions(): NextAuthOptions {
  const env = getEnv();
  return {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    // No next-auth built-in (English-only) pages: sign-in, sign-out confirmation and errors all land on
    // the localised login page (signing out itself is a POST from the app's sign-out button).
    pages: { signIn: '/login', signOut: '/login', error: '/login' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        async authorize(credentials, req) {
          let result: Awaited<ReturnType<typeof verifyCredentials>>;
          try {
            result = await verifyCredentials({ db: getDb(), input: credentials, ip: trustedClientIp(req?.headers?.['x-forwarded-for'], env.TRUSTED_PROXY_HOPS) });
          } catch (error) {
            // next-auth puts a thrown message into the redirect URL: never let internals reach it.
            console.error('[signet] sign-in check failed', error);
            throw new Error(LOGIN_UNAVAILABLE_ERROR);
          }
          if (result.ok) return result.user;
          if (result.reason === 'throttled') throw new Error(THROTTLED_ERROR);
          return null;
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
    events: {
      // Signing out invalidates the token itself, not only the cookie: a copied token is dead too.
      // (This ends the user's sessions on other devices as well.)
      async signOut({ token }) {
        if (!token?.sub || typeof token.sessionVersion !== 'number') return;
        await getDb().user.updateMany({
          where: { id: token.sub, sessionVersion: token.sessionVersion },
          data: { sessionVersion: { increment: 1 } },
        });
      },
    },
  };
}
