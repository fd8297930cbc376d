import 'server-only';
import { cookies } from 'next/headers';
import { decode, encode } from 'next-auth/jwt';
import { cache } from 'react';
import { getDb } from '../db/client';
import { getEnv, isHttpsDeployment, type TEnv } from '../env';
import { getRequestContext } from '../security-events/request-context';
import { sessionCookie } from './session-cookie';
import { PENDING_SIGN_IN_MS, readClaims, type TSessionClaims } from './session-token';
import type { TSessionUser } from './types';
import { createUserSession, endUserSessions, resolveBrowserSession, type TSessionLifetimes } from './user-session';
import type { AuthMethod } from '../db/generated/enums';

export function sessionLifetimes(env: TEnv = getEnv()): TSessionLifetimes {
  return { maxAgeMs: env.SESSION_MAX_AGE_HOURS * 3_600_000, idleMs: env.SESSION_IDLE_TIMEOUT_MINUTES * 60_000 };
}

/** The claims of this request's session cookie (signature and encryption checked), or null. */
async function readSessionClaims(): Promise<TSessionClaims | null> {
  const env = getEnv();
  const value = (await cookies()).get(sessionCookie(isHttpsDeployment(env)).name)?.value;
  if (!value || !env.NEXTAUTH_SECRET) return null;
  try {
    return readClaims((await decode({ token: value, secret: env.NEXTAUTH_SECRET })) as Record<string, unknown> | null);
  } catch {
    return null; // forged, tampered or signed with another secret
  }
}

/**
 * The signed-in user for this request, or null. Cached per request. THE check of a browser session,
 * for every caller (pages, server actions, route handlers including the API's cookie path): the
 * token only names a UserSession row, which must be open, within its absolute lifetime and idle
 * timeout, and match the user's session version; the user is re-read, so a deactivation or a changed
 * role takes effect at once on every instance (lib/auth/user-session.ts).
 */
export const getSessionUser = cache(async (): Promise<TSessionUser | null> => {
  return resolveBrowserSession({ db: getDb(), claims: await readSessionClaims(), lifetimes: sessionLifetimes(), context: await getRequestContext() });
});

export type TPendingSignIn = { userId: string; stage: 'second_factor' | 'enrol' };

/** A sign-in half-way through (password done, second factor or enrolment pending), or null. */
export const getPendingSignIn = cache(async (): Promise<TPendingSignIn | null> => {
  const claims = await readSessionClaims();
  return pendingFromClaims(claims);
});

export async function pendingFromClaims(claims: TSessionClaims | null, now = Date.now()): Promise<TPendingSignIn | null> {
  if (!claims || claims.stage === 'full' || !claims.pendingSince || now - claims.pendingSince > PENDING_SIGN_IN_MS) return null;
  const user = await getDb().user.findUnique({ where: { id: claims.sub }, select: { sessionVersion: true, deactivatedAt: true } });
  if (!user || user.deactivatedAt || user.sessionVersion !== claims.sv) return null;
  return { userId: claims.sub, stage: claims.stage };
}

/** Decodes a session cookie taken from a raw Cookie header (next-auth's authorize has no cookies()). */
export async function claimsFromCookieHeader(cookieHeader: string | undefined): Promise<TSessionClaims | null> {
  const env = getEnv();
  const name = sessionCookie(isHttpsDeployment(env)).name;
  const value = cookieHeader
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`))
    ?.slice(name.length + 1);
  if (!value || !env.NEXTAUTH_SECRET) return null;
  try {
    return readClaims((await decode({ token: decodeURIComponent(value), secret: env.NEXTAUTH_SECRET })) as Record<string, unknown> | null);
  } catch {
    return null;
  }
}

/**
 * Replaces this browser's session by a new one (after a password change): every session of the user
 * ends — so a copied cookie of this browser dies too — and this browser gets a fresh cookie, keeping
 * how and when it signed in. Only server actions and route handlers can set cookies.
 */
export async function rotateSession(options: { user: TSessionUser; sessionVersion: number; authMethod: AuthMethod; authenticatedAt: Date; now?: Date }): Promise<void> {
  const env = getEnv();
  const db = getDb();
  const now = options.now ?? new Date();
  await endUserSessions({ db, userId: options.user.id, reason: 'rotated', now });
  const created = await createUserSession({ db, userId: options.user.id, authMethod: options.authMethod, lifetimes: sessionLifetimes(env), context: await getRequestContext(), now, authenticatedAt: options.authenticatedAt });
  await db.userSession.update({ where: { id: created.id }, data: { reauthenticatedAt: now } });
  const claims: TSessionClaims = { sub: options.user.id, sid: created.id, stage: 'full', sv: options.sessionVersion };
  const maxAge = Math.max(1, Math.floor((created.expiresAt.getTime() - now.getTime()) / 1000));
  const token = await encode({ token: claims as unknown as Record<string, unknown>, secret: env.NEXTAUTH_SECRET!, maxAge });
  const cookie = sessionCookie(isHttpsDeployment(env));
  (await cookies()).set(cookie.name, token, { ...cookie.options, maxAge });
}
