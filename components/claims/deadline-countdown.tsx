'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { cn } from '@/lib/cn';
import { describeRemaining } from '@/lib/claims/time';

/**
 * Time left until a deadline, rendered by the server at `renderedAt` and then kept current in the
 * browser (every 30 seconds). Overdue deadlines turn red.
 */
export function DeadlineCountdown({ dueAt, renderedAt }: { dueAt: string; renderedAt: string }) {
  const t = useTranslations('claims.detail');
  const [now, setNow] = useState(() => new Date(renderedAt));
  useEffect(() => {
    // The first tick right after hydration (the page may have been cached), then every 30 seconds.
    const first = setTimeout(() => setNow(new Date()), 0);
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, []);
  const remaining = describeRemaining(now, new Date(dueAt));
  return (
    <span className={cn('text-sm font-semibold', remaining.isOverdue ? 'text-red-700' : 'text-slate-900')} data-testid="deadline-countdown" data-overdue={remaining.isOverdue}>
      {t(remaining.isOverdue ? 'overdue' : 'remaining', { days: remaining.days, hours: remaining.hours, minutes: remaining.minutes })}
    </span>
  );
}
