'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { upgradeAssessmentAction } from '@/app/(app)/assessments/actions';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';

/** Moves a draft to the current questionnaire version. */
export function UpgradeButton({ assessmentId }: { assessmentId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const hydrated = useHydrated();
  const upgrade = () =>
    startTransition(async () => {
      setError(null);
      const result = await upgradeAssessmentAction({ assessmentId });
      if (result.ok) router.refresh();
      else setError(t(`errors.${result.code}`));
    });
  return (
    <div className="space-y-2">
      <Button onClick={upgrade} disabled={pending || !hydrated} data-testid="upgrade-questionnaire">
        {pending ? t('assessments.upgrading') : t('assessments.upgrade')}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
