import { z } from 'zod';
import { defineAction, executeAction } from '../auth/action';
import type { TSessionUser } from '../auth/types';
import { getDb } from '../db/client';
import { fieldErrorsFromZod, type TActionResult } from '../errors';
import { LOCALES, type TLocale } from '../i18n/config';

const ZLocaleInput = z.object({ locale: z.enum(LOCALES, 'validation.invalid') });

export const updateLocale = defineAction({
  id: 'profile.updateLocale',
  permission: 'profile.updateLocale',
  input: ZLocaleInput,
  handler: async ({ user, input }) => {
    await getDb().user.update({ where: { id: user.id }, data: { locale: input.locale } });
    return { locale: input.locale };
  },
});

/**
 * Switching the language: public, because it can be done on the login page. The choice goes into a
 * cookie (set by the caller, which owns the response), and a signed-in user also keeps it on their
 * profile through updateLocale, under that action's own permission check.
 */
export async function chooseLocale(options: {
  user: TSessionUser | null;
  input: unknown;
  setCookie: (locale: TLocale) => Promise<void> | void;
}): Promise<TActionResult<{ locale: TLocale }>> {
  const parsed = ZLocaleInput.safeParse(options.input);
  if (!parsed.success) return { ok: false, code: 'INVALID_INPUT', message: 'Unsupported language', fieldErrors: fieldErrorsFromZod(parsed.error) };
  await options.setCookie(parsed.data.locale);
  if (options.user) return executeAction(updateLocale, options.user, parsed.data);
  return { ok: true, data: parsed.data };
}
