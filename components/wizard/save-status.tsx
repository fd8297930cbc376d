'use client';

import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { TSyncSnapshot } from '@/lib/wizard/answer-sync';
import { cn } from '@/lib/cn';

const TONE: Record<TSyncSnapshot['status'], string> = {
  idle: 'text-slate-600',
  saving: 'text-slate-600',
  saved: 'text-emerald-800',
  retrying: 'text-amber-900',
  offline: 'text-amber-900',
  signedOut: 'text-red-800',
  locked: 'text-slate-700',
};

/** The autosave state, announced politely to screen readers: saving, saved at hh:mm, retrying, offline. */
export function SaveStatus({ snapshot, resultsHref }: { snapshot: TSyncSnapshot; resultsHref: string }) {
  const t = useTranslations('wizard.status');
  const tw = useTranslations('wizard');
  const format = useFormatter();
  const waiting = Object.keys(snapshot.pending).length;
  const conflicts = Object.keys(snapshot.conflicts).length;
  const rejected = Object.keys(snapshot.rejected).length;
  let text: string;
  switch (snapshot.status) {
    case 'saved':
      text = snapshot.lastSavedAt ? t('saved', { time: format.dateTime(new Date(snapshot.lastSavedAt), 'time') }) : t('savedNothingYet');
      break;
    case 'retrying':
      text = t('retrying', { seconds: snapshot.retryInSeconds ?? 1 });
      break;
    case 'locked':
      text = snapshot.lockedStatus === 'UNAVAILABLE' ? t('unavailable') : snapshot.lockedStatus === 'UPGRADED' ? t('upgraded') : t('locked');
      break;
    default:
      text = t(snapshot.status);
  }
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="save-status" data-status={snapshot.status} data-waiting={waiting}>
      <span role="status" aria-live="polite" className={cn('font-medium', TONE[snapshot.status])}>
        {text}
      </span>
      {waiting > rejected && snapshot.status !== 'saving' && <span className="text-slate-600">{t('waiting', { count: waiting - rejected })}</span>}
      {rejected > 0 && <span className="font-medium text-red-800">{t('rejected', { count: rejected })}</span>}
      {conflicts > 0 && <span className="font-medium text-amber-900">{t('conflicts', { count: conflicts })}</span>}
      {snapshot.status === 'locked' && snapshot.lockedStatus === 'UPGRADED' && (
        <a href="" className="text-brand-700 hover:underline">
          {t('reload')}
        </a>
      )}
      {snapshot.status === 'locked' && snapshot.lockedStatus !== 'UNAVAILABLE' && snapshot.lockedStatus !== 'UPGRADED' && (
        <Link href={resultsHref} className="text-brand-700 hover:underline">
          {tw('lockedLink')}
        </Link>
      )}
    </div>
  );
}
