'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { setLocaleAction } from '@/app/actions/locale';
import { LOCALES } from '@/lib/i18n/config';

export function LanguageSwitcher() {
  const t = useTranslations('nav');
  const tLocales = useTranslations('locales');
  const locale = useLocale();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();

  return (
    <label className="flex items-center gap-2 text-sm text-slate-600">
      <span className="sr-only sm:not-sr-only">{t('language')}</span>
      <select
        value={locale}
        // aria-busy rather than disabled: disabling the focused control would drop keyboard focus.
        aria-busy={isPending}
        onChange={(event) => {
          const next = event.target.value;
          startTransition(async () => {
            await setLocaleAction({ locale: next });
            router.refresh();
          });
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        data-testid="language-switcher"
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {tLocales(code)}
          </option>
        ))}
      </select>
    </label>
  );
}
