'use server';

import { cookies } from 'next/headers';
import { getSessionUser } from '@/lib/auth/session';
import { isHttpsDeployment } from '@/lib/env';
import { LOCALE_COOKIE } from '@/lib/i18n/config';
import { chooseLocale } from '@/lib/profile/actions';

/** Public: the language can be switched before signing in (lib/profile/actions.ts, chooseLocale). */
export async function setLocaleAction(input: unknown) {
  const jar = await cookies();
  return chooseLocale({
    user: await getSessionUser(),
    input,
    setCookie: (locale) => {
      jar.set(LOCALE_COOKIE, locale, { path: '/', sameSite: 'lax', secure: isHttpsDeployment(), maxAge: 60 * 60 * 24 * 365 });
    },
  });
}
