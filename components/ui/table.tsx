import Link from 'next/link';
import type { ReactNode } from 'react';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { cn } from '@/lib/cn';

/** A column header: its text, and for a sortable column the link that sorts by it and its current state. */
export type TTableHeader = {
  label: string;
  sort?: { href: string; state: 'ascending' | 'descending' | 'none' };
  align?: 'left' | 'right';
};

const SORT_ICON = { ascending: ArrowUp, descending: ArrowDown, none: ArrowUpDown } as const;

function HeaderCell({ header }: { header: TTableHeader }) {
  const alignment = header.align === 'right' ? 'text-right' : 'text-left';
  const classes = cn('px-4 py-3 text-xs font-semibold uppercase tracking-wide text-slate-600', alignment);
  if (!header.sort) {
    return (
      <th scope="col" className={classes}>
        {header.label}
      </th>
    );
  }
  const Icon = SORT_ICON[header.sort.state];
  return (
    <th scope="col" aria-sort={header.sort.state} className={classes}>
      <Link
        href={header.sort.href}
        className={cn('inline-flex items-center gap-1 rounded hover:text-slate-900', header.sort.state !== 'none' && 'text-brand-800', header.align === 'right' && 'flex-row-reverse')}
      >
        {header.label}
        <Icon aria-hidden="true" className={cn('h-3.5 w-3.5', header.sort.state === 'none' && 'text-slate-400')} />
      </Link>
    </th>
  );
}

/** A data table with a caption for screen readers and column headers scoped to columns (sortable ones with aria-sort). */
export function Table({ caption, headers, children, compact = false }: { caption: string; headers: Array<string | TTableHeader>; children: ReactNode; compact?: boolean }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      {/* compact: narrower cell padding, for tables with many columns (it outranks the cells' own px-4). */}
      <table className={cn('min-w-full divide-y divide-slate-200 text-sm', compact && '[&_td]:px-3 [&_th]:px-3')}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            {headers.map((header) => {
              const cell = typeof header === 'string' ? { label: header } : header;
              return <HeaderCell key={cell.label} header={cell} />;
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

export function Td({ children, className }: { children: ReactNode; className?: string }) {
  return <td className={className ?? 'whitespace-nowrap px-4 py-3 text-slate-700'}>{children}</td>;
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-500">{children}</div>;
}
