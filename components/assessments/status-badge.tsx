import { getTranslations } from 'next-intl/server';
import { Badge, type TBadgeTone } from '@/components/ui/badge';
import type { AssessmentStatus } from '@/lib/db/generated/enums';

const TONE: Record<AssessmentStatus, TBadgeTone> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  REVISING: 'warning',
  IN_REVIEW: 'warning',
  DECIDED: 'success',
  ARCHIVED: 'neutral',
};

export async function StatusBadge({ status }: { status: AssessmentStatus }) {
  const t = await getTranslations('assessmentStatus');
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
