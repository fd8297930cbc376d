import { SESSION_USER_SELECT, toSessionUser } from '../auth/session-user';
import type { TSessionUser } from '../auth/types';
import type { PrismaClient } from '../db/generated/client';

/**
 * The session user as lib/auth/session.ts builds it, for tests that call actions and queries
 * directly: by default as if signed in just now (so actions that want a recent sign-in run);
 * `authenticatedAt` moves the sign-in into the past.
 */
export async function loadSessionUser(db: PrismaClient, email: string, options: { authenticatedAt?: Date } = {}): Promise<TSessionUser> {
  const user = toSessionUser(await db.user.findUniqueOrThrow({ where: { email }, select: SESSION_USER_SELECT }));
  const at = options.authenticatedAt ?? new Date();
  return { ...user, session: { id: `test-session-${user.id}`, authMethod: 'PASSWORD_TOTP', authenticatedAt: at, lastAuthenticatedAt: at } };
}
