// The portfolio dashboard's cards: key figures, statuses, grades, average scores by industry and by
// section, concentration by identity provider and mail platform. Each chart comes with its numbers
// as a table (the chart is an image to assistive technology; the table is the data).
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { ConcentrationChart } from '@/components/charts/concentration-chart';
import { GradeDistributionChart } from '@/components/charts/grade-distribution-chart';
import { SectionScoresChart } from '@/components/charts/section-scores-chart';
import { DataTable } from '@/components/results/data-table';
import { formatEur, formatPoints, formatShare, type TFormatter } from '@/lib/results/format';
import { GRADE_HEX } from '@/lib/results/chart-scales';
import styles from '@/components/results/results.module.css';
import { ChartFigure } from '@/components/results/stage-section';
import { Card } from '@/components/ui/card';
import { KeyFigures } from './key-figures';
import { industryLabelKey } from '@/lib/domain/company';
import { BOOK_STATUSES, PIPELINE_STATUSES, PORTFOLIO_GRADES } from '@/lib/portfolio/book';
import type { TConcentration, TPortfolioDashboard } from '@/lib/portfolio/types';
import { getGradeForScore, type TGrade } from '@/lib/scoring';

type TTranslate = Awaited<ReturnType<typeof getTranslations<'portfolio'>>>;
type TAnyTranslate = Awaited<ReturnType<typeof getTranslations>>;
type TCardProps = { dashboard: TPortfolioDashboard; t: TTranslate; tAll: TAnyTranslate; format: TFormatter };

export async function PortfolioDashboard({ dashboard, organization }: { dashboard: TPortfolioDashboard; organization: string }) {
  const [t, tAll, format, locale] = await Promise.all([getTranslations('portfolio'), getTranslations(), getFormatter(), getLocale()]);
  const props = { dashboard, t, tAll, format };
  return (
    <div className="space-y-6">
      <BookFigures {...props} />
      <p className="text-sm text-slate-600">{t('bookDefinition')}</p>
      <div className="grid gap-6 lg:grid-cols-2">
        <GradesCard {...props} />
        <StatusCard {...props} organization={organization} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <IndustryCard {...props} />
        <SectionCard {...props} />
      </div>
      <div className="grid gap-6">
        <ConcentrationCard
          {...props}
          id="identity-providers"
          title={t('identityProviders.title')}
          chartAlt={t('identityProviders.chartAlt')}
          keyHeader={t('identityProviders.provider')}
          rows={dashboard.identityProviders}
          labelOf={(key) => (t.has(`providers.${key}`) ? t(`providers.${key}` as 'providers.okta') : key)}
          color="#1e40af"
          locale={locale}
        />
        <ConcentrationCard
          {...props}
          id="mail-platforms"
          title={t('mailPlatforms.title')}
          chartAlt={t('mailPlatforms.chartAlt')}
          keyHeader={t('mailPlatforms.platform')}
          rows={dashboard.mailPlatforms}
          labelOf={(key) => {
            const labelKey = `questionnaire.questions.dep_mail_platform.options.${key}`;
            return tAll.has(labelKey) ? tAll(labelKey) : key;
          }}
          color="#0f766e"
          locale={locale}
        />
      </div>
    </div>
  );
}

function BookFigures({ dashboard, t, format }: TCardProps) {
  const count = (statuses: readonly string[]) => dashboard.statuses.filter((row) => statuses.includes(row.status)).reduce((sum, row) => sum + row.count, 0);
  const figures = [
    { id: 'insureds', label: t('figures.insureds'), value: format.number(dashboard.book.insureds) },
    { id: 'limit', label: t('figures.limit'), value: formatEur(format, dashboard.book.limitEur) },
    { id: 'premium', label: t('figures.premium'), value: formatEur(format, dashboard.book.premiumEur) },
    { id: 'average-score', label: t('figures.averageScore'), value: dashboard.book.averageScore === null ? '–' : formatPoints(format, dashboard.book.averageScore) },
    { id: 'pipeline', label: t('figures.pipeline'), value: format.number(count(PIPELINE_STATUSES)) },
    { id: 'expired-quotes', label: t('figures.expiredQuotes'), value: format.number(dashboard.expiredQuotes) },
  ];
  return (
    <section aria-label={t('figures.title')}>
      <KeyFigures figures={figures} className="xl:grid-cols-6" />
    </section>
  );
}

function GradesCard({ dashboard, t, format }: TCardProps) {
  const total = dashboard.book.insureds;
  const byGrade = new Map(dashboard.grades.map((row) => [row.grade, row.count]));
  const columns = PORTFOLIO_GRADES.map((grade) => ({ grade, count: byGrade.get(grade) ?? 0, color: GRADE_HEX[grade] }));
  return (
    <Card title={t('grades.title')} titleId="grades">
      <ChartFigure id="grades-chart" caption={t('grades.caption')} chart={<GradeDistributionChart columns={columns} axisLabel={t('grades.axis')} ariaLabel={t('grades.chartAlt')} />}>
        <DataTable caption={t('grades.title')} headers={[t('grades.grade'), t('grades.insureds'), t('grades.share')]}>
          {columns.map((column) => (
            <tr key={column.grade} data-grade={column.grade}>
              <td>{column.grade}</td>
              <td>{format.number(column.count)}</td>
              <td>{total === 0 ? '–' : formatShare(format, column.count / total, 1)}</td>
            </tr>
          ))}
        </DataTable>
      </ChartFigure>
    </Card>
  );
}

