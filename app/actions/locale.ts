'use server';

import { cookies } from 'next/headers';
import { executeAction } from '@/lib/auth/action';
import { getSessionUser } from '@/lib/auth/session';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/config';
import { updateLocale } from '@/lib/profile/actions';
import type { TActionResult } from '@/lib/errors';

/** Public: the language can be switched before signing in. Signed-in users also keep it on their profile. */
export async function setLocaleAction(locale: unknown): Promise<TActionResult<{ locale: string }>> {
  if (!isLocale(locale)) return { ok: false, code: 'INVALID_INPUT', message: 'Unsupported language', fieldErrors: { locale: ['validation.invalid'] } };
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
  const user = await getSessionUser();
  if (user) return executeAction(updateLocale, user, { locale });
  return { ok: true, data: { locale } };
}
