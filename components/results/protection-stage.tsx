// Stage 2 of the results: recommendations ranked by the scoring model (with the score before and
// after the top ones), the insurance indication (never a quote), its subjectivities and the
// monitoring plan.
import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ScoreUpliftChart } from '@/components/charts/score-uplift-chart';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { cn } from '@/lib/cn';
import type { TRecommendationView, TResultsView } from '@/lib/results/build-results-view';
import type { TInsurability } from '@/lib/scoring';
import { formatAnswer, formatEur, formatIsoDate, formatPoints, type TFormatter } from '@/lib/results/format';
import { BulletList } from './bullet-list';
import { DataTable } from './data-table';
import { RecommendationTable } from './recommendation-table';
import styles from './results.module.css';
import { ChartFigure, StageSection } from './stage-section';

type TTranslate = Awaited<ReturnType<typeof getTranslations<'results'>>>;
type TCardProps = { view: TResultsView; t: TTranslate; format: TFormatter };

/** How many recommendations the before/after chart shows; the table lists them all. */
const CHARTED_RECOMMENDATIONS = 10;

const INSURABILITY_TONES = { accept: 'success', accept_with_conditions: 'info', refer: 'warning', decline: 'danger' } as const satisfies Record<TInsurability, string>;
const LABEL = styles.label;

/** `progress`: the client's progress on the recommendations (the client portal), shown right after them. */
export async function ProtectionStage({ assessmentId, view, progress }: { assessmentId: string; view: TResultsView; progress?: ReactNode }) {
  const [t, format] = await Promise.all([getTranslations('results'), getFormatter()]);
  return (
    <StageSection assessmentId={assessmentId} stage="protection">
      <RecommendationsCard view={view} t={t} format={format} />
      {progress}
      <InsuranceCard view={view} t={t} format={format} />
      <div className="grid gap-6 lg:grid-cols-2">
        <SubjectivitiesCard view={view} t={t} format={format} />
        <MonitoringCard view={view} t={t} format={format} />
      </div>
    </StageSection>
  );
}

function RecommendationsCard({ view, t, format }: TCardProps) {
  const { recommendations, scoreBefore } = view.protection;
  const charted = recommendations.slice(0, CHARTED_RECOMMENDATIONS);
  return (
    <Card title={t('recommendations.title')} titleId="recommendations" headingLevel={3}>
      <p className="mb-4 text-sm text-slate-600">{t('recommendations.intro')}</p>
      {recommendations.length === 0 ? (
        <p className="text-sm text-slate-600">{t('recommendations.none')}</p>
      ) : (
        <>
          <ChartFigure
            id="uplift-chart"
            caption={t('recommendations.chartTitle', { count: charted.length })}
            chart={
              <ScoreUpliftChart
                bars={charted.map((recommendation) => ({
                  label: `${recommendation.rank}. ${recommendation.title}`,
                  now: scoreBefore,
                  gain: recommendation.uplift,
                  afterLabel: `${formatPoints(format, recommendation.scoreAfter)} (${recommendation.gradeAfter})`,
                }))}
                axisLabel={t('recommendations.axisScore')}
                nowLabel={t('recommendations.seriesNow')}
                gainLabel={t('recommendations.seriesGain')}
                ariaLabel={t('recommendations.chartAlt')}
              />
            }
          />
          <div className="mt-4">
            <RecommendationTableFor recommendations={charted} caption={t('recommendations.title')} withDescriptions t={t} format={format} />
          </div>
          {recommendations.length > charted.length && (
            <details className="mt-3">
              <summary className="cursor-pointer text-sm font-medium text-brand-700">{t('recommendations.more', { count: recommendations.length - charted.length })}</summary>
              <div className="mt-2">
                <RecommendationTableFor
                  recommendations={recommendations.slice(charted.length)}
                  caption={t('recommendations.more', { count: recommendations.length - charted.length })}
                  withDescriptions={false}
                  t={t}
                  format={format}
                />
              </div>
            </details>
          )}
        </>
      )}
    </Card>
  );
}

