import { Badge, type TBadgeTone } from '@/components/ui/badge';

const TONE: Record<string, TBadgeTone> = { A: 'success', B: 'success', C: 'info', D: 'warning', E: 'danger' };

/** A result's grade (A–E); `label` is its long name for assistive technology ("C – adequate"). */
export function GradeBadge({ grade, label }: { grade: string; label?: string }) {
  return (
    <span title={label}>
      <Badge tone={TONE[grade] ?? 'neutral'}>
        <span aria-hidden={label ? true : undefined}>{grade}</span>
        {label && <span className="sr-only">{label}</span>}
      </Badge>
    </span>
  );
}
