// Checks an email and password for next-auth's credentials provider. Every failure looks the same
// to the caller ("invalid credentials"), whether the account exists or not; only the throttle is
// reported separately, because the user needs to know to wait.
import { z } from 'zod';
import type { PrismaClient } from '../db/generated/client';
import { getDecoyHash, PASSWORD_MAX_LENGTH, verifyPassword } from './password';
import { checkLoginThrottle, recordLoginAttempt } from './throttle';

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export type TVerifiedLogin =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export async function verifyCredentials(options: { db: PrismaClient; input: unknown; ip: string }): Promise<TVerifiedLogin> {
  const { db, ip } = options;
  const parsed = ZCredentials.safeParse(options.input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;

  const throttle = await checkLoginThrottle({ db, email, ip });
  if (throttle.isBlocked) return { ok: false, reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, sessionVersion: true, deactivatedAt: true },
  });
  const isValid = await verifyPassword(user?.passwordHash ?? (await getDecoyHash()), password);
  const succeeded = Boolean(user && isValid && !user.deactivatedAt);

  await recordLoginAttempt({ db, email, ip, succeeded });
  if (!succeeded || !user) return { ok: false, reason: 'invalid' };

  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
