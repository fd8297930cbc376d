import { getTranslations } from 'next-intl/server';
import { Badge, type TBadgeTone } from '@/components/ui/badge';
import type { SubjectivityStatus, SubmissionStatus } from '@/lib/db/generated/enums';

const STATUS_TONE: Record<SubmissionStatus, TBadgeTone> = {
  SUBMITTED: 'info',
  IN_REVIEW: 'warning',
  INFO_REQUESTED: 'warning',
  QUOTED: 'success',
  DECLINED: 'danger',
  BOUND: 'success',
  NOT_TAKEN_UP: 'neutral',
  WITHDRAWN: 'neutral',
};

export async function SubmissionStatusBadge({ status }: { status: SubmissionStatus }) {
  const t = await getTranslations('placement.status');
  return (
    <span data-testid="submission-status" data-status={status}>
      <Badge tone={STATUS_TONE[status]}>{t(status)}</Badge>
    </span>
  );
}

const SUBJECTIVITY_TONE: Record<SubjectivityStatus, TBadgeTone> = { OPEN: 'warning', FULFILLED: 'info', ACCEPTED: 'success' };

export async function SubjectivityBadges({ status, isOverdue }: { status: SubjectivityStatus; isOverdue: boolean }) {
  const t = await getTranslations('placement.subjectivities');
  return (
    <span className="inline-flex flex-wrap gap-1" data-testid="subjectivity-status" data-status={status}>
      <Badge tone={SUBJECTIVITY_TONE[status]}>{t(`status.${status}`)}</Badge>
      {isOverdue && <Badge tone="danger">{t('overdue')}</Badge>}
    </span>
  );
}
