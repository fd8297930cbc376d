import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../auth/password-policy';
import { ZNewPassword } from '../users/schemas';

export const ZChangePasswordInput = z.object({
  currentPassword: z.string('validation.required').min(1, 'validation.required').max(PASSWORD_MAX_LENGTH * 4, 'validation.tooLong'),
  newPassword: ZNewPassword,
});
export type TChangePasswordInput = z.input<typeof ZChangePasswordInput>;

export const ZCodeInput = z.object({ code: z.string('validation.required').trim().min(1, 'validation.required').max(32, 'validation.tooLong') });
export type TCodeInput = z.input<typeof ZCodeInput>;

export const ZReauthenticateInput = z.object({
  password: z.string('validation.required').min(1, 'validation.required').max(PASSWORD_MAX_LENGTH * 4, 'validation.tooLong'),
  /** Required when the user has a second factor. */
  code: z.string().trim().max(32, 'validation.tooLong').optional(),
});
export type TReauthenticateInput = z.input<typeof ZReauthenticateInput>;

export const ZNoInput = z.object({}).strict();
