// Small visual markers of the results page: the grade letter and the severity of a finding.
import { Badge, type TBadgeTone } from '@/components/ui/badge';
import { cn } from '@/lib/cn';
import type { TGrade, TSeverity } from '@/lib/scoring';

// White on the 700 shades keeps at least 4.5:1 contrast.
const GRADE_COLOURS: Record<TGrade, string> = {
  A: 'bg-emerald-700',
  B: 'bg-lime-700',
  C: 'bg-yellow-700',
  D: 'bg-orange-700',
  E: 'bg-red-700',
};

export function GradeBadge({ grade, label, size = 'md' }: { grade: TGrade; label: string; size?: 'md' | 'lg' }) {
  return (
    <span
      aria-label={label}
      role="img"
      className={cn('inline-flex shrink-0 items-center justify-center rounded-lg font-bold text-white', GRADE_COLOURS[grade], size === 'lg' ? 'h-14 w-14 text-3xl' : 'h-7 w-7 text-base')}
    >
      {grade}
    </span>
  );
}

const SEVERITY_TONES: Record<TSeverity, TBadgeTone> = { critical: 'danger', high: 'warning', medium: 'info', low: 'neutral' };

export function SeverityBadge({ severity, label }: { severity: TSeverity; label: string }) {
  return <Badge tone={SEVERITY_TONES[severity]}>{label}</Badge>;
}
