// Admin user management. Every action here needs a sign-in or re-authentication within the last
// 5 minutes, writes its change, its audit row and its security event in one transaction, and —
// where the user's access changes — moves the session version, so every session ends at its next
// request on every instance. Admins never set or see passwords: they hand out set-password links.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { defineAction } from '../auth/action';
import { hashPassword } from '../auth/password';
import { can, organizationWhereForUser, userWhereForUser } from '../auth/policy';
import { removeSecondFactor } from '../auth/second-factor';
import { unblockAccount } from '../auth/throttle';
import type { TSessionUser } from '../auth/types';
import { endUserSessions } from '../auth/user-session';
import { recordAuditEvent } from '../audit/record-audit-event';
import { getDb } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { getEnv } from '../env';
import { AppError } from '../errors';
import { recordSecurityEvent } from '../security-events/record-security-event';
import { getRequestContext } from '../security-events/request-context';
import type { TSecurityEventType } from '../security-events/types';
import { ORGANIZATION_KIND_FOR_ROLE } from './role-organization';
import { ZCreateUserInput, ZResetAccessInput, ZUserIdInput } from './schemas';
import { issueSetPasswordLink, setPasswordPath } from './set-password-links';

/** A hash of 32 random bytes nobody knows: the account has no usable password until the link is used. */
async function unusablePasswordHash(): Promise<string> {
  return hashPassword(randomBytes(32).toString('base64'));
}

function absoluteLink(token: string): string {
  return `${getEnv().NEXTAUTH_URL ?? ''}${setPasswordPath(token)}`;
}

async function findTarget(actor: TSessionUser, userId: string, permission: Parameters<typeof userWhereForUser>[1]) {
  const target = await getDb().user.findFirst({
    where: { AND: [{ id: userId }, userWhereForUser(actor, permission)] },
    select: { id: true, email: true, role: true, organizationId: true, deactivatedAt: true },
  });
  if (!target) throw new AppError('NOT_FOUND', 'User not found');
  return target;
}

async function logAdminEvent(tx: Prisma.TransactionClient, actor: TSessionUser, type: TSecurityEventType, targetUserId: string, data?: Record<string, string | number | boolean | null>) {
  await recordSecurityEvent({ db: tx, type, user: actor, targetUserId, context: await getRequestContext(), data });
}

export const createUser = defineAction({
  id: 'user.create',
  permission: 'user.create',
  requiresRecentAuthentication: true,
  input: ZCreateUserInput,
  handler: async ({ user: actor, input }) => {
    const db = getDb();
    if (input.role === 'ADMIN' && !can(actor, 'user.createAdmin')) throw new AppError('FORBIDDEN', 'Creating an admin needs its own permission.');
    const organization = await db.organization.findFirst({ where: { AND: [{ id: input.organizationId }, organizationWhereForUser(actor, 'user.create')] }, select: { kind: true } });
    if (!organization) throw new AppError('INVALID_INPUT', 'Unknown organisation', { organizationId: ['validation.organizationUnknown'] });
    if (organization.kind !== ORGANIZATION_KIND_FOR_ROLE[input.role]) {
      throw new AppError('INVALID_INPUT', 'Role and organisation do not match', {
        organizationId: ['validation.roleOrganizationMismatch'],
      });
    }
    if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError('CONFLICT', 'A user with this email exists', { email: ['validation.emailTaken'] });
    }
    const passwordHash = await unusablePasswordHash();
    return db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, organizationId: input.organizationId, passwordHash },
        select: { id: true, email: true },
      });
      const link = await issueSetPasswordLink({ db: tx, userId: created.id, purpose: 'new_account', createdById: actor.id });
      await recordAuditEvent(tx, {
        actor,
        action: 'user.create',
        entityType: 'User',
        entityId: created.id,
        data: { email: created.email, role: input.role, organizationId: input.organizationId },
      });
      await logAdminEvent(tx, actor, 'admin.user_created', created.id, { role: input.role });
      await logAdminEvent(tx, actor, 'password.link_issued', created.id, { purpose: 'new_account' });
      return { ...created, link: absoluteLink(link.token), expiresAt: link.expiresAt.toISOString() };
    });
  },
});

