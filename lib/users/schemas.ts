// Shared by the admin forms (react-hook-form + zodResolver) and the server actions. Messages are
// catalog keys under `validation.*`, translated where they are shown.
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/password-policy';
import { ROLES } from '../auth/permissions';

export const ZPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, 'validation.passwordTooShort')
  .max(PASSWORD_MAX_LENGTH, 'validation.passwordTooLong');

export const ZCreateUserInput = z.object({
  email: z.string().trim().toLowerCase().max(320, 'validation.tooLong').pipe(z.email('validation.emailInvalid')),
  name: z.string().trim().min(2, 'validation.nameTooShort').max(120, 'validation.tooLong'),
  role: z.enum(ROLES, 'validation.chooseRole'),
  organizationId: z.string('validation.chooseOrganization').min(1, 'validation.chooseOrganization').max(64, 'validation.tooLong'),
  password: ZPassword,
});
export type TCreateUserInput = z.input<typeof ZCreateUserInput>;

export const ZResetPasswordInput = z.object({
  userId: z.string().min(1, 'validation.required').max(64, 'validation.tooLong'),
  password: ZPassword,
});
export type TResetPasswordInput = z.input<typeof ZResetPasswordInput>;
