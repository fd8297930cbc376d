import 'server-only';
import type { NextAuthOptions, User } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '../db/client';
import { getRequestContext } from '../security-events/request-context';
import { getEnv, isHttpsDeployment } from '../env';
import { recordSecurityEvent } from '../security-events/record-security-event';
import { requestContextFromHeaders } from '../security-events/request-context';
import type { TRequestContext } from '../security-events/types';
import { claimAttempt, markAttemptSucceeded, verifyCredentials, type TNextStep } from './credentials';
import { LOGIN_UNAVAILABLE_ERROR, SECOND_FACTOR_INVALID_ERROR, SIGN_IN_EXPIRED_ERROR, throttledError } from './login-schema';
import { confirmTotpEnrolment, verifySecondFactor } from './second-factor';
import { claimsFromCookieHeader, pendingFromClaims, sessionLifetimes } from './session';
import { sessionCookie } from './session-cookie';
import { readClaims, type TSessionClaims } from './session-token';
import { createUserSession, signOutSession } from './user-session';
import type { AuthMethod } from '../db/generated/enums';

/** What authorize() hands to the jwt callback. */
type TAuthorizedUser = User & { id: string; sessionVersion: number; nextStep: TNextStep; authMethod?: AuthMethod; context: TRequestContext };

function contextOf(req: { headers?: Record<string, unknown> } | undefined): TRequestContext {
  const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
  return requestContextFromHeaders((name) => headers[name]);
}

