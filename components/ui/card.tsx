import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

export function Card({
  title,
  titleId,
  children,
  className,
  actions,
  headingLevel = 2,
}: {
  title?: string;
  titleId?: string;
  children: ReactNode;
  className?: string;
  actions?: ReactNode;
  /** 3 for cards inside a section that has its own h2. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section aria-labelledby={title ? titleId : undefined} className={cn('rounded-lg border border-slate-200 bg-white shadow-sm', className)}>
      {title && (
        <div className="flex items-center justify-between border-b border-slate-200 px-5 py-3">
          <Heading id={titleId} className="text-base font-semibold text-slate-900">
            {title}
          </Heading>
          {actions}
        </div>
      )}
      <div className="p-5">{children}</div>
    </section>
  );
}
