'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState, useSyncExternalStore, type FormEvent } from 'react';
import { setPasswordAction } from '@/app/(auth)/set-password/actions';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';
import { describedBy, Field, Input } from '@/components/ui/field';
import { useFieldMessage } from '@/components/forms/use-action-form';

/**
 * The token travels in the URL fragment (#token=…), which browsers never send to a server or in a
 * Referer. Read once, then removed from the address bar and the history.
 */
let capturedToken: string | null | undefined;
function readTokenOnce(): string | null {
  if (capturedToken === undefined) {
    capturedToken = /(?:^|[#&])token=([A-Za-z0-9_-]+)/.exec(window.location.hash)?.[1] ?? null;
    if (capturedToken) window.history.replaceState(null, '', window.location.pathname);
  }
  return capturedToken;
}
const noSubscription = () => () => {};

export function SetPasswordForm({ rules }: { rules: string }) {
  const hydrated = useHydrated();
  const t = useTranslations();
  const message = useFieldMessage();
  // undefined while rendered on the server (no fragment there).
  const token = useSyncExternalStore(noSubscription, readTokenOnce, () => undefined);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [done, setDone] = useState(false);


  if (token === undefined) return null;
  if (done) {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {t('security.setPassword.done')}
        </p>
        <Link href="/login" className="block text-center text-sm font-medium text-brand-700 underline">
          {t('security.setPassword.toLogin')}
        </Link>
      </div>
    );
  }
  if (!token || linkError) {
    return (
      <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
        {linkError ?? t('security.setPassword.noToken')}
      </p>
    );
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!password) return setError(t('validation.required'));
    setIsSaving(true);
    const result = await setPasswordAction({ token, password });
    setIsSaving(false);
    if (result.ok) return setDone(true);
    if (result.fieldErrors?.token) return setLinkError(t('security.setPassword.linkInvalid'));
    setError(message(result.fieldErrors?.password?.[0]) ?? t(`errors.${result.code}`));
  };

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      <Field id="new-password" label={t('security.setPassword.password')} hint={rules} error={error ?? undefined}>
        <Input
          id="new-password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy('new-password', Boolean(error), true)}
        />
      </Field>
      <Button type="submit" className="w-full" disabled={isSaving || !hydrated}>
        {isSaving ? t('security.setPassword.submitting') : t('security.setPassword.submit')}
      </Button>
    </form>
  );
}