// JWT sessions that point at a UserSession row (lib/auth/user-session.ts): any app instance with the
// same NEXTAUTH_SECRET serves any request, and the row decides whether the session still lives.
// Signing in has two steps for accounts with a second factor: the password gives a short-lived
// half-way token (stage 'second_factor', or 'enrol' for admins and underwriters who have none yet),
// and the 'second-factor' provider turns it into a session once the code checks out.
export function getAuthOptions(): NextAuthOptions {
  const env = getEnv();
  const lifetimes = sessionLifetimes(env);
  return {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: 'jwt', maxAge: Math.floor(lifetimes.maxAgeMs / 1000) },
    cookies: { sessionToken: sessionCookie(isHttpsDeployment(env)) },
    // No next-auth built-in (English-only) pages: sign-in, sign-out confirmation and errors all land on
    // the localised login page (signing out itself is a POST from the app's sign-out button).
    pages: { signIn: '/login', signOut: '/login', error: '/login' },
    providers: [
      CredentialsProvider({
        id: 'credentials',
        name: 'Email and password',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        async authorize(credentials, req) {
          const db = getDb();
          const context = contextOf(req);
          const email = typeof credentials?.email === 'string' ? credentials.email.trim().toLowerCase().slice(0, 320) : null;
          let result: Awaited<ReturnType<typeof verifyCredentials>>;
          try {
            result = await verifyCredentials({ db, input: credentials, ip: context.ip });
          } catch (error) {
            // next-auth puts a thrown message into the redirect URL: never let internals reach it.
            console.error('[signet] sign-in check failed', error);
            throw new Error(LOGIN_UNAVAILABLE_ERROR);
          }
          if (!result.ok) {
            const type = result.reason === 'throttled' ? 'auth.sign_in.throttled' : 'auth.sign_in.failed';
            const account = email ? await db.user.findUnique({ where: { email }, select: { id: true, role: true, organizationId: true } }) : null;
            await recordSecurityEvent({ db, type, user: account, email, context, data: result.reason === 'throttled' ? { retryAfterSeconds: result.retryAfterSeconds } : { step: 'password' } });
            if (result.reason === 'throttled') throw new Error(throttledError(result.retryAfterSeconds));
            return null;
          }
          if (result.user.nextStep === 'done') {
            await recordSecurityEvent({ db, type: 'auth.sign_in.succeeded', user: result.user, context, data: { method: 'PASSWORD' } });
          }
          return { ...result.user, authMethod: 'PASSWORD', context } satisfies TAuthorizedUser;
        },
      }),
      CredentialsProvider({
        id: 'second-factor',
        name: 'Authenticator code',
        credentials: { code: { type: 'text' } },
        async authorize(credentials, req) {
          const db = getDb();
          const context = contextOf(req);
          const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
          const pending = await pendingFromClaims(await claimsFromCookieHeader(headers.cookie));
          if (!pending) throw new Error(SIGN_IN_EXPIRED_ERROR);
          const user = await db.user.findUniqueOrThrow({
            where: { id: pending.userId },
            select: { id: true, email: true, name: true, role: true, organizationId: true, sessionVersion: true },
          });
          const code = typeof credentials?.code === 'string' ? credentials.code.trim().slice(0, 32) : '';
          // The second step is throttled like the first: same account count, same growing delays.
          const claim = await claimAttempt(db, user.email, context.ip, 'second_factor');
          if (claim.isBlocked) {
            await recordSecurityEvent({ db, type: 'auth.sign_in.throttled', user, email: user.email, context, data: { step: 'second_factor', retryAfterSeconds: claim.retryAfterSeconds } });
            throw new Error(throttledError(claim.retryAfterSeconds));
          }
          let authMethod: AuthMethod | null = null;
          if (pending.stage === 'enrol') {
            if (await confirmTotpEnrolment({ db, userId: user.id, code })) {
              authMethod = 'PASSWORD_TOTP';
              await recordSecurityEvent({ db, type: 'auth.second_factor.enrolled', user, context });
            }
          } else {
            const check = await verifySecondFactor({ db, userId: user.id, code });
            if (check.ok) {
              authMethod = check.method === 'totp' ? 'PASSWORD_TOTP' : 'PASSWORD_RECOVERY_CODE';
              if (check.method === 'recovery_code') await recordSecurityEvent({ db, type: 'auth.recovery_code.used', user, context });
            } else {
              await recordSecurityEvent({ db, type: 'auth.second_factor.failed', user, context, data: { reason: check.reason } });
            }
          }
          if (!authMethod) throw new Error(SECOND_FACTOR_INVALID_ERROR);
          await markAttemptSucceeded(db, claim.attemptId, user.id);
          await recordSecurityEvent({ db, type: 'auth.sign_in.succeeded', user, context, data: { method: authMethod } });
          return { ...user, nextStep: 'done', authMethod, context } satisfies TAuthorizedUser;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (!user) return token; // reading a session never changes it (the row decides, see session.ts)
        const signedIn = user as TAuthorizedUser;
        const claims: TSessionClaims = { sub: signedIn.id, stage: 'full', sv: signedIn.sessionVersion };
        if (signedIn.nextStep === 'done') {
          const session = await createUserSession({ db: getDb(), userId: signedIn.id, authMethod: signedIn.authMethod ?? 'PASSWORD', lifetimes, context: signedIn.context });
          claims.sid = session.id;
        } else {
          claims.stage = signedIn.nextStep;
          claims.pendingSince = Date.now();
        }
        // Only the claims: no name or email in the cookie.
        return claims as unknown as typeof token;
      },
      async session({ session, token }) {
        const claims = readClaims(token as unknown as Record<string, unknown>);
        // /api/auth/session says only whether a cookie is there; pages ask lib/auth/session.ts.
        return { ...session, user: { id: claims?.sub ?? '', stage: claims?.stage ?? null } };
      },
    },
    events: {
      // Signing out ends this session's row: the cookie and any copy of it are dead.
      // next-auth gives the event no request, but it runs inside the sign-out route handler, whose
      // headers (address, user agent, request id) the request context reads.
      async signOut({ token }) {
        await signOutSession({ db: getDb(), claims: readClaims(token as unknown as Record<string, unknown>), context: await getRequestContext() });
      },
    },
  };
}