function StatusCard({ dashboard, t, format, organization }: TCardProps & { organization: string }) {
  const statuses = [...BOOK_STATUSES, ...PIPELINE_STATUSES, 'DECLINED', 'NOT_TAKEN_UP', 'WITHDRAWN'] as const;
  const counts = new Map(dashboard.statuses.map((row) => [row.status, row.count]));
  const inBook = (status: string) => ((BOOK_STATUSES as readonly string[]).includes(status) ? t('statuses.yes') : (PIPELINE_STATUSES as readonly string[]).includes(status) ? t('statuses.pipeline') : t('statuses.no'));
  return (
    <Card title={t('statuses.title')} titleId="statuses">
      <DataTable caption={t('statuses.caption', { organization })} headers={[t('statuses.status'), t('statuses.count'), t('statuses.inBook')]}>
        {statuses.map((status) => (
          <tr key={status} data-status={status}>
            <td>{t(`statuses.values.${status}`)}</td>
            <td>{format.number(counts.get(status) ?? 0)}</td>
            <td>{inBook(status)}</td>
          </tr>
        ))}
      </DataTable>
    </Card>
  );
}

function IndustryCard({ dashboard, t, tAll, format }: TCardProps) {
  const industryLabel = (code: string) => (tAll.has(industryLabelKey(code)) ? tAll(industryLabelKey(code)) : code);
  const bars = dashboard.industries.map((row) => ({
    label: t('industries.barLabel', { industry: industryLabel(row.industry), count: format.number(row.insureds) }),
    score: row.averageScore,
    valueLabel: formatPoints(format, row.averageScore),
    color: GRADE_HEX[getGradeForScore(row.averageScore) as TGrade],
  }));
  return (
    <Card title={t('industries.title')} titleId="industries">
      <ChartFigure id="industries-chart" caption={t('industries.caption')} chart={<SectionScoresChart chartId="industry-scores" bars={bars} axisLabel={t('industries.axis')} ariaLabel={t('industries.chartAlt')} />}>
        <DataTable caption={t('industries.title')} headers={[t('industries.industry'), t('industries.insureds'), t('industries.averageScore')]}>
          {dashboard.industries.map((row) => (
            <tr key={row.industry} data-industry={row.industry}>
              <td className={styles.text}>{industryLabel(row.industry)}</td>
              <td>{format.number(row.insureds)}</td>
              <td>{formatPoints(format, row.averageScore)}</td>
            </tr>
          ))}
        </DataTable>
      </ChartFigure>
    </Card>
  );
}

function SectionCard({ dashboard, t, tAll, format }: TCardProps) {
  const title = (sectionId: string) => tAll(`questionnaire.sections.${sectionId}.title`);
  const bars = dashboard.sections
    .filter((row) => row.averageScore !== null)
    .map((row) => ({ label: title(row.sectionId), score: row.averageScore!, valueLabel: formatPoints(format, row.averageScore!), color: GRADE_HEX[getGradeForScore(row.averageScore!) as TGrade] }));
  return (
    <Card title={t('sections.title')} titleId="sections">
      <ChartFigure id="sections-chart" caption={t('sections.caption')} chart={<SectionScoresChart chartId="portfolio-section-scores" bars={bars} axisLabel={t('sections.axis')} ariaLabel={t('sections.chartAlt')} />}>
        <DataTable caption={t('sections.title')} headers={[t('sections.section'), t('sections.insureds'), t('sections.averageScore')]}>
          {dashboard.sections.map((row) => (
            <tr key={row.sectionId} data-section={row.sectionId}>
              <td className={styles.text}>{title(row.sectionId)}</td>
              <td>{format.number(row.insureds)}</td>
              <td>{row.averageScore === null ? t('sections.notScored') : formatPoints(format, row.averageScore)}</td>
            </tr>
          ))}
        </DataTable>
      </ChartFigure>
    </Card>
  );
}

function ConcentrationCard(
  props: TCardProps & { id: string; title: string; chartAlt: string; keyHeader: string; rows: TConcentration[]; labelOf: (key: string) => string; color: string; locale: string },
) {
  const { t, format, dashboard } = props;
  const bars = props.rows.map((row) => ({
    label: props.labelOf(row.key),
    limitEur: row.limitEur,
    valueLabel: t('concentration.barLabel', { count: row.insureds, limit: formatEur(format, row.limitEur) }),
  }));
  return (
    <Card title={props.title} titleId={props.id}>
      <ChartFigure
        id={`${props.id}-chart`}
        caption={t('concentration.caption')}
        chart={<ConcentrationChart chartId={props.id} bars={bars} axisLabel={t('concentration.axis')} ariaLabel={props.chartAlt} locale={props.locale} color={props.color} />}
      >
        <DataTable caption={props.title} headers={[props.keyHeader, t('concentration.insureds'), t('concentration.limit'), t('concentration.share')]}>
          {props.rows.map((row) => (
            <tr key={row.key} data-key={row.key}>
              <td>{props.labelOf(row.key)}</td>
              <td>{format.number(row.insureds)}</td>
              <td>{formatEur(format, row.limitEur)}</td>
              <td>{dashboard.book.insureds === 0 ? '–' : formatShare(format, row.insureds / dashboard.book.insureds, 1)}</td>
            </tr>
          ))}
        </DataTable>
        <p className="mt-2 text-xs text-slate-500">{t('concentration.note')}</p>
      </ChartFigure>
    </Card>
  );
}
