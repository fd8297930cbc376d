// Stage 1 of the results: grade and score, section scores, findings with the answers behind them,
// the master-key exposure with its drivers, and the quantified loss.
import { getFormatter, getTranslations } from 'next-intl/server';
import { LossExceedanceChart } from '@/components/charts/loss-exceedance-chart';
import { SectionScoresChart } from '@/components/charts/section-scores-chart';
import { Card } from '@/components/ui/card';
import type { TLossView, TResultsView } from '@/lib/results/build-results-view';
import { GRADE_HEX, logTicks, probabilityTicks } from '@/lib/results/chart-scales';
import { cn } from '@/lib/cn';
import { getGradeForScore } from '@/lib/scoring';
import { DataTable } from './data-table';
import { formatAnswer, formatEur, formatPoints, formatShare, type TFormatter } from '@/lib/results/format';
import { FindingsList } from './findings-list';
import { GradeBadge } from './result-badges';
import styles from './results.module.css';
import { ChartFigure, StageSection } from './stage-section';

type TTranslate = Awaited<ReturnType<typeof getTranslations<'results'>>>;
type TCardProps = { view: TResultsView; t: TTranslate; format: TFormatter };

export async function RiskStage({ assessmentId, view }: { assessmentId: string; view: TResultsView }) {
  const [t, format] = await Promise.all([getTranslations('results'), getFormatter()]);
  return (
    <StageSection assessmentId={assessmentId} stage="risk">
      <div className="grid gap-6 lg:grid-cols-5">
        <ScoreCard view={view} t={t} format={format} />
        <SectionsCard view={view} t={t} format={format} />
      </div>
      <FindingsCard view={view} t={t} format={format} />
      <MasterKeyCard view={view} t={t} format={format} />
      <LossCard loss={view.risk.loss} limitMaxEur={view.protection.insurance.suggestedLimit.maxEur} t={t} format={format} />
    </StageSection>
  );
}

