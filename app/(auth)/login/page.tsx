import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LoginForm } from '@/components/auth/login-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { LanguageSwitcher } from '@/components/layout/language-switcher';
import { getSessionUser } from '@/lib/auth/session';
import { safeCallbackUrl } from '@/lib/auth/safe-callback-url';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('login');
  return { title: t('title') };
}

// GET /login — the only public page.
export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  const t = await getTranslations();
  return (
    <div className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-brand-50 to-slate-50 px-4">
      <div className="absolute right-4 top-4">
        <LanguageSwitcher />
      </div>
      <main id="main" className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <span aria-hidden="true" className="mx-auto mb-3 inline-flex h-12 w-12 items-center justify-center rounded-xl bg-brand-700 text-xl font-semibold text-white">
            S
          </span>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t('login.title')}</h1>
          <p className="mt-1 text-sm text-slate-600">{t('login.subtitle')}</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <ClientMessages namespaces={['login', 'validation']}>
            <LoginForm callbackUrl={callbackUrl} initialError={typeof params.error === 'string' ? params.error : undefined} />
          </ClientMessages>
        </div>
        <p className="mt-6 text-center text-xs text-slate-500">{t('app.tagline')}</p>
      </main>
    </div>
  );
}
