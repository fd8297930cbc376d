import 'server-only';
import { assertCan } from '../auth/assert';
import { apiTokenWhereForUser } from '../auth/policy';
import { SESSION_USER_SELECT, toSessionUser } from '../auth/session-user';
import type { TSessionUser } from '../auth/types';
import { getDb } from '../db/client';
import { hashApiToken, parseBearerToken } from './token';

export type TApiTokenSummary = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  /** False once the user's sessions were ended after the token was made (password change, reset, admin). */
  isCurrent: boolean;
};

export async function findApiTokensForUser(options: { user: TSessionUser }): Promise<TApiTokenSummary[]> {
  assertCan(options.user, 'apiToken.manage');
  const rows = await getDb().apiToken.findMany({
    where: apiTokenWhereForUser(options.user, 'apiToken.manage'),
    orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
    select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true, sessionVersion: true, user: { select: { sessionVersion: true } } },
    take: 100,
  });
  return rows.map(({ sessionVersion, user, ...token }) => ({ ...token, isCurrent: sessionVersion === user.sessionVersion }));
}

/** Last use is recorded at most once a minute per token: a busy integration does not write on every request. */
const LAST_USED_GRANULARITY_MS = 60_000;

/**
 * The user a Bearer token acts for, or null: unknown, revoked or expired token, a deactivated user,
 * or a user whose sessions were ended since the token was made (a password change, a reset of
 * access, an admin ending the sessions: whatever ends the sessions ends the tokens). The user is read
 * fresh, so a changed role or organisation applies at once.
 */
export async function authenticateApiToken(authorization: string | null, now: Date = new Date()): Promise<TSessionUser | null> {
  const token = parseBearerToken(authorization);
  if (!token) return null;
  const db = getDb();
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, revokedAt: true, expiresAt: true, lastUsedAt: true, sessionVersion: true, user: { select: SESSION_USER_SELECT } },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now) || row.user.deactivatedAt || row.user.sessionVersion !== row.sessionVersion) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return toSessionUser(row.user);
}
