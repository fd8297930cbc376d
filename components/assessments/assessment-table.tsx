import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { EmptyState, Table, Td } from '@/components/ui/table';
import type { TAssessmentSummary } from '@/lib/assessments/types';
import type { Role } from '@/lib/db/generated/enums';
import { StatusBadge } from './status-badge';

/**
 * Assessments as the viewer needs them: a client does not need the broker column (it is always
 * their broker), an underwriter not the insurer column (it is always their own insurer).
 */
export async function AssessmentTable({ assessments, caption, viewer }: { assessments: TAssessmentSummary[]; caption: string; viewer: Role }) {
  const t = await getTranslations('assessments');
  const format = await getFormatter();
  if (assessments.length === 0) return <EmptyState>{t('empty')}</EmptyState>;
  const showBroker = viewer !== 'CLIENT';
  const showInsurer = viewer !== 'UNDERWRITER';
  const headers = [t('client'), t('status'), t('grade'), ...(showBroker ? [t('broker')] : []), ...(showInsurer ? [t('insurer')] : []), t('submitted'), t('updated')];
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
          <Td>{assessment.scores ? <span className="font-semibold text-slate-900">{assessment.scores.grade}</span> : '—'}</Td>
          {showBroker && (
            <Td>
              <span className="block">{assessment.brokerName}</span>
              <span className="block text-xs text-slate-500">{assessment.brokerageName}</span>
            </Td>
          )}
          {showInsurer && <Td>{assessment.insurerNames.length > 0 ? assessment.insurerNames.join(', ') : assessment.status === 'DRAFT' ? t('notSubmitted') : t('notPlaced')}</Td>}
          <Td>{assessment.submittedAt ? format.dateTime(assessment.submittedAt, 'short') : '—'}</Td>
          <Td>{format.dateTime(assessment.updatedAt, 'withTime')}</Td>
        </tr>
      ))}
    </Table>
  );
}
