import Link from 'next/link';
import type { ReactNode } from 'react';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Pencil } from 'lucide-react';
import { GradeBadge } from '@/components/assessments/grade-badge';
import { StatusBadge } from '@/components/assessments/status-badge';
import { ScoreTrendChart } from '@/components/charts/score-trend-chart';
import { StartAssessmentButton } from '@/components/clients/start-assessment-button';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState, Table, Td } from '@/components/ui/table';
import { notFoundRecord, requirePageUser } from '@/lib/auth/guards';
import { can } from '@/lib/auth/policy';
import { assessmentStartFor } from '@/lib/clients/assessment-start';
import { getClientCompanyForUser, trendOf } from '@/lib/clients/queries';
import { industryLabelKey, revenueBandLabelKey } from '@/lib/domain/company';
import { countryName } from '@/lib/i18n/country-name';
import { pageTitle } from '@/lib/i18n/page-title';
import { GRADE_THRESHOLDS } from '@/lib/scoring';

export const generateMetadata = pageTitle('clients.detailPageTitle');

// Scores and exposures are kept to one decimal: show it always, so the columns line up (22.0, not 22).
const SCORE_FORMAT = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

/** The grade bands of the scoring model as ranges for the chart: A from 85 up to 100, B 70–85, … */
const GRADE_BANDS = GRADE_THRESHOLDS.map((threshold, index) => ({ grade: threshold.grade, from: threshold.min, to: index === 0 ? 100 : GRADE_THRESHOLDS[index - 1]!.min }));

