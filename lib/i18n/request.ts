// next-intl request configuration (no locale in the URL): the NEXT_LOCALE cookie set by the
// language switcher wins, then the signed-in user's saved language, then Accept-Language.
import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { getSessionUser } from '../auth/session';
import { isLocale, LOCALE_COOKIE, resolveLocale, TIME_ZONE } from './config';
import { FORMATS } from './formats';
import { getMessages } from './messages';

export default getRequestConfig(async () => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const cookie = cookieStore.get(LOCALE_COOKIE)?.value;
  const locale = resolveLocale({
    cookie,
    // Only looked up when this browser has made no choice (the session is cached per request anyway).
    userLocale: isLocale(cookie) ? null : (await getSessionUser())?.locale,
    acceptLanguage: headerStore.get('accept-language'),
  });
  return { locale, messages: getMessages(locale), timeZone: TIME_ZONE, formats: FORMATS };
});
