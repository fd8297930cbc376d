'use client';

import { useTranslations } from 'next-intl';
import type { TProgress } from '@/lib/assessments/progress';
import { REVIEW_STEP, type TWizardSection } from '@/lib/assessments/wizard-view';
import { cn } from '@/lib/cn';


/** One step per section, with answered / required per section and overall. */
export function ProgressNav({ sections, progress, current, onSelect }: { sections: TWizardSection[]; progress: TProgress; current: string; onSelect: (step: string) => void }) {
  const t = useTranslations('wizard');
  const percent = progress.requiredVisible === 0 ? 100 : Math.round((progress.requiredAnswered / progress.requiredVisible) * 100);
  return (
    <nav aria-label={t('sectionsLabel')} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
      <p className="text-sm font-medium text-slate-900" data-testid="overall-progress">
        {t('progress', { answered: progress.requiredAnswered, required: progress.requiredVisible })}
      </p>
      <div
        className="mt-2 h-2 rounded bg-slate-100"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={progress.requiredVisible}
        aria-valuenow={progress.requiredAnswered}
        aria-label={t('progress', { answered: progress.requiredAnswered, required: progress.requiredVisible })}
      >
        <div className="h-2 rounded bg-brand-600" style={{ width: `${percent}%` }} />
      </div>
      <ol className="mt-3 space-y-0.5">
        {sections.map((section, index) => {
          const counts = progress.sections.find((entry) => entry.sectionId === section.id);
          const complete = counts !== undefined && counts.requiredAnswered === counts.requiredVisible;
          return (
            <li key={section.id}>
              <a
                href={`?step=${section.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  onSelect(section.id);
                }}
                aria-current={current === section.id ? 'step' : undefined}
                className={cn('block rounded-md px-2 py-1.5 text-sm', current === section.id ? 'bg-brand-50 font-medium text-brand-900' : 'text-slate-700 hover:bg-slate-50')}
              >
                <span className="block hyphens-auto">
                  <span className="mr-1 text-slate-600">{index + 1}.</span>
                  {section.title}
                </span>
                <span className={cn('block text-xs font-normal tabular-nums', complete ? 'text-emerald-700' : 'text-slate-600')} data-testid={`section-progress-${section.id}`}>
                  {complete ? '✓ ' : ''}
                  {t('sectionProgress', { answered: counts?.requiredAnswered ?? 0, required: counts?.requiredVisible ?? 0 })}
                  {complete && <span className="sr-only"> {t('complete')}</span>}
                </span>
              </a>
            </li>
          );
        })}
        <li>
          <a
            href={`?step=${REVIEW_STEP}`}
            onClick={(event) => {
              event.preventDefault();
              onSelect(REVIEW_STEP);
            }}
            aria-current={current === REVIEW_STEP ? 'step' : undefined}
            className={cn('block rounded-md px-2 py-1.5 text-sm', current === REVIEW_STEP ? 'bg-brand-50 font-medium text-brand-900' : 'text-slate-700 hover:bg-slate-50')}
          >
            {t('reviewStep')}
          </a>
        </li>
      </ol>
    </nav>
  );
}