// GET /clients/:clientId — one client company (broker: own brokerage's; client: own company).
export default async function ClientPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const user = await requirePageUser('/clients/[clientId]', { clientId });
  const client = await getClientCompanyForUser({ user, clientCompanyId: clientId });
  if (!client) return notFoundRecord({ user, kind: 'clientCompany', id: clientId });
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const trend = trendOf(client);
  const start = assessmentStartFor(client.assessments);
  const gradeLabel = (grade: string) => t(`scoring.grades.${grade}.label`);
  const none = <span className="text-slate-500">{t('common.notAvailable')}</span>;

  const actions = (
    <div className="flex flex-wrap items-start gap-3">
      {can(user, 'clientCompany.update') && (
        <Link href={`/clients/${client.id}/edit`} className={buttonClasses('secondary')}>
          <Pencil aria-hidden="true" className="h-4 w-4" />
          {t('clients.edit')}
        </Link>
      )}
      {can(user, 'assessment.create') &&
        (start.kind === 'continue' ? (
          <Link href={`/assessments/${start.assessmentId}/questionnaire`} className={buttonClasses('primary')}>
            {t('clients.continueDraft')}
          </Link>
        ) : (
          <StartAssessmentButton
            clientCompanyId={client.id}
            kind={start.kind}
            labels={{
              start: start.kind === 'new' ? t('clients.startAssessment') : t('clients.startReassessment'),
              starting: t('clients.starting'),
              failed: t('clients.startFailed'),
            }}
          />
        ))}
    </div>
  );

  const profile: Array<[string, ReactNode]> = [
    [t('clients.industry'), t(industryLabelKey(client.industry))],
    [t('clients.country'), countryName(client.country, locale)],
    [t('clients.revenue'), t(revenueBandLabelKey(client.revenueBand))],
    [t('clients.employees'), format.number(client.employeeCount, 'integer')],
    [t('clients.emailDomain'), client.emailDomain ?? none],
    [
      t('clients.contact'),
      client.contactName || client.contactEmail ? (
        <>
          {client.contactName && <span className="block">{client.contactName}</span>}
          {client.contactEmail && (
            <a href={`mailto:${client.contactEmail}`} className="block break-all text-brand-700 hover:underline">
              {client.contactEmail}
            </a>
          )}
        </>
      ) : (
        none
      ),
    ],
    [t('clients.brokerage'), client.brokerageName],
    [t('clients.responsibleBroker'), client.responsibleBrokerName ?? none],
  ];

  return (
    <>
      {can(user, 'clientCompany.list') && (
        <Link href="/clients" className="text-sm text-brand-700 hover:underline">
          ← {t('clients.backToList')}
        </Link>
      )}
      <PageHeader title={client.name} intro={`${t(industryLabelKey(client.industry))} · ${countryName(client.country, locale)}`} actions={actions} />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <Card title={t('clients.profile')} titleId="profile-heading">
          <dl className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-x-4 gap-y-3 text-sm" data-testid="client-profile">
            {profile.map(([term, value]) => (
              <div key={term} className="contents">
                <dt className="text-slate-500">{term}</dt>
                <dd className="text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title={t('clients.trendTitle')} titleId="trend-heading" className="lg:col-span-2">
          {trend.length === 0 ? (
            <p className="text-sm text-slate-500">{t('clients.trendEmpty')}</p>
          ) : (
            <>
              <ScoreTrendChart
                points={trend.map((point) => ({
                  id: point.assessmentId,
                  date: format.dateTime(new Date(point.submittedAt), 'short'),
                  score: point.score,
                  scoreText: format.number(point.score, SCORE_FORMAT),
                  grade: point.grade,
                  exposureText: format.number(point.masterKeyExposure, SCORE_FORMAT),
                }))}
                bands={GRADE_BANDS}
                labels={{ xAxis: t('clients.trendXAxis'), yAxis: t('clients.trendYAxis'), score: t('clients.score'), grade: t('clients.grade'), exposure: t('clients.exposure') }}
              />
              {trend.length === 1 && <p className="mt-2 text-xs text-slate-500">{t('clients.trendSingle')}</p>}
              <div className="mt-4" data-testid="trend-table">
                <Table caption={t('clients.trendTableCaption')} headers={[t('clients.submitted'), t('clients.score'), t('clients.grade'), t('clients.exposure')]}>
                  {trend.map((point) => (
                    <tr key={point.assessmentId}>
                      <Td>{format.dateTime(new Date(point.submittedAt), 'short')}</Td>
                      <Td className="whitespace-nowrap px-4 py-3 tabular-nums text-slate-700">{format.number(point.score, SCORE_FORMAT)}</Td>
                      <Td>
                        <GradeBadge grade={point.grade} label={gradeLabel(point.grade)} />
                      </Td>
                      <Td className="whitespace-nowrap px-4 py-3 tabular-nums text-slate-700">{format.number(point.masterKeyExposure, SCORE_FORMAT)}</Td>
                    </tr>
                  ))}
                </Table>
              </div>
            </>
          )}
        </Card>
      </div>
      <section aria-labelledby="history-heading" className="mt-8">
        <h2 id="history-heading" className="mb-3 text-base font-semibold text-slate-900">
          {t('clients.assessments')}
        </h2>
        {client.assessments.length === 0 ? (
          <EmptyState>{t('clients.noAssessments')}</EmptyState>
        ) : (
          <Table
            caption={t('clients.assessments')}
            headers={[t('clients.status'), t('clients.grade'), t('clients.score'), t('clients.exposure'), t('clients.insurer'), t('clients.submitted'), t('clients.actions')]}
          >
            {client.assessments.map((assessment) => (
              <tr key={assessment.id} data-testid="assessment-history-row">
                <Td>
                  <StatusBadge status={assessment.status} />
                  {assessment.previousAssessmentId && <span className="ml-2 text-xs text-slate-500">{t('clients.reassessment')}</span>}
                </Td>
                <Td>{assessment.scores ? <GradeBadge grade={assessment.scores.grade} label={gradeLabel(assessment.scores.grade)} /> : none}</Td>
                <Td className="whitespace-nowrap px-4 py-3 tabular-nums text-slate-700">{assessment.scores ? format.number(assessment.scores.score, SCORE_FORMAT) : none}</Td>
                <Td className="whitespace-nowrap px-4 py-3 tabular-nums text-slate-700">{assessment.scores ? format.number(assessment.scores.masterKeyExposure, SCORE_FORMAT) : none}</Td>
                <Td>{assessment.insurerNames.length > 0 ? assessment.insurerNames.join(', ') : none}</Td>
                <Td>{assessment.submittedAt ? format.dateTime(assessment.submittedAt, 'short') : none}</Td>
                <Td>
                  {assessment.scores ? (
                    <Link href={`/assessments/${assessment.id}/results`} className="text-brand-700 hover:underline">
                      {t('clients.viewResults')}
                    </Link>
                  ) : (
                    <Link href={`/assessments/${assessment.id}`} className="text-brand-700 hover:underline">
                      {t('clients.openAssessment')}
                    </Link>
                  )}
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </section>
    </>
  );
}
