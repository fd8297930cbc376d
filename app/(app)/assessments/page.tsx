import { getTranslations } from 'next-intl/server';
import { AssessmentTable } from '@/components/assessments/assessment-table';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { findAssessmentsForUser } from '@/lib/assessments/queries';
import { ZAssessmentListQuery } from '@/lib/assessments/schemas';
import { requirePageUser } from '@/lib/auth/guards';
import { AssessmentStatus } from '@/lib/db/generated/enums';
import { pageTitle } from '@/lib/i18n/page-title';
import { parseSearchParams } from '@/lib/validation';

export const generateMetadata = pageTitle('assessments.title');

// GET /assessments?status=&q=&page= — broker: the brokerage's assessments; underwriter: the assessments
// submitted to their insurer (their queue is /underwriting); client: their company's assessments. Filtered and paged on the server.
export default async function AssessmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser('/assessments');
  const query = parseSearchParams(ZAssessmentListQuery, await searchParams);
  const [t, page] = await Promise.all([getTranslations(), findAssessmentsForUser({ user, query })]);
  const title = user.role === 'UNDERWRITER' ? t('assessments.submittedTitle') : user.role === 'CLIENT' ? t('assessments.myTitle') : t('assessments.title');
  const filtered = Boolean(query.status || query.q);
  const hrefFor = (target: number) => {
    const params = new URLSearchParams();
    if (query.status) params.set('status', query.status);
    if (query.q) params.set('q', query.q);
    if (query.pageSize !== 25) params.set('pageSize', String(query.pageSize));
    params.set('page', String(target));
    return `/assessments?${params.toString()}`;
  };
  return (
    <>
      <PageHeader title={title} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="filter-status" className="block text-xs font-medium text-slate-700">
            {t('assessments.filterStatus')}
          </label>
          <Select id="filter-status" name="status" defaultValue={query.status ?? ''} className="w-44">
            <option value="">{t('assessments.allStatuses')}</option>
            {Object.values(AssessmentStatus)
              .filter((status) => status !== 'ARCHIVED')
              .map((status) => (
                <option key={status} value={status}>
                  {t(`assessmentStatus.${status}`)}
                </option>
              ))}
          </Select>
        </div>
        <div>
          <label htmlFor="filter-q" className="block text-xs font-medium text-slate-700">
            {t('assessments.searchClient')}
          </label>
          <Input id="filter-q" name="q" type="search" defaultValue={query.q ?? ''} className="w-64" />
        </div>
        <Button type="submit" variant="secondary">
          {t('assessments.search')}
        </Button>
      </form>
      {filtered && page.total === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-500">{t('assessments.noMatch')}</p>
      ) : (
        <AssessmentTable assessments={page.items} caption={title} viewer={user.role} />
      )}
      {page.total > 0 && (
        <Pager
          page={page.page}
          pageCount={page.pageCount}
          hrefFor={hrefFor}
          summary={t('assessments.pagination', { from: (page.page - 1) * page.pageSize + 1, to: Math.min(page.total, page.page * page.pageSize), total: page.total })}
          labels={{ previous: t('assessments.previousPage'), next: t('assessments.nextPage'), navigation: title }}
        />
      )}
    </>
  );
}
