// Login throttle against password and code guessing. Attempts live in PostgreSQL so every app
// instance behind a load balancer counts the same. A run of failures slows the account down instead
// of locking its owner out: the first 5 failures are free, then each further attempt must wait
// 30 s, 60 s, 120 s … up to 15 minutes after the last failure (HTTP 429 with Retry-After). A success,
// or an admin's unblock, starts the count afresh; failures older than 24 hours are forgotten.
// Second-factor failures count for the account like password failures. Per client address (when it
// is known, see client-ip.ts): 30 failures within 15 minutes, across all accounts.
import type { Prisma } from '../db/generated/client';

export const FREE_FAILURES_PER_ACCOUNT = 5;
export const FIRST_DELAY_SECONDS = 30;
export const MAX_DELAY_SECONDS = 15 * 60;
const FAILURE_MEMORY_MS = 24 * 60 * 60 * 1000;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_IP = 30;

export type TThrottleState = { isBlocked: boolean; retryAfterSeconds: number };
export type TAttemptKind = 'password' | 'second_factor';

type TDb = Prisma.TransactionClient;

/** How long the account must wait after its latest failure, given the failures in the current run. */
export function accountDelaySeconds(failures: number): number {
  if (failures < FREE_FAILURES_PER_ACCOUNT) return 0;
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_FAILURES_PER_ACCOUNT));
}

export async function checkLoginThrottle(options: { db: TDb; email: string; ip: string | null; now?: Date }): Promise<TThrottleState> {
  const { db, email, ip } = options;
  const now = options.now ?? new Date();
  const memoryStart = new Date(now.getTime() - FAILURE_MEMORY_MS);
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);

  // A success or an admin's unblock ends the run of failures.
  const lastReset = await db.loginAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: memoryStart } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  const runStart = lastReset?.createdAt ?? memoryStart;
  const runWhere = { email, succeeded: false, createdAt: { gt: runStart } };

  const [failures, lastFailure, ipFailures] = await Promise.all([
    db.loginAttempt.count({ where: runWhere }),
    db.loginAttempt.findFirst({ where: runWhere, orderBy: { createdAt: 'desc' }, select: { createdAt: true } }),
    ip ? db.loginAttempt.count({ where: { ip, succeeded: false, createdAt: { gt: windowStart } } }) : Promise.resolve(0),
  ]);

  const delay = accountDelaySeconds(failures);
  if (delay > 0 && lastFailure) {
    const retryAt = lastFailure.createdAt.getTime() + delay * 1000;
    if (retryAt > now.getTime()) return { isBlocked: true, retryAfterSeconds: Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000)) };
  }
  if (ipFailures >= MAX_FAILURES_PER_IP) {
    const oldest = await db.loginAttempt.findFirst({
      where: { ip: ip!, succeeded: false, createdAt: { gt: windowStart } },
      orderBy: { createdAt: 'desc' },
      skip: MAX_FAILURES_PER_IP - 1,
      select: { createdAt: true },
    });
    const retryAt = (oldest?.createdAt.getTime() ?? now.getTime()) + THROTTLE_WINDOW_MS;
    return { isBlocked: true, retryAfterSeconds: Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000)) };
  }
  return { isBlocked: false, retryAfterSeconds: 0 };
}

/** An admin clears the account's run of failures (the owner was slowed down by someone guessing). */
export async function unblockAccount(options: { db: TDb; email: string }): Promise<void> {
  await options.db.loginAttempt.create({ data: { email: options.email, ip: 'admin', kind: 'unblock', succeeded: true } });
}

/** How long attempts are kept: the throttle needs 15 minutes, the rest is sign-in history. */
export const LOGIN_HISTORY_DAYS = 30;

/** Records an attempt as failed; the caller flips it to succeeded once the password checks out. */
export async function recordLoginAttempt(options: { db: TDb; email: string; ip: string | null; kind?: TAttemptKind }): Promise<string> {
  const attempt = await options.db.loginAttempt.create({
    data: { email: options.email, ip: options.ip ?? 'unknown', kind: options.kind ?? 'password', succeeded: false },
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
