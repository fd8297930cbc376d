import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { SHELL_NAMESPACES } from '@/components/i18n/client-messages';
import { isLocale } from '@/lib/i18n/config';
import { getMessages, pickMessages } from '@/lib/i18n/messages';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return { title: { default: t('name'), template: `%s · ${t('name')}` }, description: t('tagline') };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        {/* Only the shell's texts: a page passes its client components their own namespaces (ClientMessages). */}
        <NextIntlClientProvider messages={pickMessages(getMessages(isLocale(locale) ? locale : 'en'), SHELL_NAMESPACES)}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
