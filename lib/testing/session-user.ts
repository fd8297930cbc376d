import { SESSION_USER_SELECT, toSessionUser } from '../auth/session-user';
import type { TSessionUser } from '../auth/types';
import type { PrismaClient } from '../db/generated/client';

/** The session user as lib/auth/session.ts builds it, for tests that call actions and queries directly. */
export async function loadSessionUser(db: PrismaClient, email: string): Promise<TSessionUser> {
  return toSessionUser(await db.user.findUniqueOrThrow({ where: { email }, select: SESSION_USER_SELECT }));
}
