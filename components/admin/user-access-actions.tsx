'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { deactivateUserAction, endSessionsAction, reactivateUserAction, resetAccessAction, unblockUserAction } from '@/app/(app)/admin/users/actions';
import { useProtectedAction } from '@/components/auth/reauthentication';
import { Button } from '@/components/ui/button';
import type { TActionResult } from '@/lib/errors';
import { useFieldMessage } from '@/components/forms/use-action-form';

type TRow = { id: string; name: string; email: string; isDeactivated: boolean; isSelf: boolean };

/** Per user: reset access (one-time link), end sessions, deactivate or reactivate, unblock sign-in. */
export function UserAccessActions({ user }: { user: TRow }) {
  const t = useTranslations();
  const format = useFormatter();
  const formatExpiry = (iso: string) => format.dateTime(new Date(iso), 'withTime');
  const message = useFieldMessage();
  const router = useRouter();
  const runProtected = useProtectedAction();
  const [removeSecondFactor, setRemoveSecondFactor] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const run = async <T,>(action: () => Promise<TActionResult<T>>, onDone: (data: T) => void) => {
    setError(null);
    setStatus(null);
    setLink(null);
    setIsBusy(true);
    const result = await runProtected(action);
    setIsBusy(false);
    if (!result.ok) return setError(message(Object.values(result.fieldErrors ?? {})[0]?.[0]) ?? t(`errors.${result.code}`));
    onDone(result.data);
    router.refresh();
  };

  return (
    <details className="group text-sm">
      <summary className="cursor-pointer select-none font-medium text-brand-700">{t('security.admin.more')}</summary>
      <div className="mt-3 w-64 space-y-3 whitespace-normal" aria-label={user.name} role="group">
        {error && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-800">
            {error}
          </p>
        )}
        {status && (
          <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-emerald-800">
            {status}
          </p>
        )}
        {link && (
          <div className="space-y-1">
            <input readOnly value={link} aria-label={t('security.admin.copyHint')} className="w-full rounded-md border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs" data-testid="set-password-link" onFocus={(e) => e.currentTarget.select()} />
            <p className="text-xs text-slate-500">{t('security.admin.copyHint')}</p>
          </div>
        )}
        <div className="space-y-2 rounded-md border border-slate-200 p-3">
          <label className="flex items-start gap-2 text-slate-700">
            <input type="checkbox" checked={removeSecondFactor} onChange={(e) => setRemoveSecondFactor(e.target.checked)} className="mt-1" />
            {t('security.admin.removeSecondFactor')}
          </label>
          <Button
            variant="secondary"
            disabled={isBusy}
            onClick={() =>
              run(
                () => resetAccessAction({ userId: user.id, removeSecondFactor }),
                (data) => {
                  setStatus(t('security.admin.resetDone', { email: data.email, expires: formatExpiry(data.expiresAt) }));
                  setLink(data.link);
                },
              )
            }
          >
            {t('security.admin.resetAccess')}
          </Button>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" disabled={isBusy} onClick={() => run(() => endSessionsAction({ userId: user.id }), () => setStatus(t('security.admin.done')))}>
            {t('security.admin.endSessions')}
          </Button>
          <Button variant="secondary" disabled={isBusy} onClick={() => run(() => unblockUserAction({ userId: user.id }), () => setStatus(t('security.admin.done')))}>
            {t('security.admin.unblock')}
          </Button>
          {user.isDeactivated ? (
            <Button variant="secondary" disabled={isBusy} onClick={() => run(() => reactivateUserAction({ userId: user.id }), () => setStatus(t('security.admin.done')))}>
              {t('security.admin.reactivate')}
            </Button>
          ) : (
            !user.isSelf && (
              <Button variant="danger" disabled={isBusy} onClick={() => run(() => deactivateUserAction({ userId: user.id }), () => setStatus(t('security.admin.done')))}>
                {t('security.admin.deactivate')}
              </Button>
            )
          )}
        </div>
      </div>
    </details>
  );
}
