'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { TProgress } from '@/lib/assessments/progress';
import type { TWizardQuestion, TWizardSection } from '@/lib/assessments/wizard-view';
import type { TActionResult } from '@/lib/errors';
import { Button } from '@/components/ui/button';

type TItem = { question: TWizardQuestion; section: TWizardSection };

type TProps = {
  sections: TWizardSection[];
  missing: TItem[];
  carriedOver: TItem[];
  conflicts: TItem[];
  /** Changes still on their way to the server, and changes the server refused (with the reason at the question). */
  waiting: TItem[];
  rejected: TItem[];
  isSaving: boolean;
  /** False until the page runs in the browser. */
  isReady: boolean;
  progress: TProgress;
  canSubmit: boolean;
  onGoTo: (sectionId: string, questionId: string) => void;
  onSubmit: () => Promise<TActionResult<unknown>>;
};

function ItemList({ title, items, onGoTo, testId }: { title: string; items: TItem[]; onGoTo: TProps['onGoTo']; testId: string }) {
  const t = useTranslations('wizard.review');
  if (items.length === 0) return null;
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={testId}>
      <h3 className="text-sm font-semibold text-slate-900">
        {title} ({items.length})
      </h3>
      <ul className="mt-2 divide-y divide-slate-100">
        {items.map(({ question, section }) => (
          <li key={question.id} className="flex items-start justify-between gap-4 py-2 text-sm">
            <span className="min-w-0 flex-1">
              <span className="block text-xs text-slate-500">{section.title}</span>
              {question.text}
            </span>
            <a
              href={`?step=${section.id}&focus=${question.id}`}
              onClick={(event) => {
                event.preventDefault();
                onGoTo(section.id, question.id);
              }}
              className="shrink-0 text-brand-700 hover:underline"
            >
              {t('goTo')}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ReviewStep({ missing, carriedOver, conflicts, waiting, rejected, isSaving, isReady, canSubmit, onGoTo, onSubmit }: TProps) {
  const t = useTranslations('wizard.review');
  const tAll = useTranslations();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const ready = missing.length === 0 && carriedOver.length === 0 && conflicts.length === 0 && rejected.length === 0 && !isSaving;

  const submit = async () => {
    setSubmitting(true);
    setFailure(null);
    const result = await onSubmit();
    if (!result.ok) {
      const reason = result.details?.reason;
      setFailure(reason === 'incomplete' ? t('incomplete') : reason === 'questionnaire_changed' ? t('upgraded') : tAll(`errors.${result.code}`));
      setSubmitting(false);
    }
  };

  return (
    <div className="space-y-4" data-testid="review-step">
      <p className="max-w-prose text-sm text-slate-700">{t('intro')}</p>
      {missing.length === 0 && <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">{t('noneMissing')}</p>}
      <ItemList title={t('missingTitle')} items={missing} onGoTo={onGoTo} testId="review-missing" />
      <ItemList title={t('carriedTitle')} items={carriedOver} onGoTo={onGoTo} testId="review-carried" />
      <ItemList title={t('conflictsTitle')} items={conflicts} onGoTo={onGoTo} testId="review-conflicts" />
      <ItemList title={t('rejectedTitle')} items={rejected} onGoTo={onGoTo} testId="review-rejected" />
      <ItemList title={t('waitingTitle')} items={waiting} onGoTo={onGoTo} testId="review-waiting" />
      {failure && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {t('failed')} {failure}
        </p>
      )}
      {canSubmit ? (
        <div className="space-y-2">
          <Button onClick={() => void submit()} disabled={!ready || submitting || !isReady} data-testid="submit-assessment">
            {submitting ? t('submitting') : t('submit')}
          </Button>
          {!ready && <p className="text-xs text-slate-600">{t('blocked')}</p>}
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t('brokerOnly')}</p>
      )}
    </div>
  );
}
