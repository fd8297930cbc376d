// Shared by the admin forms (react-hook-form + zodResolver) and the server actions. Messages are
// catalog keys under `validation.*`, translated where they are shown.
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/password-policy';
import { ROLES } from '../auth/permissions';
import { zRecordId, zSingleLineText } from '../validation';

export const ZPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, 'validation.passwordTooShort')
  .max(PASSWORD_MAX_LENGTH, 'validation.passwordTooLong');

export const ZCreateUserInput = z.object({
  email: z.string().trim().toLowerCase().max(320, 'validation.tooLong').pipe(z.email('validation.emailInvalid')),
  name: zSingleLineText({ min: 2, max: 120, tooShort: 'validation.nameTooShort' }),
  role: z.enum(ROLES, 'validation.chooseRole'),
  organizationId: zRecordId('validation.chooseOrganization'),
  password: ZPassword,
});
export type TCreateUserInput = z.input<typeof ZCreateUserInput>;

export const ZResetPasswordInput = z.object({
  userId: zRecordId(),
  password: ZPassword,
});
export type TResetPasswordInput = z.input<typeof ZResetPasswordInput>;
