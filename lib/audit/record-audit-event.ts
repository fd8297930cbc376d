import type { Prisma } from '../db/generated/client';
import type { TSessionUser } from '../auth/types';

/** Appends an audit row inside the caller's transaction, so the event exists iff the change does. */
export async function recordAuditEvent(
  tx: Prisma.TransactionClient,
  event: { actor: TSessionUser | null; action: string; entityType: string; entityId: string; data?: Prisma.InputJsonValue },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: event.actor?.id ?? null,
      organizationId: event.actor?.organizationId ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      data: event.data ?? {},
    },
  });
}
