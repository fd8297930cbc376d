'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { describedBy, Field, Input } from '@/components/ui/field';
import { THROTTLED_ERROR, type TCredentials, ZCredentials } from '@/lib/auth/login-schema';

function errorKey(error: string | undefined): string | null {
  if (!error) return null;
  if (error === THROTTLED_ERROR) return 'login.throttled';
  if (error === 'CredentialsSignin') return 'login.invalid';
  return 'login.failed';
}

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const t = useTranslations();
  const [formError, setFormError] = useState<string | null>(errorKey(initialError));
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<TCredentials>({ resolver: zodResolver(ZCredentials), defaultValues: { email: '', password: '' } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await signIn('credentials', { ...values, redirect: false });
    if (!result || result.error) {
      setFormError(errorKey(result?.error ?? 'failed'));
      return;
    }
    // A full navigation so the server renders the new session's locale and layout.
    window.location.assign(callbackUrl);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby={formError ? 'login-error' : undefined}>
      {formError && (
        <p id="login-error" role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {t(formError)}
        </p>
      )}
      <Field id="email" label={t('login.email')} error={errors.email?.message && t(errors.email.message)}>
        <Input id="email" type="email" autoComplete="username" aria-invalid={Boolean(errors.email)} aria-describedby={describedBy('email', Boolean(errors.email))} {...register('email')} />
      </Field>
      <Field id="password" label={t('login.password')} error={errors.password?.message && t(errors.password.message)}>
        <Input id="password" type="password" autoComplete="current-password" aria-invalid={Boolean(errors.password)} aria-describedby={describedBy('password', Boolean(errors.password))} {...register('password')} />
      </Field>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? t('login.submitting') : t('login.submit')}
      </Button>
    </form>
  );
}
