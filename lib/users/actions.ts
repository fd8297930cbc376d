import { defineAction } from '../auth/action';
import { hashPassword } from '../auth/password';
import { organizationWhereForUser, userWhereForUser } from '../auth/policy';
import { recordAuditEvent } from '../audit/record-audit-event';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import { ORGANIZATION_KIND_FOR_ROLE } from './role-organization';
import { ZCreateUserInput, ZResetPasswordInput } from './schemas';

export const createUser = defineAction({
  id: 'user.create',
  permission: 'user.create',
  input: ZCreateUserInput,
  handler: async ({ user: actor, input }) => {
    const db = getDb();
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
    const passwordHash = await hashPassword(input.password);
    return db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, organizationId: input.organizationId, passwordHash },
        select: { id: true, email: true },
      });
      await recordAuditEvent(tx, {
        actor,
        action: 'user.create',
        entityType: 'User',
        entityId: created.id,
        data: { email: created.email, role: input.role, organizationId: input.organizationId },
      });
      return created;
    });
  },
});

export const resetPassword = defineAction({
  id: 'user.resetPassword',
  permission: 'user.resetPassword',
  input: ZResetPasswordInput,
  handler: async ({ user: actor, input }) => {
    const db = getDb();
    const target = await db.user.findFirst({ where: { AND: [{ id: input.userId }, userWhereForUser(actor, 'user.resetPassword')] }, select: { id: true } });
    if (!target) throw new AppError('NOT_FOUND', 'User not found');
    const passwordHash = await hashPassword(input.password);
    await db.$transaction(async (tx) => {
      // Bumping the session version signs the user out everywhere (lib/auth/session.ts).
      await tx.user.update({ where: { id: target.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
      await recordAuditEvent(tx, { actor, action: 'user.resetPassword', entityType: 'User', entityId: target.id });
    });
    return { userId: target.id };
  },
});
