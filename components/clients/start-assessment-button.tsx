'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createAssessmentAction } from '@/app/(app)/assessments/actions';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';

/**
 * Starts a new assessment or a reassessment of the client and opens its questionnaire. If somebody
 * started a draft meanwhile (the action refuses a second one), that draft opens instead.
 */
export function StartAssessmentButton({
  clientCompanyId,
  kind,
  labels,
}: {
  clientCompanyId: string;
  kind: 'new' | 'reassessment';
  labels: { start: string; starting: string; failed: string };
}) {
  const hydrated = useHydrated();
  const router = useRouter();
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setIsBusy(true);
    setError(null);
    const result = await createAssessmentAction({ clientCompanyId, kind });
    const assessmentId = result.ok ? result.data.id : result.details?.reason === 'draft_exists' ? (result.details.assessmentId as string) : null;
    if (assessmentId) {
      router.push(`/assessments/${assessmentId}/questionnaire`);
      return;
    }
    setIsBusy(false);
    setError(labels.failed);
    // The page is out of date (a draft was submitted, an assessment archived): show what is true now.
    router.refresh();
  }

  return (
    <div className="flex flex-col items-end gap-1">
      <Button onClick={start} disabled={isBusy || !hydrated}>
        {isBusy ? labels.starting : labels.start}
      </Button>
      {error && (
        <p role="alert" className="max-w-xs text-right text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
