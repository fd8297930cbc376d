import Link from 'next/link';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { RESULTS_STAGES, resultsStageHref, type TResultsStage } from '@/lib/results/stages';

/** The stage shown: a numbered h2 with the stage's purpose, its cards, and a link on to the next stage. */
export async function StageSection({ assessmentId, stage, children }: { assessmentId: string; stage: TResultsStage; children: ReactNode }) {
  const t = await getTranslations('results');
  const index = RESULTS_STAGES.indexOf(stage);
  const next = RESULTS_STAGES[index + 1];
  return (
    <section aria-labelledby="stage-heading" data-stage={stage}>
      <div className="mb-4 flex items-center gap-3">
        <span aria-hidden="true" className="inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-brand-700 font-semibold text-white">
          {index + 1}
        </span>
        <div>
          <h2 id="stage-heading" className="text-xl font-semibold text-slate-900">
            {t(`stages.${stage}`)}
          </h2>
          <p className="text-sm text-slate-600">{t(`stageIntro.${stage}`)}</p>
        </div>
      </div>
      <div className="space-y-6">{children}</div>
      {next && (
        <p className="mt-6 text-right">
          <Link href={resultsStageHref(assessmentId, next)} className="text-sm font-medium text-brand-700 hover:underline">
            {t('nextStage', { number: index + 2, stage: t(`stages.${next}`) })} →
          </Link>
        </p>
      )}
    </section>
  );
}

/** A chart with its title, its text alternative and the table of the same numbers. */
export function ChartFigure({ id, caption, chart, children }: { id: string; caption: string; chart: ReactNode; children?: ReactNode }) {
  return (
    <figure aria-labelledby={`${id}-caption`} className="min-w-0">
      <figcaption id={`${id}-caption`} className="mb-2 text-sm font-medium text-slate-800">
        {caption}
      </figcaption>
      {chart}
      {children}
    </figure>
  );
}