/** The ranked recommendations as table rows; descriptions for the top ones, the long tail by title. */
function RecommendationTableFor({ recommendations, caption, withDescriptions, t, format }: { recommendations: TRecommendationView[]; caption: string; withDescriptions: boolean; t: TTranslate; format: TFormatter }) {
  return (
    <RecommendationTable
      caption={caption}
      headers={[
        t('recommendations.rank'),
        t('recommendations.recommendation'),
        t('recommendations.effort'),
        t('recommendations.uplift'),
        t('recommendations.after'),
        t('recommendations.exposure'),
        t('recommendations.resolves'),
      ]}
      knockOutLabel={t('recommendations.knockOut')}
      rows={recommendations.map((recommendation) => ({
        id: recommendation.id,
        rank: recommendation.rank,
        title: recommendation.title,
        description: withDescriptions ? recommendation.description : null,
        resolvesKnockOut: recommendation.resolvesKnockOut,
        effort: recommendation.effortLabel,
        uplift: `+${formatPoints(format, recommendation.uplift)}`,
        after: `${formatPoints(format, recommendation.scoreAfter)} / ${recommendation.gradeAfter}`,
        exposure: recommendation.masterKeyExposureReduction > 0 ? `−${formatPoints(format, recommendation.masterKeyExposureReduction)}` : '–',
        readiness: recommendation.claimsReadinessUplift > 0 ? t('recommendations.readiness', { points: formatPoints(format, recommendation.claimsReadinessUplift) }) : null,
        resolves: recommendation.resolvedFindings.map((finding) => finding.title).join('; ') || '–',
      }))}
    />
  );
}

function InsuranceCard({ view, t, format }: TCardProps) {
  const insurance = view.protection.insurance;
  const premium = insurance.premium;
  const band = (value: { minEur: number; maxEur: number }) => `${formatEur(format, value.minEur)} – ${formatEur(format, value.maxEur)}`;
  return (
    <Card title={t('insurance.title')} titleId="insurance" headingLevel={3} actions={<Badge tone="warning">{t('insurance.notAQuote')}</Badge>}>
      <div className="grid gap-6 lg:grid-cols-3">
        <div>
          <h4 className={LABEL}>{t('insurance.insurability')}</h4>
          <p className="mt-1">
            <Badge tone={INSURABILITY_TONES[insurance.insurability]}>{insurance.outcomeLabel}</Badge>
          </p>
          <h4 className={cn(LABEL, 'mt-3')}>{t('insurance.reasons')}</h4>
          {insurance.reasons.length === 0 ? (
            <p className="text-sm text-slate-600">{t('insurance.noReasons')}</p>
          ) : (
            <BulletList items={insurance.reasons.map((reason) => reason.text)} className="mt-1" />
          )}
        </div>
        <dl className="space-y-3 text-sm">
          <div>
            <dt className={LABEL}>{t('insurance.limit')}</dt>
            <dd className="text-lg font-semibold text-slate-900">{band(insurance.suggestedLimit)}</dd>
            {insurance.limitCoversLossP99 !== null && (
              <dd className="text-xs text-slate-600">{insurance.limitCoversLossP99 ? t('insurance.limitCoversP99') : t('insurance.limitBelowP99')}</dd>
            )}
          </div>
          <div>
            <dt className={LABEL}>{t('insurance.retention')}</dt>
            <dd className="text-lg font-semibold text-slate-900">{band(insurance.retention)}</dd>
            {insurance.isRetentionRaised && <dd className="text-xs text-slate-600">{t('insurance.retentionRaised', { standard: insurance.standardRetentionLabel })}</dd>}
          </div>
          {insurance.accumulationTags.length > 0 && (
            <div>
              <dt className={LABEL}>{t('insurance.accumulation')}</dt>
              <dd className="text-slate-700">{format.list(insurance.accumulationTags, { type: 'conjunction' })}</dd>
            </div>
          )}
        </dl>
        <dl className="text-sm">
          <dt className={LABEL}>{t('insurance.premium')}</dt>
          {premium ? (
            <>
              <dd className="text-2xl font-semibold text-slate-900" data-testid="premium">
                {formatEur(format, premium.amountEur)} <span className="text-sm font-normal text-slate-500">{t('insurance.perYear')}</span>
              </dd>
              <dd className="text-slate-700">{t('insurance.range', { low: formatEur(format, premium.lowEur), high: formatEur(format, premium.highEur) })}</dd>
              <dd className="mt-1 text-xs text-slate-600">
                {premium.base.kind === 'layerLoss'
                  ? t('insurance.pricedForLayer', { limit: formatEur(format, premium.base.limitEur), basis: t(`insurance.limitBasis.${premium.base.limitBasis}`), retention: formatEur(format, premium.base.retentionEur) })
                  : t('insurance.pricedFor', { retention: insurance.standardRetentionLabel })}
              </dd>
            </>
          ) : (
            <dd className="mt-1 text-slate-700" data-testid="premium">
              {t('insurance.declinedNoPremium')}
            </dd>
          )}
        </dl>
      </div>
      {premium && (
        <>
          <h4 className="mb-2 mt-6 text-sm font-semibold text-slate-900">{t('insurance.factors')}</h4>
          <DataTable
            caption={t('insurance.factors')}
            headers={[t('insurance.factor'), t('insurance.input'), t('insurance.value')]}
            footer={
              <tr>
                <td colSpan={2}>{t('insurance.premium')}</td>
                <td>{formatEur(format, premium.amountEur)}</td>
              </tr>
            }
          >
            {premium.base.kind === 'layerLoss' ? (
              <tr>
                <td>{t('insurance.layerLoss')}</td>
                <td className={styles.text}>
                  {t('insurance.layerInput', { limit: formatEur(format, premium.base.limitEur), retention: formatEur(format, premium.base.retentionEur) })}
                </td>
                <td>{formatEur(format, premium.base.layerExpectedLossEur)}</td>
              </tr>
            ) : (
              <tr>
                <td>{premium.base.label}</td>
                <td className={styles.text}>
                  {t('insurance.baseRateInput', {
                    input: formatAnswer(format, premium.base.input),
                    base: formatEur(format, premium.base.baseRateEur),
                    limit: formatEur(format, premium.base.baseLimitEur),
                    retention: formatEur(format, premium.base.baseRetentionEur),
                  })}
                </td>
                <td>{formatEur(format, premium.base.baseRateEur)}</td>
              </tr>
            )}
            {premium.factors.map((factor) => (
              <tr key={factor.id}>
                <td className={styles.text}>{factor.label}</td>
                <td>{factor.input === null ? '–' : factor.sectionId ? t('insurance.sectionScore', { score: formatAnswer(format, factor.input) }) : formatAnswer(format, factor.input)}</td>
                <td>× {format.number(factor.factor, { minimumFractionDigits: 2, maximumFractionDigits: 3 })}</td>
              </tr>
            ))}
          </DataTable>
          {premium.base.kind === 'layerLoss' && (
            <p className="mt-2 text-xs text-slate-600">{t('insurance.ratio', { ratio: format.number(premium.base.premiumToLayerLossRatio, { maximumFractionDigits: 2 }) })}</p>
          )}
        </>
      )}
      <p className="mt-4 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">{insurance.premiumDisclaimer}</p>
    </Card>
  );
}

