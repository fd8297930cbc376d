import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { EnrolmentKeyView } from '@/components/auth/enrolment-key';
import { LoginForm } from '@/components/auth/login-form';
import { SecondFactorForm } from '@/components/auth/second-factor-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { LanguageSwitcher } from '@/components/layout/language-switcher';
import { safeCallbackUrl } from '@/lib/auth/safe-callback-url';
import { startTotpEnrolment } from '@/lib/auth/second-factor';
import { getPendingSignIn, getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('login');
  return { title: t('title') };
}

/** What the sign-in forms (client components) read. */
const SIGN_IN_NAMESPACES = ['login', 'validation', 'security.login'];

// GET /login — public. Step 1: email and password. Step 2 for accounts with a second factor: the
// code; for admins and underwriters without one yet: enrolment (QR code), finished by the first code.
export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  const t = await getTranslations();
  const pending = await getPendingSignIn();
  const error = typeof params.error === 'string' ? params.error : undefined;

  if (pending?.stage === 'second_factor') {
    return (
      <LoginFrame title={t('security.login.secondFactorTitle')} subtitle={t('security.login.secondFactorIntro')} tagline={t('app.tagline')}>
        <ClientMessages namespaces={SIGN_IN_NAMESPACES}>
          <SecondFactorForm callbackUrl={callbackUrl} submitLabel={t('security.login.verify')} />
        </ClientMessages>
      </LoginFrame>
    );
  }
  if (pending?.stage === 'enrol') {
    const user = await getDb().user.findUniqueOrThrow({ where: { id: pending.userId }, select: { email: true } });
    const enrolment = await startTotpEnrolment({ db: getDb(), userId: pending.userId, email: user.email });
    return (
      <LoginFrame title={t('security.login.enrolTitle')} subtitle={t('security.login.enrolIntro')} tagline={t('app.tagline')} wide>
        <div className="mb-5 space-y-3 text-center">
          <EnrolmentKeyView qrSvg={enrolment.qrSvg} secret={enrolment.secret} centered labels={{ qrAlt: t('security.login.qrAlt'), manual: t('security.login.enrolManual') }} />
          <p className="text-xs text-slate-500">{t('security.login.enrolNote')}</p>
        </div>
        <ClientMessages namespaces={SIGN_IN_NAMESPACES}>
          <SecondFactorForm callbackUrl="/profile?enrolled=1" submitLabel={t('security.login.enrolSubmit')} />
        </ClientMessages>
      </LoginFrame>
    );
  }
  return (
    <LoginFrame title={t('login.title')} subtitle={t('login.subtitle')} tagline={t('app.tagline')}>
      <ClientMessages namespaces={SIGN_IN_NAMESPACES}>
        <LoginForm callbackUrl={callbackUrl} initialError={error} />
      </ClientMessages>
    </LoginFrame>
  );
}

function LoginFrame({ title, subtitle, tagline, wide, children }: { title: string; subtitle: string; tagline: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-brand-50 to-slate-50 px-4 py-10">
      <div className="absolute right-4 top-4">
        <LanguageSwitcher />
      </div>
      <main id="main" className={wide ? 'w-full max-w-md' : 'w-full max-w-sm'}>
        <div className="mb-8 text-center">
          <span aria-hidden="true" className="mx-auto mb-3 inline-flex h-12 w-12 items-center justify-center rounded-xl bg-brand-700 text-xl font-semibold text-white">
            S
          </span>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
          <p className="mt-1 text-sm text-slate-600">{subtitle}</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
        <p className="mt-6 text-center text-xs text-slate-500">{tagline}</p>
      </main>
    </div>
  );
}
