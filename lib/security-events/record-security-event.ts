import 'server-only';
// Security events go two ways at once: one JSON line on stdout per event (for the log pipeline,
// with request id, user, role, organisation, address and user agent) and one row in SecurityEvent,
// which the app's database role can only append to (see README, "Security model").
import type { Prisma } from '../db/generated/client';
import type { TRequestContext, TSecurityEventType } from './types';

type TDb = Pick<Prisma.TransactionClient, 'securityEvent'>;

export type TEventSubject = { id: string; role: string; organizationId: string } | null;

export type TSecurityEventInput = {
  db: TDb;
  type: TSecurityEventType;
  /** The signed-in user (or the account that tried to sign in). */
  user?: TEventSubject;
  /** Email as typed at sign-in, for events without a known user. */
  email?: string | null;
  /** The user an admin acted on. */
  targetUserId?: string | null;
  context: TRequestContext;
  data?: Record<string, string | number | boolean | null>;
  now?: Date;
};

/** The log line, as written to stdout (exported for the tests). */
export function securityLogLine(event: Omit<TSecurityEventInput, 'db'>, at: Date): string {
  return JSON.stringify({
    time: at.toISOString(),
    level: event.type === 'auth.sign_in.succeeded' || event.type === 'auth.sign_out' ? 'info' : 'warn',
    kind: 'security',
    event: event.type,
    requestId: event.context.requestId,
    userId: event.user?.id ?? null,
    role: event.user?.role ?? null,
    organizationId: event.user?.organizationId ?? null,
    email: event.email ?? null,
    targetUserId: event.targetUserId ?? null,
    ip: event.context.ip,
    userAgent: event.context.userAgent,
    ...(event.data ? { data: event.data } : {}),
  });
}

export async function recordSecurityEvent(event: TSecurityEventInput): Promise<void> {
  const at = event.now ?? new Date();
  await event.db.securityEvent.create({
    data: {
      type: event.type,
      userId: event.user?.id ?? null,
      role: event.user?.role ?? null,
      organizationId: event.user?.organizationId ?? null,
      email: event.email ?? null,
      targetUserId: event.targetUserId ?? null,
      ip: event.context.ip,
      userAgent: event.context.userAgent?.slice(0, 512) ?? null,
      requestId: event.context.requestId,
      data: event.data ?? {},
      createdAt: at,
    },
  });
  process.stdout.write(`${securityLogLine(event, at)}\n`);
}
