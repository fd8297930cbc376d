// next-intl request configuration (no locale in the URL): the NEXT_LOCALE cookie set by the
// language switcher wins, otherwise the browser's Accept-Language decides.
import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, resolveLocale, TIME_ZONE } from './config';
import { FORMATS } from './formats';
import { getMessages } from './messages';

export default getRequestConfig(async () => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale({
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerStore.get('accept-language'),
  });
  return { locale, messages: getMessages(locale), timeZone: TIME_ZONE, formats: FORMATS };
});