function SubjectivitiesCard({ view, t }: TCardProps) {
  const subjectivities = view.protection.insurance.subjectivities;
  return (
    <Card title={t('insurance.subjectivities')} titleId="subjectivities" headingLevel={3}>
      {subjectivities.length === 0 ? (
        <p className="text-sm text-slate-600">{t('insurance.noSubjectivities')}</p>
      ) : (
        <BulletList items={subjectivities.map((subjectivity) => (subjectivity.dueDays === null ? subjectivity.text : `${subjectivity.text} (${t('insurance.dueAfterBinding', { days: subjectivity.dueDays })})`))} />
      )}
    </Card>
  );
}

function MonitoringCard({ view, t, format }: TCardProps) {
  const monitoring = view.protection.monitoring;
  return (
    <Card title={t('monitoring.title')} titleId="monitoring" headingLevel={3}>
      <dl className="grid grid-cols-2 gap-3 text-sm">
        <div>
          <dt className={LABEL}>{t('monitoring.interval')}</dt>
          <dd className="font-semibold text-slate-900">{t('monitoring.intervalMonths', { months: monitoring.intervalMonths })}</dd>
        </div>
        <div>
          <dt className={LABEL}>{t('monitoring.nextReassessment')}</dt>
          <dd className="font-semibold text-slate-900" data-testid="next-reassessment">
            {formatIsoDate(format, monitoring.nextReassessmentOn)}
          </dd>
        </div>
        {monitoring.dueDates.map((due) => (
          <div key={due.id}>
            <dt className={LABEL}>{due.label}</dt>
            <dd className="font-semibold text-slate-900">{formatIsoDate(format, due.date)}</dd>
          </div>
        ))}
      </dl>
      <h4 className="mt-4 text-sm font-semibold text-slate-900">{t('monitoring.triggers')}</h4>
      <BulletList items={monitoring.triggers} className="mt-1" />
      {monitoring.reverifyQuestions.length > 0 && (
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer text-brand-700">{t('monitoring.reverify', { count: monitoring.reverifyQuestions.length })}</summary>
          <BulletList items={monitoring.reverifyQuestions} className="mt-2" />
        </details>
      )}
    </Card>
  );
}
