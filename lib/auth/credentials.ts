// Checks an email and password for next-auth's credentials provider. Every failure looks the same
// to the caller ("invalid credentials"), whether the account exists or not; only the throttle is
// reported separately, because the user needs to know to wait.
import type { PrismaClient } from '../db/generated/client';
import { ZCredentials } from './login-schema';
import { getDecoyHash, verifyPassword } from './password';
import { checkLoginThrottle, recordLoginAttempt } from './throttle';

export type TSignedInUser = { id: string; email: string; name: string; role: string; organizationId: string; sessionVersion: number };

export type TVerifiedLogin =
  | { ok: true; user: TSignedInUser }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * @param ip the client address if it can be trusted (see TRUSTED_PROXY_HOPS), else null
 */
export async function verifyCredentials(options: { db: PrismaClient; input: unknown; ip: string | null }): Promise<TVerifiedLogin> {
  const { db, ip } = options;
  const parsed = ZCredentials.safeParse(options.input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;

  // 1. Claim an attempt under a per-account lock: check the throttle and record the attempt as a
  //    failure in one short transaction, so parallel guesses queue behind each other instead of all
  //    passing the check before any failure is recorded.
  const claim = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`signet-login:${email}`}))`;
      const throttle = await checkLoginThrottle({ db: tx, email, ip });
      if (throttle.isBlocked) return { isBlocked: true, retryAfterSeconds: throttle.retryAfterSeconds } as const;
      return { isBlocked: false, attemptId: await recordLoginAttempt({ db: tx, email, ip }) } as const;
    },
    { timeout: 10_000, maxWait: 10_000 },
  );
  if (claim.isBlocked) return { ok: false, reason: 'throttled', retryAfterSeconds: claim.retryAfterSeconds };

  // 2. Verify the password (argon2id: tens of milliseconds, 19 MiB) holding no database connection,
  //    so a flood of login attempts cannot starve the pages of connections.
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, organizationId: true, sessionVersion: true, passwordHash: true, deactivatedAt: true },
  });
  const isValid = await verifyPassword(user?.passwordHash ?? (await getDecoyHash()), password);
  if (!user || !isValid || user.deactivatedAt) return { ok: false, reason: 'invalid' };

  // 3. The claimed attempt becomes a success (which also clears earlier failures from the count).
  await db.$transaction([
    db.loginAttempt.update({ where: { id: claim.attemptId }, data: { succeeded: true } }),
    db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } }),
  ]);
  const { passwordHash: _hash, deactivatedAt: _deactivated, ...signedIn } = user;
  return { ok: true, user: signedIn };
}
