import { getTranslations } from 'next-intl/server';
import { AssessmentTable } from '@/components/assessments/assessment-table';
import { PageHeader } from '@/components/ui/page-header';
import { findAssessmentsForUser } from '@/lib/assessments/queries';
import { requirePermission } from '@/lib/auth/guards';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('assessments.title');

// GET /assessments — broker: the brokerage's assessments; underwriter: the review queue of their
// insurer; client: their company's assessments.
export default async function AssessmentsPage() {
  const user = await requirePermission('assessment.list', '/assessments');
  const [t, assessments] = await Promise.all([getTranslations('assessments'), findAssessmentsForUser({ user })]);
  const title = user.role === 'UNDERWRITER' ? t('reviewQueueTitle') : user.role === 'CLIENT' ? t('myTitle') : t('title');
  return (
    <>
      <PageHeader title={title} />
      <AssessmentTable assessments={assessments} caption={title} viewer={user.role} />
    </>
  );
}
