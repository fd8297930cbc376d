'use client';

import { useTranslations } from 'next-intl';
import { createContext, useContext, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { reauthenticateAction } from '@/app/(app)/profile/actions';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import type { TActionResult } from '@/lib/errors';
import { useFieldMessage } from '@/components/forms/use-action-form';

type TRun = <T>(action: () => Promise<TActionResult<T>>) => Promise<TActionResult<T>>;

const ReauthenticationContext = createContext<TRun | null>(null);

/**
 * Sensitive actions answer REAUTHENTICATION_REQUIRED when the last sign-in or confirmation is older
 * than 5 minutes. `useProtectedAction()` runs an action; on that answer it asks for the password
 * (and a code where the user has a second factor) in a dialog, then runs the action again.
 */
export function ReauthenticationProvider({ withCode, children }: { withCode: boolean; children: ReactNode }) {
  const t = useTranslations();
  const message = useFieldMessage();
  const dialog = useRef<HTMLDialogElement>(null);
  const pending = useRef<((confirmed: boolean) => void) | null>(null);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isChecking, setIsChecking] = useState(false);

  const askForConfirmation = () =>
    new Promise<boolean>((resolve) => {
      pending.current = resolve;
      setPassword('');
      setCode('');
      setError(null);
      dialog.current?.showModal();
    });

  const close = (confirmed: boolean) => {
    dialog.current?.close();
    pending.current?.(confirmed);
    pending.current = null;
  };

  const run: TRun = async (action) => {
    const first = await action();
    if (first.ok || first.code !== 'REAUTHENTICATION_REQUIRED') return first;
    return (await askForConfirmation()) ? action() : first;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setIsChecking(true);
    const result = await reauthenticateAction({ password, ...(withCode ? { code } : {}) });
    setIsChecking(false);
    if (result.ok) return close(true);
    const fieldError = result.fieldErrors?.password?.[0] ?? result.fieldErrors?.code?.[0];
    setError(message(fieldError) ?? t(`errors.${result.code}`));
  };

  return (
    <ReauthenticationContext.Provider value={run}>
      {children}
      <dialog ref={dialog} aria-labelledby="reauth-title" className="w-full max-w-sm rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40" onCancel={() => close(false)}>
        <form method="post" onSubmit={onSubmit} className="space-y-4 p-6" data-testid="reauth-form">
          <h2 id="reauth-title" className="text-lg font-semibold text-slate-900">
            {t('security.reauth.title')}
          </h2>
          <p className="text-sm text-slate-600">{t('security.reauth.intro', { withCode: withCode ? 'yes' : 'no' })}</p>
          {error && (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
              {error}
            </p>
          )}
          <Field id="reauth-password" label={t('security.reauth.password')}>
            <Input id="reauth-password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          </Field>
          {withCode && (
            <Field id="reauth-code" label={t('security.reauth.code')}>
              <Input id="reauth-code" autoComplete="one-time-code" spellCheck={false} value={code} onChange={(e) => setCode(e.target.value)} />
            </Field>
          )}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => close(false)}>
              {t('security.reauth.cancel')}
            </Button>
            <Button type="submit" disabled={isChecking}>
              {isChecking ? t('security.reauth.submitting') : t('security.reauth.submit')}
            </Button>
          </div>
        </form>
      </dialog>
    </ReauthenticationContext.Provider>
  );
}

export function useProtectedAction(): TRun {
  const run = useContext(ReauthenticationContext);
  return run ?? ((action) => action());
}
