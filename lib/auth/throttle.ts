// Login throttle against password guessing. Attempts live in PostgreSQL so every app instance
// behind a load balancer counts the same. Limits: 5 failures per account within 15 minutes
// (failures before the account's last successful login do not count), and — when the client
// address can be trusted (TRUSTED_PROXY_HOPS) — 30 failures per address.
import type { Prisma } from '../db/generated/client';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

export type TThrottleState = { isBlocked: boolean; retryAfterSeconds: number };

type TDb = Prisma.TransactionClient;

export async function checkLoginThrottle(options: { db: TDb; email: string; ip: string | null; now?: Date }): Promise<TThrottleState> {
  const { db, email, ip } = options;
  const now = options.now ?? new Date();
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);

  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  const emailSince = lastSuccess?.createdAt ?? windowStart;

  const [emailFailures, ipFailures] = await Promise.all([
    db.loginAttempt.findMany({
      where: { email, succeeded: false, createdAt: { gt: emailSince } },
      orderBy: { createdAt: 'asc' },
      select: { createdAt: true },
      take: MAX_FAILURES_PER_EMAIL,
    }),
    ip ? db.loginAttempt.count({ where: { ip, succeeded: false, createdAt: { gt: windowStart } } }) : Promise.resolve(0),
  ]);

  if (emailFailures.length >= MAX_FAILURES_PER_EMAIL) {
    // Blocked until the oldest counted failure leaves the window.
    const oldest = emailFailures[0]!.createdAt.getTime();
    return { isBlocked: true, retryAfterSeconds: Math.max(1, Math.ceil((oldest + THROTTLE_WINDOW_MS - now.getTime()) / 1000)) };
  }
  if (ipFailures >= MAX_FAILURES_PER_IP) {
    return { isBlocked: true, retryAfterSeconds: Math.ceil(THROTTLE_WINDOW_MS / 1000) };
  }
  return { isBlocked: false, retryAfterSeconds: 0 };
}

/** How long attempts are kept: the throttle needs 15 minutes, the rest is sign-in history. */
export const LOGIN_HISTORY_DAYS = 30;

/** Records an attempt as failed; the caller flips it to succeeded once the password checks out. */
export async function recordLoginAttempt(options: { db: TDb; email: string; ip: string | null }): Promise<string> {
  const attempt = await options.db.loginAttempt.create({
    data: { email: options.email, ip: options.ip ?? 'unknown', succeeded: false },
    select: { id: true },
  });
  return attempt.id;
}

/** Deletes every attempt older than the history period (any email, including never-retried ones). */
export async function pruneLoginHistory(options: { db: TDb; now?: Date }): Promise<number> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - LOGIN_HISTORY_DAYS * 86_400_000);
  const { count } = await options.db.loginAttempt.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return count;
}

const PRUNE_INTERVAL_MS = 60 * 60 * 1000;
let lastPrunedAt = 0;

/** Prunes on the first sign-in of each hour, per app instance: the table stays bounded without a job. */
export async function pruneLoginHistoryAtMostHourly(db: TDb): Promise<void> {
  if (Date.now() - lastPrunedAt < PRUNE_INTERVAL_MS) return;
  lastPrunedAt = Date.now();
  await pruneLoginHistory({ db });
}
