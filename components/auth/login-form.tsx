'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';
import { describedBy, Field, Input } from '@/components/ui/field';
import { type TCredentials, ZCredentials } from '@/lib/auth/login-schema';
import { useSignInError } from './sign-in-error';

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const hydrated = useHydrated();
  const t = useTranslations();
  const { message: formError, show } = useSignInError(initialError);
  const [isContinuing, setIsContinuing] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<TCredentials>({ resolver: zodResolver(ZCredentials), defaultValues: { email: '', password: '' } });

  const onSubmit = handleSubmit(async (values) => {
    show(null);
    const result = await signIn('credentials', { ...values, redirect: false });
    if (!result || result.error) {
      show(result?.error ?? 'failed');
      return;
    }
    // A full navigation: the login page sends a finished sign-in on to callbackUrl and shows the
    // second step (code or enrolment) to a half-way one.
    setIsContinuing(true);
    const next = new URL('/login', window.location.origin);
    next.searchParams.set('callbackUrl', callbackUrl);
    window.location.assign(next.href);
  });

  return (
    // method="post": a submit before hydration must never put the fields (a password) into the URL.
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby={formError ? 'login-error' : undefined}>
      {formError && (
        <p id="login-error" role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      )}
      <Field id="email" label={t('login.email')} error={errors.email?.message && t(errors.email.message)}>
        <Input id="email" type="email" autoComplete="username" aria-invalid={Boolean(errors.email)} aria-describedby={describedBy('email', Boolean(errors.email))} {...register('email')} />
      </Field>
      <Field id="password" label={t('login.password')} error={errors.password?.message && t(errors.password.message)}>
        <Input id="password" type="password" autoComplete="current-password" aria-invalid={Boolean(errors.password)} aria-describedby={describedBy('password', Boolean(errors.password))} {...register('password')} />
      </Field>
      <Button type="submit" className="w-full" disabled={isSubmitting || isContinuing || !hydrated}>
        {isSubmitting || isContinuing ? t('login.submitting') : t('login.submit')}
      </Button>
    </form>
  );
}
