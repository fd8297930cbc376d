'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { trackRecommendationAction } from '@/app/(app)/assessments/actions';
import { useActionSubmit } from '@/components/forms/use-action-submit';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/field';
import { useHydrated } from '@/components/ui/use-hydrated';
import { RECOMMENDATION_STATES } from '@/lib/recommendations/schemas';

/** Marks one recommendation as planned or done, with a note for the broker. */
export function RecommendationProgressForm({
  assessmentId,
  recommendationId,
  title,
  state,
  note,
}: {
  assessmentId: string;
  recommendationId: string;
  title: string;
  state: 'PLANNED' | 'DONE' | null;
  note: string | null;
}) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const { run, pending, fieldError, formError } = useActionSubmit();
  const [saved, setSaved] = useState(false);
  const error = fieldError('state') ?? fieldError('note') ?? formError;
  const idPrefix = `progress-${recommendationId}`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setSaved(false);
    void run(() => trackRecommendationAction({ assessmentId, recommendationId, state: data.get('state'), note: String(data.get('note') ?? '') }), () => setSaved(true));
  };

  return (
    <form method="post" onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" data-testid={`progress-form-${recommendationId}`} aria-label={title}>
      <div>
        <label htmlFor={`${idPrefix}-state`} className="block text-xs font-medium text-slate-700">
          {t('recommendations.state')}
        </label>
        <Select id={`${idPrefix}-state`} name="state" defaultValue={state ?? ''} className="w-36">
          <option value="" disabled>
            {t('recommendations.states.OPEN')}
          </option>
          {RECOMMENDATION_STATES.map((option) => (
            <option key={option} value={option}>
              {t(`recommendations.states.${option}`)}
            </option>
          ))}
        </Select>
      </div>
      <div className="min-w-48 flex-1">
        <label htmlFor={`${idPrefix}-note`} className="block text-xs font-medium text-slate-700">
          {t('recommendations.note')}
        </label>
        <Input id={`${idPrefix}-note`} name="note" defaultValue={note ?? ''} maxLength={1000} />
      </div>
      <Button type="submit" variant="secondary" disabled={pending || !hydrated}>
        {pending ? t('recommendations.saving') : t('recommendations.save')}
      </Button>
      {error ? (
        <p role="alert" className="w-full text-xs font-medium text-red-700">
          {error}
        </p>
      ) : (
        saved && (
          <p role="status" className="w-full text-xs text-emerald-800">
            {t('recommendations.saved')}
          </p>
        )
      )}
    </form>
  );
}
