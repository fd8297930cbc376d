import Link from 'next/link';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { cn } from '@/lib/cn';
import { pagerPages } from '@/lib/pagination';

export type TPagerSize = { size: number; href: string; isCurrent: boolean };

const itemClasses = 'inline-flex min-w-9 items-center justify-center gap-1 rounded-md px-2.5 py-1.5 text-sm';

function Step({ href, label, rel }: { href: string | null; label: string; rel: 'prev' | 'next' }) {
  const Icon = rel === 'prev' ? ChevronLeft : ChevronRight;
  const content = (
    <>
      {rel === 'prev' && <Icon aria-hidden="true" className="h-4 w-4" />}
      {label}
      {rel === 'next' && <Icon aria-hidden="true" className="h-4 w-4" />}
    </>
  );
  if (!href) {
    return (
      <span className={cn(itemClasses, 'text-slate-500')} aria-disabled="true">
        {content}
      </span>
    );
  }
  return (
    <Link href={href} rel={rel} className={cn(itemClasses, 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50')}>
      {content}
    </Link>
  );
}

/**
 * Previous / next links for a server-paginated list, keeping the other query parameters, with the
 * "x–y of N" line; optionally the page numbers (first, last and the current page's neighbours) and
 * the page sizes. Pure links: works without JavaScript.
 */
export function Pager({
  page,
  pageCount,
  hrefFor,
  summary,
  labels,
  pageSizes,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  summary: string;
  /** `page` names a page number link for assistive technology ("Page 3"); without it, no numbers are shown. */
  labels: { previous: string; next: string; navigation: string; page?: (page: number) => string };
  pageSizes?: { label: string; options: TPagerSize[] };
}) {
  const pageLabel = labels.page;
  return (
    <nav aria-label={labels.navigation} className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-slate-600" data-testid="pager-summary">
        {summary}
      </p>
      <ul className="flex flex-wrap items-center gap-1">
        <li>
          <Step href={page > 1 ? hrefFor(page - 1) : null} label={labels.previous} rel="prev" />
        </li>
        {pageLabel &&
          pagerPages(page, pageCount).map((number, index) =>
            number === null ? (
              <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-slate-500">
                …
              </li>
            ) : (
              <li key={number}>
                <Link
                  href={hrefFor(number)}
                  aria-current={number === page ? 'page' : undefined}
                  aria-label={pageLabel(number)}
                  className={cn(itemClasses, number === page ? 'bg-brand-700 font-semibold text-white' : 'text-slate-700 hover:bg-slate-100')}
                >
                  {number}
                </Link>
              </li>
            ),
          )}
        <li>
          <Step href={page < pageCount ? hrefFor(page + 1) : null} label={labels.next} rel="next" />
        </li>
      </ul>
      {pageSizes && (
        <div className="flex items-center gap-1 text-slate-600">
          <span id="pager-size-label">{pageSizes.label}</span>
          <ul className="flex gap-1" aria-labelledby="pager-size-label">
            {pageSizes.options.map((option) => (
              <li key={option.size}>
                <Link
                  href={option.href}
                  aria-current={option.isCurrent ? 'true' : undefined}
                  className={cn(itemClasses, option.isCurrent ? 'bg-slate-200 font-semibold text-slate-900' : 'text-slate-700 hover:bg-slate-100')}
                >
                  {option.size}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </nav>
  );
}
