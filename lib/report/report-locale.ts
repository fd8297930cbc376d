// The report's language: `?lang=` when given, else the reader's as pages choose it (the language
// switcher's cookie, then the user's saved language, then Accept-Language: lib/i18n/config.ts).
import type { TSessionUser } from '../auth/types';
import { LOCALE_COOKIE, resolveLocale, type TLocale } from '../i18n/config';

export function reportLocaleFor(options: { lang: TLocale | undefined; user: Pick<TSessionUser, 'locale'>; request: Request }): TLocale {
  if (options.lang) return options.lang;
  const cookie = (options.request.headers.get('cookie') ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return resolveLocale({ cookie, userLocale: options.user.locale, acceptLanguage: options.request.headers.get('accept-language') });
}
