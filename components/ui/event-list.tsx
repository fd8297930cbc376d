import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

export type TEventListEntry = {
  id: string;
  /** Who and when (and what kind), in one small line above the text. */
  meta: ReactNode;
  body: ReactNode;
  /** Marked entries stand out (a question waiting for an answer). */
  isMarked?: boolean;
  kind?: string;
};

/** A record's history, oldest first: a submission's thread, a claim's timeline. */
export function EventList({ entries, testId }: { entries: TEventListEntry[]; testId: string }) {
  return (
    <ol className="space-y-3" data-testid={testId}>
      {entries.map((entry) => (
        <li key={entry.id} className={cn('rounded-md border p-3', entry.isMarked ? 'border-amber-200 bg-amber-50' : 'border-slate-200 bg-white')} data-kind={entry.kind}>
          <p className="text-xs text-slate-500">{entry.meta}</p>
          <div className="mt-1 whitespace-pre-line text-sm text-slate-900">{entry.body}</div>
        </li>
      ))}
    </ol>
  );
}
