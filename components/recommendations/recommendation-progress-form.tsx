'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition, type FormEvent } from 'react';
import { trackRecommendationAction } from '@/app/(app)/assessments/actions';
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
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const idPrefix = `progress-${recommendationId}`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(async () => {
      setMessage(null);
      const result = await trackRecommendationAction({ assessmentId, recommendationId, state: data.get('state'), note: String(data.get('note') ?? '') });
      if (result.ok) {
        setMessage({ ok: true, text: t('recommendations.saved') });
        router.refresh();
        return;
      }
      const reason = Object.values(result.fieldErrors ?? {})[0]?.[0];
      setMessage({ ok: false, text: reason && t.has(reason) ? t(reason) : t(`errors.${result.code}`) });
    });
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
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'w-full text-xs text-emerald-800' : 'w-full text-xs font-medium text-red-700'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
