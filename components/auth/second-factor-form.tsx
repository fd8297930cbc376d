'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn, signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';
import { describedBy, Field, Input } from '@/components/ui/field';
import { SIGN_IN_EXPIRED_ERROR, type TSecondFactorCode, ZSecondFactorCode } from '@/lib/auth/login-schema';
import { useSignInError } from './sign-in-error';

/** The second sign-in step: a TOTP or recovery code, or — for enrolment — the first code of a new authenticator. */
export function SecondFactorForm({ callbackUrl, submitLabel }: { callbackUrl: string; submitLabel: string }) {
  const hydrated = useHydrated();
  const t = useTranslations();
  const { message: formError, show } = useSignInError();
  const [isDone, setIsDone] = useState(false);
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<TSecondFactorCode>({ resolver: zodResolver(ZSecondFactorCode), defaultValues: { code: '' } });

  const onSubmit = handleSubmit(async (values) => {
    show(null);
    const result = await signIn('second-factor', { code: values.code, redirect: false });
    if (!result || result.error) {
      if (result?.error === SIGN_IN_EXPIRED_ERROR) {
        const restart = new URL('/login', window.location.origin);
        restart.searchParams.set('error', SIGN_IN_EXPIRED_ERROR);
        restart.searchParams.set('callbackUrl', callbackUrl);
        window.location.assign(restart.href);
        return;
      }
      show(result?.error ?? 'failed');
      setValue('code', '');
      return;
    }
    setIsDone(true);
    window.location.assign(callbackUrl);
  });

  return (
    <div className="space-y-4">
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby={formError ? 'login-error' : undefined}>
        {formError && (
          <p id="login-error" role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {formError}
          </p>
        )}
        <Field id="code" label={t('security.login.code')} error={errors.code?.message && t(errors.code.message)}>
          <Input
            id="code"
            autoComplete="one-time-code"
            inputMode="text"
            autoFocus
            spellCheck={false}
            aria-invalid={Boolean(errors.code)}
            aria-describedby={describedBy('code', Boolean(errors.code))}
            {...register('code')}
          />
        </Field>
        <Button type="submit" className="w-full" disabled={isSubmitting || isDone || !hydrated}>
          {isSubmitting || isDone ? t('security.login.verifying') : submitLabel}
        </Button>
      </form>
      <button type="button" className="w-full text-center text-sm text-brand-700 underline" onClick={() => signOut({ callbackUrl: '/login' })}>
        {t('security.login.startOver')}
      </button>
    </div>
  );
}
