// Checks an email and password for next-auth's credentials provider. Every failure looks the same
// to the caller ("invalid credentials"), whether the account exists or not; only the throttle is
// reported separately, because the user needs to know to wait.
import type { Prisma, PrismaClient } from '../db/generated/client';
import { ZCredentials } from './login-schema';
import { getDecoyHash, verifyPassword } from './password';
import { isSecondFactorRequired } from './second-factor-policy';
import { checkLoginThrottle, pruneLoginHistoryAtMostHourly, recordLoginAttempt, type TAttemptKind } from './throttle';
import type { Role } from '../db/generated/enums';

/** What the password step leads to: a session, the second factor, or enrolling one first. */
export type TNextStep = 'done' | 'second_factor' | 'enrol';

export type TSignedInUser = { id: string; email: string; name: string; role: Role; organizationId: string; sessionVersion: number; nextStep: TNextStep };

export type TVerifiedLogin =
  | { ok: true; user: TSignedInUser }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export type TClaim = { isBlocked: true; retryAfterSeconds: number } | { isBlocked: false; attemptId: string };

/** How long a sign-in waits for another one on the same account or address, polling with try-locks. */
const CLAIM_MAX_WAIT_MS = 5_000;
const CLAIM_RETRY_MS = 20;

async function tryLock(tx: Prisma.TransactionClient, key: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<Array<{ locked: boolean }>>`SELECT pg_try_advisory_xact_lock(hashtext(${key})) AS locked`;
  return row?.locked === true;
}

/**
 * Checks the throttle and records the attempt as a failure in one short transaction, under a lock on
 * the account (and on the address when it is known), so parallel guesses cannot all pass the check
 * before any failure is recorded. The locks are try-locks: a sign-in that finds them taken gives its
 * connection back and retries, so waiting sign-ins never hold pooled connections. An account or
 * address that is already blocked is refused by a lock-free read first.
 */
export async function claimAttempt(db: PrismaClient, email: string, ip: string | null, kind: TAttemptKind = 'password'): Promise<TClaim> {
  await pruneLoginHistoryAtMostHourly(db);
  const early = await checkLoginThrottle({ db, email, ip });
  if (early.isBlocked) return { isBlocked: true, retryAfterSeconds: early.retryAfterSeconds };
  const deadline = Date.now() + CLAIM_MAX_WAIT_MS;
  for (;;) {
    const claim = await db.$transaction(
      async (tx): Promise<TClaim | 'busy'> => {
        if (!(await tryLock(tx, `signet-login:${email}`))) return 'busy';
        if (ip !== null && !(await tryLock(tx, `signet-login-ip:${ip}`))) return 'busy';
        const throttle = await checkLoginThrottle({ db: tx, email, ip });
        if (throttle.isBlocked) return { isBlocked: true, retryAfterSeconds: throttle.retryAfterSeconds };
        return { isBlocked: false, attemptId: await recordLoginAttempt({ db: tx, email, ip, kind }) };
      },
      { timeout: 5_000, maxWait: 5_000 },
    );
    if (claim !== 'busy') return claim;
    // Still busy after the wait: as good as throttled for this moment.
    if (Date.now() > deadline) return { isBlocked: true, retryAfterSeconds: 1 };
    await new Promise((resolve) => setTimeout(resolve, CLAIM_RETRY_MS + Math.floor(Math.random() * CLAIM_RETRY_MS)));
  }
}

/**
 * @param ip the client address if it can be trusted (see TRUSTED_PROXY_HOPS), else null
 */
export async function verifyCredentials(options: { db: PrismaClient; input: unknown; ip: string | null }): Promise<TVerifiedLogin> {
  const { db, ip } = options;
  const parsed = ZCredentials.safeParse(options.input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;

  const claim = await claimAttempt(db, email, ip);
  if (claim.isBlocked) return { ok: false, reason: 'throttled', retryAfterSeconds: claim.retryAfterSeconds };

  // 2. Verify the password (argon2id: tens of milliseconds, 19 MiB) holding no database connection,
  //    so a flood of login attempts cannot starve the pages of connections.
  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      organizationId: true,
      sessionVersion: true,
      passwordHash: true,
      deactivatedAt: true,
      totpCredential: { select: { confirmedAt: true } },
    },
  });
  const isValid = await verifyPassword(user?.passwordHash ?? (await getDecoyHash()), password);
  if (!user || !isValid || user.deactivatedAt) return { ok: false, reason: 'invalid' };

  const nextStep: TNextStep = user.totpCredential?.confirmedAt ? 'second_factor' : isSecondFactorRequired(user.role) ? 'enrol' : 'done';
  // 3. The claimed attempt becomes a success (which also clears earlier failures from the count).
  //    With a second factor still to come the attempt stays a failure until the code checks out:
  //    otherwise knowing the password would reset the count of guessed codes.
  if (nextStep === 'done') await markAttemptSucceeded(db, claim.attemptId, user.id);
  const { passwordHash: _hash, deactivatedAt: _deactivated, totpCredential: _totp, ...signedIn } = user;
  return { ok: true, user: { ...signedIn, nextStep } };
}

/** A finished sign-in: the attempt counts as a success and the user's last sign-in moves. */
export async function markAttemptSucceeded(db: PrismaClient, attemptId: string, userId: string): Promise<void> {
  await db.$transaction([
    db.loginAttempt.update({ where: { id: attemptId }, data: { succeeded: true } }),
    db.user.update({ where: { id: userId }, data: { lastLoginAt: new Date() } }),
  ]);
}
