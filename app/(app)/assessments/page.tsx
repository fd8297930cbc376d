import { getTranslations } from 'next-intl/server';
import { AssessmentTable } from '@/components/assessments/assessment-table';
import { PageHeader } from '@/components/ui/page-header';
import { findAssessmentsForUser } from '@/lib/assessments/queries';
import { ZAssessmentListQuery } from '@/lib/assessments/schemas';
import { requirePageUser } from '@/lib/auth/guards';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('assessments.title');

// GET /assessments — broker: the brokerage's assessments; underwriter: the review queue of their
// insurer; client: their company's assessments.
export default async function AssessmentsPage() {
  const user = await requirePageUser('/assessments');
  const [t, assessments] = await Promise.all([getTranslations('assessments'), findAssessmentsForUser({ user, query: ZAssessmentListQuery.parse({}) })]);
  const title = user.role === 'UNDERWRITER' ? t('reviewQueueTitle') : user.role === 'CLIENT' ? t('myTitle') : t('title');
  return (
    <>
      <PageHeader title={title} />
      <AssessmentTable assessments={assessments.items} caption={title} viewer={user.role} />
    </>
  );
}
