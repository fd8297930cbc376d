import { z } from 'zod';
import { zRecordId, zSingleLineText } from '../validation';

/** Lifetimes a user can choose; null: until revoked. */
export const TOKEN_LIFETIME_DAYS = [30, 90, 365] as const;
export const MAX_ACTIVE_TOKENS = 20;

export const ZCreateApiTokenInput = z.object({
  name: zSingleLineText({ min: 2, max: 80, tooShort: 'validation.tokenNameTooShort' }),
  expiresInDays: z.union([z.literal(30), z.literal(90), z.literal(365), z.null()], 'validation.invalid'),
});
export type TCreateApiTokenInput = z.input<typeof ZCreateApiTokenInput>;

export const ZRevokeApiTokenInput = z.object({ tokenId: zRecordId() });
