'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { StatusPage } from '@/components/layout/status-page';
import { Button } from '@/components/ui/button';

// Unexpected errors: a generic message and the digest that matches the server log, never a stack trace.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <StatusPage code="500" title={t('errorTitle')} text={t('errorText', { digest: error.digest ?? '—' })} homeLabel={t('backHome')}>
      <Button variant="secondary" onClick={reset}>
        {t('retry')}
      </Button>
    </StatusPage>
  );
}
