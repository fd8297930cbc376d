import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

export function Card({ title, titleId, children, className, actions }: { title?: string; titleId?: string; children: ReactNode; className?: string; actions?: ReactNode }) {
  return (
    <section aria-labelledby={title ? titleId : undefined} className={cn('rounded-lg border border-slate-200 bg-white shadow-sm', className)}>
      {title && (
        <div className="flex items-center justify-between border-b border-slate-200 px-5 py-3">
          <h2 id={titleId} className="text-base font-semibold text-slate-900">
            {title}
          </h2>
          {actions}
        </div>
      )}
      <div className="p-5">{children}</div>
    </section>
  );
}
