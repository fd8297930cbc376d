import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/config';
import { getMessages, pickMessages } from '@/lib/i18n/messages';

/** What the app shell's own client components (navigation, language switcher, sign-out, error page) read. */
export const SHELL_NAMESPACES = ['nav', 'locales', 'errors'] as const;

/**
 * Gives the client components below exactly the message namespaces they use (plus the shell's),
 * instead of every catalog (~100 KB with all question texts) on every page.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const locale = await getLocale();
  const messages = getMessages(isLocale(locale) ? locale : 'en');
  return <NextIntlClientProvider messages={pickMessages(messages, [...SHELL_NAMESPACES, ...namespaces])}>{children}</NextIntlClientProvider>;
}
