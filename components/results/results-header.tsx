// The head of every stage of the results page: who and what was assessed, when and by whom it was
// submitted, the versions that produced the frozen result, the stage navigation and the key figures
// of all three stages.
import { Download } from 'lucide-react';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { buttonClasses } from '@/components/ui/button';
import type { TAssessmentSummary, TSnapshotSummary } from '@/lib/assessments/types';
import { cn } from '@/lib/cn';
import type { TResultsView } from '@/lib/results/build-results-view';
import { RESULTS_STAGES, resultsStageHref, type TResultsStage } from '@/lib/results/stages';
import { formatEur, formatPoints } from '@/lib/results/format';
import { GradeBadge } from './result-badges';

export async function ResultsHeader({ assessment, snapshot, view }: { assessment: TAssessmentSummary; snapshot: TSnapshotSummary; view: TResultsView }) {
  const [t, tReport, format, locale] = await Promise.all([getTranslations('results'), getTranslations('report'), getFormatter(), getLocale()]);
  const { risk } = view;
  const submittedOn = format.dateTime(new Date(snapshot.submittedAt), 'withTime');
  const versions: Array<[string, string]> = [
    [t('questionnaireVersion'), snapshot.questionnaireVersion],
    [t('modelVersion'), snapshot.modelVersion],
    ...(risk.loss ? ([[t('lossModelVersion'), risk.loss.modelVersion]] as Array<[string, string]>) : []),
  ];
  return (
    <header className="mb-4">
      <Link href={`/assessments/${assessment.id}`} className="text-sm text-brand-700 hover:underline">
        ← {t('backToAssessment')}
      </Link>
      <div className="mt-3 flex items-start gap-4">
        <GradeBadge grade={risk.grade} label={t('grade.gradeBadge', { grade: risk.grade })} size="lg" />
        <div className="min-w-0 flex-1">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t('heading', { client: assessment.clientCompany.name })}</h1>
          <p className="mt-0.5 text-sm text-slate-700">
            <strong className="font-semibold">{risk.gradeLabel}</strong> · {risk.gradeDescription}
          </p>
          <p className="mt-1 text-sm text-slate-600">
            {snapshot.submittedBy ? t('submittedBy', { date: submittedOn, name: snapshot.submittedBy.name }) : t('submittedOn', { date: submittedOn })} ·{' '}
            {assessment.insurerNames.length > 0 ? t('brokerToInsurer', { brokerage: assessment.brokerageName, insurer: assessment.insurerNames.join(', ') }) : assessment.brokerageName}
          </p>
          <p className="mt-1 flex flex-wrap gap-x-4 text-xs text-slate-500">
            {versions.map(([label, value]) => (
              <span key={label}>
                {label}: <code>{value}</code>
              </span>
            ))}
            <span>
              {t('digest')}: <code title={t('digestHint')}>{snapshot.digest.slice(0, 12)}</code>
            </span>
            <span>{t('frozenNote')}</span>
          </p>
        </div>
        {/* A plain link: the download works without JavaScript, in the page's language. */}
        <a href={`/api/v1/assessments/${assessment.id}/report.pdf?lang=${locale}`} download className={buttonClasses('secondary', 'shrink-0')} data-testid="download-report">
          <Download aria-hidden="true" className="h-4 w-4" />
          {tReport('download')}
        </a>
      </div>
    </header>
  );
}

/** The stages as links (`?stage=…`): server-rendered, so they work without JavaScript. */
export async function StageNav({ assessmentId, current }: { assessmentId: string; current: TResultsStage }) {
  const t = await getTranslations('results');
  return (
    <nav aria-label={t('stagesNav')} className="mb-4 border-b border-slate-200">
      <ol className="-mb-px flex flex-wrap gap-1 text-sm font-medium">
        {RESULTS_STAGES.map((stage, index) => (
          <li key={stage}>
            <Link
              href={resultsStageHref(assessmentId, stage)}
              aria-current={stage === current ? 'page' : undefined}
              className={cn(
                'inline-flex items-center gap-2 border-b-2 px-4 py-2',
                stage === current ? 'border-brand-700 text-brand-800' : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900',
              )}
            >
              <span className={cn('inline-flex h-5 w-5 items-center justify-center rounded-full text-xs text-white', stage === current ? 'bg-brand-700' : 'bg-slate-500')}>{index + 1}</span>
              {t(`stages.${stage}`)}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The headline figure of each stage, on every stage, each linking to where it is explained. */
export async function KeyFigures({ assessmentId, view }: { assessmentId: string; view: TResultsView }) {
  const [t, format] = await Promise.all([getTranslations('results'), getFormatter()]);
  const { risk, protection, claims } = view;
  // A word (the insurability) is set smaller than a figure, so long German outcomes fit the card.
  const figures: Array<{ href: string; label: string; value: string; unit?: string; note: string; isWord?: boolean }> = [
    { href: resultsStageHref(assessmentId, 'risk', 'score'), label: t('kpi.score'), value: formatPoints(format, risk.score), unit: t('kpi.outOf100'), note: t('kpi.grade', { grade: risk.grade }) },
    {
      href: resultsStageHref(assessmentId, 'risk', 'master-key'),
      label: t('kpi.masterKey'),
      value: formatPoints(format, risk.masterKey.score),
      unit: t('kpi.outOf100'),
      note: t('kpi.level', { level: risk.masterKey.levelLabel }),
    },
    ...(risk.loss
      ? [{ href: resultsStageHref(assessmentId, 'risk', 'loss'), label: t('kpi.ale'), value: formatEur(format, risk.loss.annualExpectedLoss), note: t('kpi.p99Short', { amount: formatEur(format, risk.loss.p99) }) }]
      : []),
    {
      href: resultsStageHref(assessmentId, 'protection', 'insurance'),
      label: t('kpi.insurability'),
      value: protection.insurance.outcomeLabel,
      isWord: true,
      note: protection.insurance.premium ? t('kpi.premiumShort', { amount: formatEur(format, protection.insurance.premium.amountEur) }) : t('kpi.noPremium'),
    },
    {
      href: resultsStageHref(assessmentId, 'claims', 'readiness'),
      label: t('kpi.readiness'),
      value: claims.readinessScore === null ? t('claims.notRated') : formatPoints(format, claims.readinessScore),
      unit: claims.readinessScore === null ? undefined : t('kpi.outOf100'),
      note: t('kpi.readinessHint'),
    },
  ];
  return (
    <ul className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-5" data-testid="key-figures">
      {figures.map((figure) => (
        <li key={figure.href}>
          <Link href={figure.href} className="block h-full rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm hover:border-brand-600">
            <span className="block text-xs font-medium uppercase tracking-wide text-slate-500">{figure.label}</span>
            <span className={cn('mt-1 block leading-snug font-semibold text-slate-900', figure.isWord ? 'text-base' : 'text-xl')}>
              {figure.value}
              {figure.unit && <span className="ml-1 text-sm font-normal text-slate-500">{figure.unit}</span>}
            </span>
            <span className="block text-sm text-slate-600">{figure.note}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
