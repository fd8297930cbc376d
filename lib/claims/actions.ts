// Action definitions of claims support (run by the server actions through executeAction): the first
// notice of loss, status moves, ticks on the playbook and evidence checklists, notes. Each change and
// its audit row are written in one transaction; a refused change writes nothing.
import 'server-only';
import type { Prisma } from '../db/generated/client';
import { defineAction } from '../auth/action';
import { claimWhereForUser, clientCompanyWhereForUser } from '../auth/policy';
import type { TSessionUser } from '../auth/types';
import { recordAuditEvent } from '../audit/record-audit-event';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import { TIME_ZONE } from '../i18n/config';
import type { TFinalScoringResult } from '../scoring';
import { isAllowedClaimMove, isFinalClaimStatus } from './claim-status';
import { formatClaimReference, parseClaimSequence } from './reference';
import { ZAddClaimNoteInput, ZReportClaimInput, ZTickClaimItemInput, ZTransitionClaimInput } from './schemas';

/** Serialises reference numbering: two reports at the same moment get consecutive numbers. */
const REFERENCE_LOCK_KEY = 7_310_001;

function yearIn(instant: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric' }).format(instant));
}

async function nextClaimReference(tx: Prisma.TransactionClient, now: Date): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REFERENCE_LOCK_KEY})`;
  const year = yearIn(now, TIME_ZONE);
  const latest = await tx.claim.findFirst({ where: { reference: { startsWith: `CLM-${year}-` } }, orderBy: { reference: 'desc' }, select: { reference: true } });
  return formatClaimReference(year, (latest ? (parseClaimSequence(latest.reference, year) ?? 0) : 0) + 1);
}

/** Who hears of a new claim: the client's responsible broker (else every broker of the brokerage) and the binding insurer's underwriters. */
async function listClaimRecipients(tx: Prisma.TransactionClient, options: { brokerageId: string; responsibleBrokerId: string | null; insurerId: string | null; exceptUserId: string }) {
  const active = { deactivatedAt: null, id: { not: options.exceptUserId } };
  const brokers = await tx.user.findMany({
    where: { ...active, role: 'BROKER', organizationId: options.brokerageId, ...(options.responsibleBrokerId ? { id: { equals: options.responsibleBrokerId, not: options.exceptUserId } } : {}) },
    select: { id: true },
  });
  const underwriters = options.insurerId ? await tx.user.findMany({ where: { ...active, role: 'UNDERWRITER', organizationId: options.insurerId }, select: { id: true } }) : [];
  return [...brokers, ...underwriters].map((user) => user.id);
}

export const reportClaim = defineAction({
  id: 'claim.create',
  permission: 'claim.create',
  input: ZReportClaimInput,
  handler: async ({ user, input }) => {
    if (user.role !== 'CLIENT' && !input.clientCompanyId) throw new AppError('INVALID_INPUT', 'Choose a client.', { clientCompanyId: ['validation.chooseClient'] });
    const now = new Date();
    return getDb().$transaction(async (tx) => {
      // A client user always reports for their own company, whatever the form says.
      const client = await tx.clientCompany.findFirst({
        where: { AND: [user.role === 'CLIENT' ? {} : { id: input.clientCompanyId }, clientCompanyWhereForUser(user, 'claim.create')] },
        select: { id: true, brokerageId: true, responsibleBrokerId: true },
      });
      if (!client) throw new AppError('NOT_FOUND', 'Client not found', { clientCompanyId: ['validation.chooseClient'] });
      // The snapshot in force: the latest submitted before the incident was discovered.
      const snapshot = await tx.assessmentSnapshot.findFirst({
        where: { assessment: { clientCompanyId: client.id }, createdAt: { lte: input.discoveredAt } },
        orderBy: { createdAt: 'desc' },
        select: { id: true, assessmentId: true },
      });
      if (!snapshot) {
        throw new AppError('CONFLICT', 'No assessment had been submitted before the discovery time.', { '': ['claims.validation.noSnapshot'], discoveredAt: ['claims.validation.noSnapshot'] }, { reason: 'no_snapshot' });
      }
      const placement = await tx.placement.findUnique({ where: { assessmentId: snapshot.assessmentId }, select: { boundSubmission: { select: { id: true, insurerId: true } } } });
      const bound = placement?.boundSubmission ?? null;
      const reference = await nextClaimReference(tx, now);
      const claim = await tx.claim.create({
        data: {
          reference,
          clientCompanyId: client.id,
          brokerageId: client.brokerageId,
          assessmentId: snapshot.assessmentId,
          snapshotId: snapshot.id,
          submissionId: bound?.id ?? null,
          insurerId: bound?.insurerId ?? null,
          incidentType: input.incidentType,
          discoveredAt: input.discoveredAt,
          description: input.description,
          affectedServices: input.affectedServices,
          affectedData: input.affectedData,
          actionsTaken: input.actionsTaken,
          contacts: input.contacts as Prisma.InputJsonArray,
          personalDataAffected: input.personalDataAffected,
          nis2Entity: input.nis2Entity,
          reportedById: user.id,
          events: { create: { kind: 'status', data: { to: 'REPORTED' }, authorId: user.id } },
        },
        select: { id: true, reference: true },
      });
      const recipients = await listClaimRecipients(tx, { brokerageId: client.brokerageId, responsibleBrokerId: client.responsibleBrokerId, insurerId: bound?.insurerId ?? null, exceptUserId: user.id });
      if (recipients.length > 0) {
        await tx.notification.createMany({ data: recipients.map((userId) => ({ userId, kind: 'claim.reported', claimId: claim.id, data: { reference: claim.reference } })) });
      }
      await recordAuditEvent(tx, {
        actor: user,
        action: 'claim.create',
        entityType: 'Claim',
        entityId: claim.id,
        data: { reference: claim.reference, clientCompanyId: client.id, snapshotId: snapshot.id, submissionId: bound?.id ?? null, incidentType: input.incidentType, notified: recipients.length },
      });
      return claim;
    });
  },
});

/** The claim as the user may act on it, or 404. */
async function findClaimForAction(tx: Prisma.TransactionClient, user: TSessionUser, claimId: string, permission: 'claim.transition' | 'claim.update') {
  const claim = await tx.claim.findFirst({ where: { AND: [{ id: claimId }, claimWhereForUser(user, permission)] }, select: { id: true, status: true, version: true, snapshotId: true } });
  if (!claim) throw new AppError('NOT_FOUND', 'Claim not found');
  return claim;
}

export const transitionClaim = defineAction({
  id: 'claim.transition',
  permission: 'claim.transition',
  input: ZTransitionClaimInput,
  handler: async ({ user, input }) => {
    return getDb().$transaction(async (tx) => {
      const claim = await findClaimForAction(tx, user, input.claimId, 'claim.transition');
      if (!isAllowedClaimMove(claim.status, input.to)) {
        throw new AppError('CONFLICT', `A claim cannot move from ${claim.status} to ${input.to}.`, { to: ['claims.validation.illegalMove'] }, { reason: 'illegal_move', from: claim.status, to: input.to });
      }
      // The version guards against two people moving the same claim at once (the second is refused).
      const moved = await tx.claim.updateMany({ where: { id: claim.id, version: input.version, status: claim.status }, data: { status: input.to, version: { increment: 1 } } });
      if (moved.count === 0) throw new AppError('CONFLICT', 'The claim was changed meanwhile.', undefined, { reason: 'stale', status: claim.status, version: claim.version });
      await tx.claimEvent.create({ data: { claimId: claim.id, kind: 'status', data: { from: claim.status, to: input.to }, authorId: user.id } });
      await recordAuditEvent(tx, { actor: user, action: 'claim.transition', entityType: 'Claim', entityId: claim.id, data: { from: claim.status, to: input.to } });
      return { id: claim.id, status: input.to, version: claim.version + 1 };
    });
  },
});

/** The checklist items a claim has: the playbook steps and evidence items of its snapshot. */
async function listChecklistItemIds(tx: Prisma.TransactionClient, snapshotId: string): Promise<Set<string>> {
  const snapshot = await tx.assessmentSnapshot.findUniqueOrThrow({ where: { id: snapshotId }, select: { result: true } });
  const { claims } = snapshot.result as unknown as TFinalScoringResult;
  return new Set([...claims.playbook.steps.map((step) => `playbook:${step.id}`), ...claims.evidenceChecklist.map((item) => `evidence:${item.id}`)]);
}

export const tickClaimItem = defineAction({
  id: 'claim.tick',
  permission: 'claim.update',
  input: ZTickClaimItemInput,
  handler: async ({ user, input }) => {
    return getDb().$transaction(async (tx) => {
      const claim = await findClaimForAction(tx, user, input.claimId, 'claim.update');
      if (isFinalClaimStatus(claim.status)) throw new AppError('CONFLICT', 'The claim is closed.', undefined, { reason: 'claim_closed' });
      if (!(await listChecklistItemIds(tx, claim.snapshotId)).has(input.itemId)) throw new AppError('INVALID_INPUT', 'No such checklist item.', { itemId: ['validation.invalid'] });
      const key = { claimId_itemId: { claimId: claim.id, itemId: input.itemId } };
      const existing = await tx.claimChecklistItem.findUnique({ where: key, select: { itemId: true } });
      if (Boolean(existing) === input.done) return { id: claim.id, itemId: input.itemId, done: input.done, changed: false };
      if (input.done) await tx.claimChecklistItem.create({ data: { claimId: claim.id, itemId: input.itemId, doneById: user.id } });
      else await tx.claimChecklistItem.delete({ where: key });
      await tx.claimEvent.create({ data: { claimId: claim.id, kind: 'checklist', data: { itemId: input.itemId, done: input.done }, authorId: user.id } });
      await recordAuditEvent(tx, { actor: user, action: 'claim.tick', entityType: 'Claim', entityId: claim.id, data: { itemId: input.itemId, done: input.done } });
      return { id: claim.id, itemId: input.itemId, done: input.done, changed: true };
    });
  },
});

export const addClaimNote = defineAction({
  id: 'claim.note',
  permission: 'claim.update',
  input: ZAddClaimNoteInput,
  handler: async ({ user, input }) => {
    return getDb().$transaction(async (tx) => {
      const claim = await findClaimForAction(tx, user, input.claimId, 'claim.update');
      const event = await tx.claimEvent.create({ data: { claimId: claim.id, kind: 'note', body: input.body.trim(), authorId: user.id }, select: { id: true } });
      await recordAuditEvent(tx, { actor: user, action: 'claim.note', entityType: 'Claim', entityId: claim.id, data: { eventId: event.id } });
      return { id: claim.id, eventId: event.id };
    });
  },
});
