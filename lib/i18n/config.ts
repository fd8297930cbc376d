// Locales Signet speaks, and how one is chosen for a request. Pure: used by the request config,
// the language switcher, and tests.
export const LOCALES = ['en', 'de'] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = 'en';
export const LOCALE_COOKIE = 'NEXT_LOCALE';
/** Amounts, dates and times are shown for the DACH market's clock unless the user says otherwise. */
export const TIME_ZONE = 'Europe/Berlin';

export function isLocale(value: unknown): value is TLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the best supported locale from an Accept-Language header ("de-AT,de;q=0.9,en;q=0.8"),
 * honouring q-values and matching on the primary subtag, falling back to English.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): TLocale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { primary: tag.trim().toLowerCase().split('-')[0] ?? '', weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.map((entry) => entry.primary).find(isLocale) ?? DEFAULT_LOCALE;
}

/** The choice on this browser (cookie) beats the signed-in user's saved language, which beats the browser's preference. */
export function resolveLocale(input: { cookie?: string | null; userLocale?: string | null; acceptLanguage?: string | null }): TLocale {
  if (isLocale(input.cookie)) return input.cookie;
  if (isLocale(input.userLocale)) return input.userLocale;
  return negotiateLocale(input.acceptLanguage);
}
