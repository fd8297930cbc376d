'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { changePasswordAction } from '@/app/(app)/profile/actions';
import { useActionFeedback, useFieldMessage } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';
import { describedBy, Field, Input } from '@/components/ui/field';
import { type TChangePasswordInput, ZChangePasswordInput } from '@/lib/profile/security-schemas';

export function ChangePasswordForm({ rules }: { rules: string }) {
  const hydrated = useHydrated();
  const t = useTranslations();
  const message = useFieldMessage();
  const [changed, setChanged] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TChangePasswordInput>({ resolver: zodResolver(ZChangePasswordInput), defaultValues: { currentPassword: '', newPassword: '' } });
  const { formError, apply } = useActionFeedback(setError);

  const onSubmit = handleSubmit(async (values) => {
    setChanged(false);
    if (apply(await changePasswordAction(values))) {
      setChanged(true);
      reset();
    }
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="max-w-md space-y-4" data-testid="change-password-form">
      {formError && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      )}
      {changed && (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {t('security.profile.passwordChanged')}
        </p>
      )}
      <Field id="current-password" label={t('security.profile.currentPassword')} error={message(errors.currentPassword?.message)}>
        <Input
          id="current-password"
          type="password"
          autoComplete="current-password"
          aria-invalid={Boolean(errors.currentPassword)}
          aria-describedby={describedBy('current-password', Boolean(errors.currentPassword))}
          {...register('currentPassword')}
        />
      </Field>
      <Field id="new-password" label={t('security.profile.newPassword')} hint={rules} error={message(errors.newPassword?.message)}>
        <Input
          id="new-password"
          type="password"
          autoComplete="new-password"
          aria-invalid={Boolean(errors.newPassword)}
          aria-describedby={describedBy('new-password', Boolean(errors.newPassword), true)}
          {...register('newPassword')}
        />
      </Field>
      <Button type="submit" disabled={isSubmitting || !hydrated}>
        {isSubmitting ? t('security.profile.changing') : t('security.profile.changePassword')}
      </Button>
    </form>
  );
}