export const resetAccess = defineAction({
  id: 'user.resetAccess',
  permission: 'user.resetAccess',
  requiresRecentAuthentication: true,
  input: ZResetAccessInput,
  handler: async ({ user: actor, input }) => {
    const target = await findTarget(actor, input.userId, 'user.resetAccess');
    const passwordHash = await unusablePasswordHash();
    return getDb().$transaction(async (tx) => {
      // The old password stops working now; every session ends (session version).
      await tx.user.update({ where: { id: target.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
      await endUserSessions({ db: tx, userId: target.id, reason: 'admin' });
      if (input.removeSecondFactor) await removeSecondFactor({ db: tx, userId: target.id });
      const link = await issueSetPasswordLink({ db: tx, userId: target.id, purpose: 'reset', createdById: actor.id });
      await recordAuditEvent(tx, { actor, action: 'user.resetAccess', entityType: 'User', entityId: target.id, data: { removeSecondFactor: input.removeSecondFactor } });
      await logAdminEvent(tx, actor, 'password.link_issued', target.id, { purpose: 'reset', removeSecondFactor: input.removeSecondFactor });
      if (input.removeSecondFactor) await logAdminEvent(tx, actor, 'auth.second_factor.removed', target.id);
      return { userId: target.id, email: target.email, link: absoluteLink(link.token), expiresAt: link.expiresAt.toISOString() };
    });
  },
});

export const deactivateUser = defineAction({
  id: 'user.deactivate',
  permission: 'user.deactivate',
  requiresRecentAuthentication: true,
  input: ZUserIdInput,
  handler: async ({ user: actor, input }) => {
    if (input.userId === actor.id) throw new AppError('INVALID_INPUT', 'You cannot deactivate yourself', { userId: ['security.admin.cannotDeactivateSelf'] });
    const target = await findTarget(actor, input.userId, 'user.deactivate');
    return getDb().$transaction(async (tx) => {
      await tx.user.update({ where: { id: target.id }, data: { deactivatedAt: new Date(), sessionVersion: { increment: 1 } } });
      await endUserSessions({ db: tx, userId: target.id, reason: 'deactivated' });
      await recordAuditEvent(tx, { actor, action: 'user.deactivate', entityType: 'User', entityId: target.id });
      await logAdminEvent(tx, actor, 'admin.user_deactivated', target.id);
      return { userId: target.id };
    });
  },
});

export const reactivateUser = defineAction({
  id: 'user.reactivate',
  permission: 'user.deactivate',
  requiresRecentAuthentication: true,
  input: ZUserIdInput,
  handler: async ({ user: actor, input }) => {
    const target = await findTarget(actor, input.userId, 'user.deactivate');
    return getDb().$transaction(async (tx) => {
      await tx.user.update({ where: { id: target.id }, data: { deactivatedAt: null } });
      await recordAuditEvent(tx, { actor, action: 'user.reactivate', entityType: 'User', entityId: target.id });
      await logAdminEvent(tx, actor, 'admin.user_reactivated', target.id);
      return { userId: target.id };
    });
  },
});

export const endSessionsOfUser = defineAction({
  id: 'user.endSessions',
  permission: 'user.endSessions',
  requiresRecentAuthentication: true,
  input: ZUserIdInput,
  handler: async ({ user: actor, input }) => {
    const target = await findTarget(actor, input.userId, 'user.endSessions');
    return getDb().$transaction(async (tx) => {
      await tx.user.update({ where: { id: target.id }, data: { sessionVersion: { increment: 1 } } });
      const ended = await endUserSessions({ db: tx, userId: target.id, reason: 'admin' });
      await recordAuditEvent(tx, { actor, action: 'user.endSessions', entityType: 'User', entityId: target.id, data: { ended } });
      await logAdminEvent(tx, actor, 'admin.sessions_ended', target.id, { ended });
      return { userId: target.id, ended };
    });
  },
});

export const unblockUser = defineAction({
  id: 'user.unblock',
  permission: 'user.unblock',
  requiresRecentAuthentication: true,
  input: ZUserIdInput,
  handler: async ({ user: actor, input }) => {
    const target = await findTarget(actor, input.userId, 'user.unblock');
    return getDb().$transaction(async (tx) => {
      await unblockAccount({ db: tx, email: target.email });
      await recordAuditEvent(tx, { actor, action: 'user.unblock', entityType: 'User', entityId: target.id });
      await logAdminEvent(tx, actor, 'admin.account_unblocked', target.id);
      return { userId: target.id };
    });
  },
});
