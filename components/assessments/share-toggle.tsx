'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { shareAssessmentAction } from '@/app/(app)/assessments/actions';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';

/** Gives the client company's users access to a draft, or takes it back. */
export function ShareToggle({ assessmentId, shared }: { assessmentId: string; shared: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const hydrated = useHydrated();
  const toggle = () =>
    startTransition(async () => {
      setError(null);
      const result = await shareAssessmentAction({ assessmentId, shared: !shared });
      if (result.ok) router.refresh();
      else setError(t(`errors.${result.code}`));
    });
  return (
    <div className="space-y-2">
      <Button variant={shared ? 'secondary' : 'primary'} onClick={toggle} disabled={pending || !hydrated} data-testid="share-toggle">
        {pending ? t('assessments.sharing') : shared ? t('assessments.unshare') : t('assessments.share')}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
