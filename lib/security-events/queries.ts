import 'server-only';
import { z } from 'zod';
import { assertCan } from '../auth/assert';
import type { TSessionUser } from '../auth/types';
import { getDb } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { SECURITY_EVENT_TYPES } from './types';

export const SECURITY_EVENTS_PAGE_LIMIT = 200;

/** The admin page's filters, from the query string; anything unusable is ignored. */
export const ZSecurityEventFilters = z.object({
  type: z.enum(SECURITY_EVENT_TYPES).optional().catch(undefined),
  user: z.string().trim().max(320).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
});
export type TSecurityEventFilters = z.infer<typeof ZSecurityEventFilters>;

export function parseSecurityEventFilters(params: Record<string, string | string[] | undefined>): TSecurityEventFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  return ZSecurityEventFilters.parse({ type: first(params.type), user: first(params.user), from: first(params.from), to: first(params.to) });
}

export async function findSecurityEventsForAdmin(options: { user: TSessionUser; filters: TSecurityEventFilters }) {
  assertCan(options.user, 'securityEvent.list');
  const { filters } = options;
  const db = getDb();
  const and: Prisma.SecurityEventWhereInput[] = [];
  if (filters.type) and.push({ type: filters.type });
  if (filters.from) and.push({ createdAt: { gte: new Date(`${filters.from}T00:00:00Z`) } });
  if (filters.to) and.push({ createdAt: { lt: new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000) } });
  if (filters.user) {
    const users = await db.user.findMany({
      where: { OR: [{ email: { contains: filters.user, mode: 'insensitive' } }, { name: { contains: filters.user, mode: 'insensitive' } }] },
      select: { id: true },
      take: 100,
    });
    const ids = users.map((u) => u.id);
    and.push({ OR: [{ userId: { in: ids } }, { targetUserId: { in: ids } }, { email: { contains: filters.user, mode: 'insensitive' } }] });
  }
  const events = await db.securityEvent.findMany({
    where: { AND: and },
    orderBy: { createdAt: 'desc' },
    take: SECURITY_EVENTS_PAGE_LIMIT,
    select: { id: true, type: true, userId: true, role: true, email: true, targetUserId: true, ip: true, userAgent: true, requestId: true, data: true, createdAt: true },
  });
  const ids = [...new Set(events.flatMap((e) => [e.userId, e.targetUserId]).filter((id): id is string => id !== null))];
  const people = new Map((await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } })).map((u) => [u.id, u]));
  return events.map((event) => ({
    ...event,
    user: event.userId ? (people.get(event.userId) ?? null) : null,
    target: event.targetUserId ? (people.get(event.targetUserId) ?? null) : null,
  }));
}