function ScoreCard({ view, t, format }: TCardProps) {
  const { risk } = view;
  return (
    <Card title={t('grade.title')} titleId="score" headingLevel={3} className="lg:col-span-2">
      <div className="flex items-center gap-4">
        <GradeBadge grade={risk.grade} label={t('grade.gradeBadge', { grade: risk.grade })} size="lg" />
        <p>
          <span className="text-3xl font-semibold text-slate-900">{formatPoints(format, risk.score)}</span>
          <span className="ml-1 text-slate-500">/ 100</span>
          <span className="block text-sm font-medium text-slate-700">{risk.gradeLabel}</span>
        </p>
      </div>
      <p className="mt-3 text-sm text-slate-700">{risk.gradeDescription}</p>
      {risk.gradeCap && (
        // Red when the cap lowered the grade, amber when the score is already at or below it.
        <div
          className={cn('mt-4 rounded-md border p-3 text-sm', risk.gradeCap.isBinding ? 'border-red-200 bg-red-50 text-red-900' : 'border-amber-200 bg-amber-50 text-amber-900')}
          data-testid="grade-cap"
        >
          <p className="font-semibold">{t('grade.capTitle', { grade: risk.gradeCap.grade })}</p>
          <ul className="mt-1 list-disc pl-5">
            {risk.gradeCap.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          <p className="mt-1">
            {t('grade.uncapped', { grade: risk.uncappedGrade })}{' '}
            {risk.gradeCap.isBinding ? t('grade.capBinding', { from: risk.uncappedGrade, to: risk.grade }) : t('grade.capNotBinding')}
          </p>
        </div>
      )}
      {risk.dontKnowPenalty > 0 && <p className="mt-3 text-sm text-amber-900">{t('grade.dontKnowPenalty', { points: formatPoints(format, risk.dontKnowPenalty) })}</p>}
      <p className="mt-4 text-xs text-slate-500">
        {risk.scoreDirection} {risk.gradeThresholds}
      </p>
    </Card>
  );
}

function SectionsCard({ view, t, format }: TCardProps) {
  const sections = view.risk.sections;
  const bars = sections
    .filter((section) => section.score !== null)
    .map((section) => ({
      label: t('sections.weightLabel', { title: section.title, weight: formatShare(format, section.weight) }),
      score: section.score!,
      valueLabel: formatPoints(format, section.score!),
      color: GRADE_HEX[getGradeForScore(section.score!)],
    }));
  return (
    <Card title={t('sections.title')} titleId="sections" headingLevel={3} className="lg:col-span-3">
      <ChartFigure id="section-chart" caption={t('sections.chartTitle')} chart={<SectionScoresChart bars={bars} axisLabel={t('sections.axisScore')} ariaLabel={t('sections.chartAlt')} />}>
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-brand-700">{t('sections.table')}</summary>
          <div className="mt-2">
            <DataTable caption={t('sections.chartTitle')} headers={[t('sections.section'), t('sections.weight'), t('sections.score')]}>
              {sections.map((section) => (
                <tr key={section.id}>
                  <td>{section.title}</td>
                  <td>{formatShare(format, section.weight)}</td>
                  <td>{section.score === null ? t('sections.notScored') : formatPoints(format, section.score)}</td>
                </tr>
              ))}
            </DataTable>
          </div>
        </details>
      </ChartFigure>
    </Card>
  );
}

function FindingsCard({ view, t, format }: TCardProps) {
  const groups = view.risk.findingGroups;
  const total = groups.reduce((sum, group) => sum + group.findings.length, 0);
  return (
    <Card title={t('findings.title')} titleId="findings" headingLevel={3} actions={<span className="text-sm text-slate-600">{t('findings.summary', { count: total })}</span>}>
      <p className="mb-3 text-sm text-slate-600">{total === 0 ? t('findings.none') : t('findings.intro')}</p>
      <FindingsList
        groups={groups.map((group) => ({
          severity: group.severity,
          label: t('findings.bySeverity', { severity: group.label, count: group.findings.length }),
          // Critical and high findings open; the longer medium and low lists fold (native <details>, no script).
          open: group.severity === 'critical' || group.severity === 'high',
          findings: group.findings.map((finding) => ({
            id: finding.id,
            title: finding.title,
            section: finding.sectionTitle,
            explanation: finding.explanation,
            answers: finding.answers.map((answer) => [answer.question, formatAnswer(format, answer.answer)]),
          })),
        }))}
      />
    </Card>
  );
}

function MasterKeyCard({ view, t, format }: TCardProps) {
  const exposure = view.risk.masterKey;
  const components: Array<[string, number]> = [
    [t('masterKey.reach'), exposure.reach],
    [t('masterKey.persistence'), exposure.persistence],
    [t('masterKey.detectionGap'), exposure.detectionGap],
  ];
  return (
    <Card title={t('masterKey.title')} titleId="master-key" headingLevel={3}>
      <div className="grid gap-6 lg:grid-cols-3">
        <div>
          <p>
            <span className="text-3xl font-semibold text-slate-900">{formatPoints(format, exposure.score)}</span>
            <span className="ml-1 text-slate-500">/ 100</span>
            <span className="ml-3 text-sm font-semibold text-slate-800">{t('kpi.level', { level: exposure.levelLabel })}</span>
          </p>
          <p className="mt-1 text-xs text-slate-500">{exposure.direction}</p>
          <p className="mt-3 text-sm text-slate-700">{t('masterKey.intro')}</p>
          <h4 className="mt-4 text-sm font-semibold text-slate-900">{t('masterKey.components')}</h4>
          <dl className="mt-2 space-y-2 text-sm">
            {components.map(([label, value]) => (
              <div key={label}>
                <dt className="flex justify-between text-slate-700">
                  {label} <span className="font-medium text-slate-900">{formatPoints(format, value)}</span>
                </dt>
                <dd aria-hidden="true" className="mt-1 h-2 rounded bg-slate-100">
                  <div className="h-2 rounded bg-brand-600" style={{ width: `${Math.min(100, value)}%` }} />
                </dd>
              </div>
            ))}
          </dl>
        </div>
        <div className="lg:col-span-2">
          <h4 className="text-sm font-semibold text-slate-900">{t('masterKey.drivers')}</h4>
          <p className="text-xs text-slate-500">{t('masterKey.pointsHint')}</p>
          <div className="mt-2 grid gap-4 md:grid-cols-2">
            {exposure.groups.map((group) => (
              <div key={group.group}>
                <h5 className="text-sm font-medium text-slate-800">
                  {group.label}
                  {group.value !== null && <span className="ml-1 text-slate-500">({formatPoints(format, group.value)})</span>}
                </h5>
                <ul className={styles.rows}>
                  {group.drivers.map((driver) => (
                    <li key={driver.id}>
                      {driver.label} <b>{formatPoints(format, driver.points)}</b>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </div>
      </div>
    </Card>
  );
}

function LossCard({ loss, limitMaxEur, t, format }: { loss: TLossView | null; limitMaxEur: number; t: TTranslate; format: TFormatter }) {
  if (!loss) {
    return (
      <Card title={t('loss.title')} titleId="loss" headingLevel={3}>
        <p className="text-sm text-slate-600">{t('loss.unavailable')}</p>
      </Card>
    );
  }
  const compactEur = (value: number) => format.number(value, { style: 'currency', currency: 'EUR', notation: 'compact', maximumSignificantDigits: 3 });
  const curve = loss.exceedanceCurve;
  const xMin = curve[0]?.loss ?? 1;
  const xMax = Math.max(curve.at(-1)?.loss ?? 1, limitMaxEur);
  const figures: Array<[string, string, string | null]> = [
    [t('loss.ale'), formatEur(format, loss.annualExpectedLoss), null],
    [t('loss.p90'), formatEur(format, loss.p90), t('loss.p90Hint')],
    [t('loss.p99'), formatEur(format, loss.p99), t('loss.p99Hint')],
    [t('loss.anyLoss'), formatShare(format, loss.probabilityOfAnyLoss), null],
  ];
  return (
    <Card title={t('loss.title')} titleId="loss" headingLevel={3}>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <ChartFigure
            id="loss-chart"
            caption={t('loss.chartTitle')}
            chart={
              <LossExceedanceChart
                points={curve}
                xDomain={[xMin, xMax]}
                xTicks={logTicks(xMin, xMax).map((value) => ({ value, label: compactEur(value) }))}
                yTicks={probabilityTicks(curve[0]?.probability ?? 1).map((value) => ({ value, label: formatShare(format, value) }))}
                markers={[
                  { value: loss.p90, label: t('loss.markerP90'), color: '#b45309' },
                  { value: loss.p99, label: t('loss.markerP99'), color: '#b91c1c' },
                  { value: limitMaxEur, label: t('loss.markerLimit'), color: '#047857' },
                ]}
                xLabel={t('loss.axisLoss')}
                yLabel={t('loss.axisProbability')}
                ariaLabel={t('loss.chartAlt')}
              />
            }
          >
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer text-brand-700">{t('loss.curveTable')}</summary>
              <div className="mt-2">
                <DataTable caption={t('loss.curveTable')} headers={[t('loss.lossAtLeast'), t('loss.probability')]}>
                  {curve.map((point) => (
                    <tr key={point.loss}>
                      <td>{formatEur(format, point.loss)}</td>
                      <td>{formatShare(format, point.probability, 2)}</td>
                    </tr>
                  ))}
                </DataTable>
              </div>
            </details>
          </ChartFigure>
        </div>
        <dl className="grid content-start gap-3 sm:grid-cols-2 lg:grid-cols-1" data-testid="loss-figures">
          {figures.map(([label, value, hint]) => (
            <div key={label} className="rounded-md bg-slate-50 px-3 py-2">
              <dt className={styles.label}>{label}</dt>
              <dd className="text-lg font-semibold text-slate-900">{value}</dd>
              {hint && <dd className="text-xs text-slate-500">{hint}</dd>}
            </div>
          ))}
        </dl>
      </div>
      <h4 className="mt-6 mb-2 text-sm font-semibold text-slate-900">{t('loss.scenarios')}</h4>
      <DataTable caption={t('loss.scenarios')} headers={[t('loss.scenario'), t('loss.scenarioAle'), t('loss.eventsPerYear')]}>
        {loss.scenarios.map((scenario) => (
          <tr key={scenario.id}>
            <td className={styles.text}>
              <b>{scenario.title}</b>
              <small>{scenario.description}</small>
            </td>
            <td>{formatEur(format, scenario.annualExpectedLoss)}</td>
            <td>{format.number(scenario.meanEventsPerYear, { maximumFractionDigits: 2 })}</td>
          </tr>
        ))}
      </DataTable>
      <p className="mt-4 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">{loss.disclaimer}</p>
      <p className="mt-2 text-xs text-slate-500">{t('loss.simulation', { trials: format.number(loss.trials, 'integer'), seed: String(loss.seed), model: loss.modelVersion })}</p>
    </Card>
  );
}
