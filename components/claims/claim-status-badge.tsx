import { Badge, type TBadgeTone } from '@/components/ui/badge';
import type { ClaimStatus } from '@/lib/db/generated/enums';

const TONES = { REPORTED: 'warning', ACKNOWLEDGED: 'info', INVESTIGATING: 'info', SETTLED: 'success', CLOSED: 'neutral' } as const satisfies Record<ClaimStatus, TBadgeTone>;

/** The claim's status; the label arrives translated (claims.statuses.*). */
export function ClaimStatusBadge({ status, label }: { status: ClaimStatus; label: string }) {
  return (
    <span data-testid="claim-status" data-status={status}>
      <Badge tone={TONES[status]}>{label}</Badge>
    </span>
  );
}
