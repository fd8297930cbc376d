import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { getDb } from '../db/client';
import { getAuthOptions } from './options';
import { SESSION_USER_SELECT, toSessionUser } from './session-user';
import type { TSessionUser } from './types';

/**
 * The signed-in user for this request, or null. Cached per request. The JWT alone is not trusted
 * for authorization: the user is re-read so that a deactivated account, a changed role or a reset
 * password (session version bumped) takes effect immediately on every instance.
 */
export const getSessionUser = cache(async (): Promise<TSessionUser | null> => {
  const session = await getServerSession(getAuthOptions());
  if (!session?.user?.id) return null;
  const user = await getDb().user.findUnique({ where: { id: session.user.id }, select: SESSION_USER_SELECT });
  if (!user || user.deactivatedAt || user.sessionVersion !== session.user.sessionVersion) return null;
  return toSessionUser(user);
});
