import 'server-only';
import { defineAction } from '../auth/action';
import { apiTokenWhereForUser } from '../auth/policy';
import { recordAuditEvent } from '../audit/record-audit-event';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import { MAX_ACTIVE_TOKENS, ZCreateApiTokenInput, ZRevokeApiTokenInput } from './schemas';
import { generateApiToken } from './token';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Returns the token itself exactly once: afterwards only its hash exists. */
export const createApiToken = defineAction({
  id: 'apiToken.create',
  permission: 'apiToken.manage',
  // A token acts as its owner without a second factor for up to a year: whoever finds an unlocked
  // session must not be able to mint one (ASVS 2.x: re-authenticate before creating credentials).
  requiresRecentAuthentication: true,
  input: ZCreateApiTokenInput,
  handler: async ({ user, input }) => {
    const now = new Date();
    return getDb().$transaction(async (tx) => {
      const active = await tx.apiToken.count({
        where: { AND: [apiTokenWhereForUser(user, 'apiToken.manage'), { revokedAt: null }, { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] }] },
      });
      if (active >= MAX_ACTIVE_TOKENS) throw new AppError('CONFLICT', 'Too many active tokens.', { name: ['validation.tooManyTokens'] });
      const { token, tokenHash, prefix } = generateApiToken();
      // The token lives as long as the user's current sessions (lib/api-tokens/queries.ts).
      const { sessionVersion } = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
      const created = await tx.apiToken.create({
        data: { userId: user.id, name: input.name, tokenHash, prefix, sessionVersion, expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * DAY_MS) : null },
        select: { id: true, name: true, prefix: true, expiresAt: true, createdAt: true },
      });
      await recordAuditEvent(tx, { actor: user, action: 'apiToken.create', entityType: 'ApiToken', entityId: created.id, data: { name: created.name, prefix, expiresAt: created.expiresAt?.toISOString() ?? null } });
      return { ...created, token };
    });
  },
});

export const revokeApiToken = defineAction({
  id: 'apiToken.revoke',
  permission: 'apiToken.manage',
  input: ZRevokeApiTokenInput,
  handler: async ({ user, input }) => {
    return getDb().$transaction(async (tx) => {
      const token = await tx.apiToken.findFirst({ where: { AND: [{ id: input.tokenId }, apiTokenWhereForUser(user, 'apiToken.manage')] }, select: { id: true, revokedAt: true } });
      if (!token) throw new AppError('NOT_FOUND', 'Token not found');
      if (token.revokedAt) return { id: token.id, revokedAt: token.revokedAt };
      const revoked = await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() }, select: { id: true, revokedAt: true } });
      await recordAuditEvent(tx, { actor: user, action: 'apiToken.revoke', entityType: 'ApiToken', entityId: token.id });
      return revoked;
    });
  },
});
