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

  // Check, verify and record under one per-account lock: parallel guesses queue up behind each
  // other instead of all passing the check before any failure is recorded.
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`signet-login:${email}`}))`;
      const throttle = await checkLoginThrottle({ db: tx, email, ip });
      if (throttle.isBlocked) return { ok: false, reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds } as const;

      const user = await tx.user.findUnique({
        where: { email },
        select: { id: true, email: true, name: true, role: true, organizationId: true, sessionVersion: true, passwordHash: true, deactivatedAt: true },
      });
      const isValid = await verifyPassword(user?.passwordHash ?? (await getDecoyHash()), password);
      const succeeded = Boolean(user && isValid && !user.deactivatedAt);

      await recordLoginAttempt({ db: tx, email, ip, succeeded });
      if (!succeeded || !user) return { ok: false, reason: 'invalid' } as const;

      await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
      const { passwordHash: _hash, deactivatedAt: _deactivated, ...signedIn } = user;
      return { ok: true, user: signedIn } as const;
    },
    { timeout: 15_000, maxWait: 15_000 },
  );
}
