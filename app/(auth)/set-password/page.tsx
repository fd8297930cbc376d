import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SetPasswordForm } from '@/components/auth/set-password-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { LanguageSwitcher } from '@/components/layout/language-switcher';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('security.setPassword');
  return { title: t('title') };
}

// GET /set-password#token=… — public: the one-time link an admin issued (new account or reset access).
export default async function SetPasswordPage() {
  const t = await getTranslations();
  return (
    <div className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-brand-50 to-slate-50 px-4">
      <div className="absolute right-4 top-4">
        <LanguageSwitcher />
      </div>
      <main id="main" className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t('security.setPassword.title')}</h1>
          <p className="mt-1 text-sm text-slate-600">{t('security.setPassword.intro')}</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <ClientMessages namespaces={['security.setPassword', 'security.password', 'validation']}>
            <SetPasswordForm rules={t('security.password.rules', { min: PASSWORD_MIN_LENGTH })} />
          </ClientMessages>
        </div>
      </main>
    </div>
  );
}
