'use client';

import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';

export function SignOutButton() {
  const t = useTranslations('nav');
  const hydrated = useHydrated();
  return (
    <Button variant="secondary" disabled={!hydrated} onClick={() => signOut({ callbackUrl: '/login' })}>
      {t('signOut')}
    </Button>
  );
}
