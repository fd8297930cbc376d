import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/assessments/status-badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getAssessmentForUser } from '@/lib/assessments/queries';
import { requirePageUser } from '@/lib/auth/guards';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('assessments.detailPageTitle');

// GET /assessments/:assessmentId — one assessment, if it lies in the user's tenant (else 404).
export default async function AssessmentPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const user = await requirePageUser('/assessments/[assessmentId]', { assessmentId });
  const assessment = await getAssessmentForUser({ user, assessmentId });
  if (!assessment) notFound();
  const [t, format] = await Promise.all([getTranslations('assessments'), getFormatter()]);

  return (
    <>
      <Link href="/assessments" className="text-sm text-brand-700 hover:underline">
        ← {t('backToList')}
      </Link>
      <PageHeader title={t('detailTitle', { client: assessment.clientCompany.name })} actions={<StatusBadge status={assessment.status} />} />
      <Card title={t('overview')} titleId="overview-heading">
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-4">
          <dt className="text-slate-500">{t('questionnaire')}</dt>
          <dd className="sm:col-span-3">{assessment.questionnaireVersion}</dd>
          <dt className="text-slate-500">{t('broker')}</dt>
          <dd className="sm:col-span-3">{`${assessment.brokerName} · ${assessment.brokerageName}`}</dd>
          <dt className="text-slate-500">{t('insurer')}</dt>
          <dd className="sm:col-span-3">{assessment.insurerName ?? t('notSubmitted')}</dd>
          <dt className="text-slate-500">{t('submitted')}</dt>
          <dd className="sm:col-span-3">{assessment.submittedAt ? format.dateTime(assessment.submittedAt, 'long') : '—'}</dd>
          <dt className="text-slate-500">{t('version')}</dt>
          <dd className="sm:col-span-3">{assessment.revision}</dd>
          <dt className="text-slate-500">{t('updated')}</dt>
          <dd className="sm:col-span-3">{format.dateTime(assessment.updatedAt, 'withTime')}</dd>
        </dl>
      </Card>
    </>
  );
}
