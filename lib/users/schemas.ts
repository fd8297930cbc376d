// Shared by the admin forms (react-hook-form + zodResolver) and the server actions. Messages are
// catalog keys under `validation.*`, translated where they are shown.
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../auth/password-policy';
import { ROLES } from '../auth/permissions';
import { zRecordId, zSingleLineText } from '../validation';

/** Length bounds only; the role's minimum and the blocklist are checked on the server (password-strength.ts). */
export const ZNewPassword = z.string('validation.required').min(1, 'validation.required').max(PASSWORD_MAX_LENGTH * 4, 'validation.passwordTooLong');

export const ZCreateUserInput = z.object({
  email: z.string().trim().toLowerCase().max(320, 'validation.tooLong').pipe(z.email('validation.emailInvalid')),
  name: zSingleLineText({ min: 2, max: 120, tooShort: 'validation.nameTooShort' }),
  role: z.enum(ROLES, 'validation.chooseRole'),
  organizationId: zRecordId('validation.chooseOrganization'),
});
export type TCreateUserInput = z.input<typeof ZCreateUserInput>;

export const ZUserIdInput = z.object({ userId: zRecordId() });
export type TUserIdInput = z.input<typeof ZUserIdInput>;

export const ZResetAccessInput = z.object({
  userId: zRecordId(),
  /** The user lost their authenticator and recovery codes: they enrol again after setting the password. */
  removeSecondFactor: z.boolean().default(false),
});
export type TResetAccessInput = z.input<typeof ZResetAccessInput>;

export const ZSetPasswordInput = z.object({
  token: z.string('security.setPassword.linkInvalid').min(1, 'security.setPassword.linkInvalid').max(100, 'security.setPassword.linkInvalid'),
  password: ZNewPassword,
});
export type TSetPasswordInput = z.input<typeof ZSetPasswordInput>;
