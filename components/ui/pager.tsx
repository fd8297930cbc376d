import Link from 'next/link';
import { cn } from '@/lib/cn';

/**
 * Previous / next links for a server-paginated list, keeping the other query parameters, with the
 * "x–y of N" line. Pure links: works without JavaScript.
 */
export function Pager({
  page,
  pageCount,
  hrefFor,
  summary,
  labels,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  summary: string;
  labels: { previous: string; next: string; navigation: string };
}) {
  const link = (target: number, label: string, rel: 'prev' | 'next') =>
    target < 1 || target > pageCount ? (
      <span className="rounded-md px-3 py-1.5 text-slate-500" aria-disabled="true">
        {label}
      </span>
    ) : (
      <Link href={hrefFor(target)} rel={rel} className={cn('rounded-md border border-slate-300 bg-white px-3 py-1.5 text-slate-800 hover:bg-slate-50')}>
        {label}
      </Link>
    );
  return (
    <nav aria-label={labels.navigation} className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-slate-600" data-testid="pager-summary">
        {summary}
      </p>
      <div className="flex gap-2">
        {link(page - 1, `← ${labels.previous}`, 'prev')}
        {link(page + 1, `${labels.next} →`, 'next')}
      </div>
    </nav>
  );
}
