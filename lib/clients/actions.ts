// Action definitions for client companies (run by server actions and the REST API through
// executeAction). The brokerage and the responsible broker come from the session, never the input.
import 'server-only';
import { defineAction } from '../auth/action';
import { clientCompanyWhereForUser } from '../auth/policy';
import { recordAuditEvent } from '../audit/record-audit-event';
import { getDb } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { AppError } from '../errors';
import { ZCreateClientCompanyInput, ZUpdateClientCompanyInput } from './schemas';

/**
 * Fields that name a person. The audit log is append-only (the app cannot delete from it), so it
 * records that they changed, never their values: a person's erasure request can still be honoured.
 */
const PERSONAL_FIELDS = new Set(['contactName', 'contactEmail']);

function forAudit(fields: Record<string, unknown>): Prisma.InputJsonObject {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, PERSONAL_FIELDS.has(key) && value !== null ? '(personal data)' : value])) as Prisma.InputJsonObject;
}

export const createClientCompany = defineAction({
  id: 'clientCompany.create',
  permission: 'clientCompany.create',
  input: ZCreateClientCompanyInput,
  handler: async ({ user, input }) => {
    return getDb().$transaction(async (tx) => {
      // The company's own organisation: its users sign in there and see only this company.
      const organization = await tx.organization.create({ data: { kind: 'CLIENT_COMPANY', name: input.name, country: input.country }, select: { id: true } });
      const created = await tx.clientCompany.create({
        data: { ...input, organizationId: organization.id, brokerageId: user.organizationId, responsibleBrokerId: user.id },
        select: { id: true, name: true },
      });
      await recordAuditEvent(tx, { actor: user, action: 'clientCompany.create', entityType: 'ClientCompany', entityId: created.id, data: forAudit(input) });
      return created;
    });
  },
});

export const updateClientCompany = defineAction({
  id: 'clientCompany.update',
  permission: 'clientCompany.update',
  input: ZUpdateClientCompanyInput,
  handler: async ({ user, input }) => {
    return getDb().$transaction(async (tx) => {
      const before = await tx.clientCompany.findFirst({
        where: { AND: [{ id: input.clientCompanyId }, clientCompanyWhereForUser(user, 'clientCompany.update')] },
        select: { id: true, organizationId: true, name: true, industry: true, country: true, revenueBand: true, employeeCount: true, emailDomain: true, contactName: true, contactEmail: true },
      });
      if (!before) throw new AppError('NOT_FOUND', 'Client not found');
      const changes = Object.fromEntries(Object.entries(input.fields).filter(([key, value]) => value !== undefined && before[key as keyof typeof before] !== value));
      if (Object.keys(changes).length === 0) return { id: before.id, name: before.name, changed: [] as string[] };
      const updated = await tx.clientCompany.update({ where: { id: before.id }, data: changes, select: { id: true, name: true } });
      if (changes.name !== undefined || changes.country !== undefined) {
        await tx.organization.update({ where: { id: before.organizationId }, data: { name: updated.name, ...(changes.country ? { country: changes.country as string } : {}) } });
      }
      await recordAuditEvent(tx, {
        actor: user,
        action: 'clientCompany.update',
        entityType: 'ClientCompany',
        entityId: before.id,
        data: { before: forAudit(Object.fromEntries(Object.keys(changes).map((key) => [key, before[key as keyof typeof before]]))), after: forAudit(changes) },
      });
      return { ...updated, changed: Object.keys(changes) };
    });
  },
});
