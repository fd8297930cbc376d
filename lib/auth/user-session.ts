// Browser sessions as rows (ASVS 7.x). The next-auth JWT carries only the row's id; every request
// resolves it here, so an ended session is dead everywhere, including a copied token:
//   - absolute lifetime fixed at sign-in (SESSION_MAX_AGE_HOURS), never extended by polling;
//   - idle timeout (SESSION_IDLE_TIMEOUT_MINUTES) since the last request;
//   - the user's session version (a password change, deactivation or an admin ends all sessions);
//   - sign-out ends the row.
// Pure apart from the database: the clock is a parameter, so expiry is tested without waiting.
import type { AuthMethod } from '../db/generated/enums';
import type { PrismaClient } from '../db/generated/client';
import { recordSecurityEvent } from '../security-events/record-security-event';
import { EMPTY_REQUEST_CONTEXT, type TRequestContext } from '../security-events/types';
import { isSecondFactorRequired } from './second-factor-policy';
import { SESSION_USER_SELECT, toSessionUser } from './session-user';
import type { TSessionClaims } from './session-token';
import type { TSessionUser } from './types';

export type TSessionLifetimes = { maxAgeMs: number; idleMs: number };
/** A request refreshes lastSeenAt at most this often (one write per minute per session, not per request). */
const TOUCH_INTERVAL_MS = 60 * 1000;

export type TSessionEndReason = 'signed_out' | 'idle' | 'expired' | 'version' | 'deactivated' | 'password_changed' | 'admin' | 'rotated';

export async function createUserSession(options: {
  db: PrismaClient;
  userId: string;
  authMethod: AuthMethod;
  lifetimes: TSessionLifetimes;
  context?: TRequestContext;
  now?: Date;
  authenticatedAt?: Date;
}): Promise<{ id: string; expiresAt: Date }> {
  const now = options.now ?? new Date();
  const authenticatedAt = options.authenticatedAt ?? now;
  return options.db.userSession.create({
    data: {
      userId: options.userId,
      authMethod: options.authMethod,
      authenticatedAt,
      lastSeenAt: now,
      expiresAt: new Date(authenticatedAt.getTime() + options.lifetimes.maxAgeMs),
      ip: options.context?.ip ?? null,
      userAgent: options.context?.userAgent?.slice(0, 512) ?? null,
    },
    select: { id: true, expiresAt: true },
  });
}

/** Ends one session (if still open) and says whether this call ended it. */
async function endSession(db: PrismaClient, id: string, reason: TSessionEndReason, now: Date): Promise<boolean> {
  const { count } = await db.userSession.updateMany({ where: { id, endedAt: null }, data: { endedAt: now, endReason: reason } });
  return count === 1;
}

/** Ends every open session of a user, except `exceptId` if given. */
export async function endUserSessions(options: { db: Pick<PrismaClient, 'userSession'>; userId: string; reason: TSessionEndReason; exceptId?: string; now?: Date }): Promise<number> {
  const { count } = await options.db.userSession.updateMany({
    where: { userId: options.userId, endedAt: null, ...(options.exceptId ? { id: { not: options.exceptId } } : {}) },
    data: { endedAt: options.now ?? new Date(), endReason: options.reason },
  });
  return count;
}

export async function signOutSession(options: { db: PrismaClient; claims: TSessionClaims | null; context: TRequestContext; now?: Date }): Promise<void> {
  const { db, claims } = options;
  if (!claims?.sid) return;
  const now = options.now ?? new Date();
  if (!(await endSession(db, claims.sid, 'signed_out', now))) return;
  const user = await db.user.findUnique({ where: { id: claims.sub }, select: { id: true, role: true, organizationId: true } });
  await recordSecurityEvent({ db, type: 'auth.sign_out', user, context: options.context, data: { sessionId: claims.sid }, now });
}

/**
 * The user behind a session token, or null — ending the session (once, with a security event) when
 * it has run out. This is the one check every caller goes through: pages, server actions and route
 * handlers (lib/auth/session.ts reads the cookie and calls this).
 */
export async function resolveBrowserSession(options: {
  db: PrismaClient;
  claims: TSessionClaims | null;
  lifetimes: TSessionLifetimes;
  now?: Date;
  context?: TRequestContext;
}): Promise<TSessionUser | null> {
  const { db, claims, lifetimes } = options;
  const now = options.now ?? new Date();
  const context = options.context ?? EMPTY_REQUEST_CONTEXT;
  if (!claims || claims.stage !== 'full' || !claims.sid) return null;
  const session = await db.userSession.findUnique({
    where: { id: claims.sid },
    select: {
      id: true,
      userId: true,
      authMethod: true,
      authenticatedAt: true,
      reauthenticatedAt: true,
      lastSeenAt: true,
      expiresAt: true,
      endedAt: true,
      user: { select: SESSION_USER_SELECT },
    },
  });
  if (!session || session.endedAt || session.userId !== claims.sub) return null;
  const { user } = session;

  const end = async (reason: TSessionEndReason) => {
    if (await endSession(db, session.id, reason, now)) {
      await recordSecurityEvent({ db, type: 'session.ended', user, context, data: { reason, sessionId: session.id }, now });
    }
    return null;
  };
  if (user.deactivatedAt) return end('deactivated');
  if (user.sessionVersion !== claims.sv) return end('version');
  if (now.getTime() >= session.expiresAt.getTime()) return end('expired');
  if (now.getTime() - session.lastSeenAt.getTime() >= lifetimes.idleMs) return end('idle');
  // A role that needs the second factor never works with a password-only session.
  if (isSecondFactorRequired(user.role) && session.authMethod === 'PASSWORD') return end('version');

  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await db.userSession.updateMany({ where: { id: session.id, endedAt: null }, data: { lastSeenAt: now } });
  }
  const reauth = session.reauthenticatedAt?.getTime() ?? 0;
  return {
    ...toSessionUser(user),
    session: {
      id: session.id,
      authMethod: session.authMethod,
      authenticatedAt: session.authenticatedAt,
      lastAuthenticatedAt: new Date(Math.max(session.authenticatedAt.getTime(), reauth)),
    },
  };
}
