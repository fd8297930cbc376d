// In-app notifications of the placement journey, written in the caller's transaction (a refused
// change notifies nobody). Kinds are message keys under notifications.kinds.
import type { Prisma } from '../db/generated/client';

export type TBrokerNotificationKind = 'submission.info_requested' | 'submission.quoted' | 'submission.declined' | 'subjectivity.accepted' | 'subjectivity.reopened';
export type TUnderwriterNotificationKind = 'submission.submitted' | 'submission.resubmitted' | 'subjectivity.fulfilled' | 'submission.bound' | 'submission.withdrawn';

type TNotified = { id: string; assessmentId: string; insurerId: string; clientName: string };

/** The broker responsible for the assessment hears of the insurer's decisions and questions. */
export async function notifyBroker(tx: Prisma.TransactionClient, submission: TNotified, kind: TBrokerNotificationKind, data: Record<string, string> = {}): Promise<void> {
  const assessment = await tx.assessment.findUniqueOrThrow({ where: { id: submission.assessmentId }, select: { brokerId: true, broker: { select: { deactivatedAt: true } } } });
  if (assessment.broker.deactivatedAt) return;
  await tx.notification.create({ data: { userId: assessment.brokerId, kind, submissionId: submission.id, data: { clientName: submission.clientName, ...data } } });
}

/** Every active underwriter of the insurer hears of what the broker does. */
export async function notifyUnderwriters(tx: Prisma.TransactionClient, submission: TNotified, kind: TUnderwriterNotificationKind, data: Record<string, string> = {}): Promise<void> {
  const underwriters = await tx.user.findMany({ where: { organizationId: submission.insurerId, role: 'UNDERWRITER', deactivatedAt: null }, select: { id: true } });
  if (underwriters.length === 0) return;
  await tx.notification.createMany({
    data: underwriters.map((user) => ({ userId: user.id, kind, submissionId: submission.id, data: { clientName: submission.clientName, ...data } })),
  });
}
