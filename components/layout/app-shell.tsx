import Link from 'next/link';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Bell, KeyRound } from 'lucide-react';
import { SignOutButton } from '@/components/auth/sign-out-button';
import type { TSessionUser } from '@/lib/auth/types';
import { mayOpenPage, navigationForRole } from '@/lib/navigation';
import { LanguageSwitcher } from './language-switcher';
import { MainNav } from './main-nav';

/** `unread`: the user's unread notifications, null for roles without notifications. */
export async function AppShell({ user, unread, children }: { user: TSessionUser; unread: number | null; children: ReactNode }) {
  const t = await getTranslations();
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t('app.skipToContent')}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <div className="flex flex-wrap items-center gap-6">
            <Link href="/dashboard" className="flex items-center gap-2 text-lg font-semibold text-brand-800">
              <span aria-hidden="true" className="inline-flex h-7 w-7 items-center justify-center rounded-md bg-brand-700 text-sm text-white">
                S
              </span>
              {t('app.name')}
            </Link>
            <MainNav items={navigationForRole(user.role)} />
          </div>
          <div className="flex flex-wrap items-center gap-4">
            <LanguageSwitcher />
            {unread !== null && (
              <Link
                href="/notifications"
                className="relative inline-flex items-center gap-1 rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-100"
                aria-label={t('nav.notificationsCount', { count: unread })}
                data-testid="notification-bell"
                data-unread={unread}
              >
                <Bell aria-hidden="true" className="h-4 w-4" />
                {unread > 0 && <span className="rounded-full bg-brand-700 px-1.5 text-xs font-semibold text-white tabular-nums">{unread}</span>}
              </Link>
            )}
            <div className="text-right text-sm leading-tight" data-testid="current-user">
              <p className="font-medium text-slate-900">
                <Link href="/profile" className="hover:underline" title={t('nav.profile')}>
                  {t('nav.signedInAs', { name: user.name })}
                </Link>
              </p>
              <p className="text-slate-500">
                {t(`roles.${user.role}`)} · {user.organizationName}
              </p>
              {mayOpenPage(user.role, '/profile/api-tokens') && (
                <Link href="/profile/api-tokens" className="inline-flex items-center gap-1 text-xs text-slate-500 hover:text-brand-700 hover:underline">
                  <KeyRound aria-hidden="true" className="h-3 w-3" />
                  {t('nav.apiTokens')}
                </Link>
              )}
            </div>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 sm:px-6">
        {children}
      </main>
    </div>
  );
}
