import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { EmptyState, Table, Td } from '@/components/ui/table';
import type { findAssessmentsForUser } from '@/lib/assessments/queries';
import { StatusBadge } from './status-badge';

type TAssessmentRow = Awaited<ReturnType<typeof findAssessmentsForUser>>[number];

export async function AssessmentTable({ assessments, caption, showBroker = true }: { assessments: TAssessmentRow[]; caption: string; showBroker?: boolean }) {
  const t = await getTranslations('assessments');
  const format = await getFormatter();
  if (assessments.length === 0) return <EmptyState>{t('empty')}</EmptyState>;
  const headers = [t('client'), t('status'), ...(showBroker ? [t('broker')] : []), t('insurer'), t('submitted'), t('updated')];
  return (
    <Table caption={caption} headers={headers}>
      {assessments.map((assessment) => (
        <tr key={assessment.id} className="hover:bg-slate-50" data-testid="assessment-row">
          <Td>
            <Link href={`/assessments/${assessment.id}`} className="font-medium text-brand-700 hover:underline">
              {assessment.clientCompany.name}
            </Link>
          </Td>
          <Td>
            <StatusBadge status={assessment.status} />
          </Td>
          {showBroker && <Td>{`${assessment.broker.name} · ${assessment.brokerage.name}`}</Td>}
          <Td>{assessment.insurer?.name ?? t('notSubmitted')}</Td>
          <Td>{assessment.submittedAt ? format.dateTime(assessment.submittedAt, 'short') : '—'}</Td>
          <Td>{format.dateTime(assessment.updatedAt, 'withTime')}</Td>
        </tr>
      ))}
    </Table>
  );
}
