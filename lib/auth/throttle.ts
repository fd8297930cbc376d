// Login throttle against password guessing. Attempts live in PostgreSQL so every app instance
// behind a load balancer counts the same. Limits: 5 failures per account or 30 per IP address
// within 15 minutes; failures before an account's last successful login do not count.
import type { PrismaClient } from '../db/generated/client';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

export type TThrottleState = { isBlocked: boolean; retryAfterSeconds: number };

export async function checkLoginThrottle(options: { db: PrismaClient; email: string; ip: string; now?: Date }): Promise<TThrottleState> {
  const { db, email, ip } = options;
  const now = options.now ?? new Date();
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);

  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  const emailSince = lastSuccess && lastSuccess.createdAt > windowStart ? lastSuccess.createdAt : windowStart;

  const [emailFailures, ipFailures] = await Promise.all([
    db.loginAttempt.findMany({
      where: { email, succeeded: false, createdAt: { gt: emailSince } },
      orderBy: { createdAt: 'asc' },
      select: { createdAt: true },
      take: MAX_FAILURES_PER_EMAIL,
    }),
    db.loginAttempt.count({ where: { ip, succeeded: false, createdAt: { gt: windowStart } } }),
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

export async function recordLoginAttempt(options: { db: PrismaClient; email: string; ip: string; succeeded: boolean }): Promise<void> {
  await options.db.loginAttempt.create({
    data: { email: options.email, ip: options.ip, succeeded: options.succeeded },
  });
}
