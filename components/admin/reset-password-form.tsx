'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { resetPasswordAction } from '@/app/(app)/admin/users/actions';
import { Button } from '@/components/ui/button';
import { describedBy, Field, Input } from '@/components/ui/field';
import { type TResetPasswordInput, ZResetPasswordInput } from '@/lib/users/schemas';
import { useActionFeedback, useFieldMessage } from './use-action-form';

export function ResetPasswordForm({ userId, userName }: { userId: string; userName: string }) {
  const t = useTranslations('admin');
  const message = useFieldMessage();
  const [isOpen, setIsOpen] = useState(false);
  const [isDone, setIsDone] = useState(false);
  // Keyboard users keep their place: focus moves into the form when it opens and back to the
  // button that opened it when it closes.
  const openerRef = useRef<HTMLButtonElement>(null);
  const hasBeenOpened = useRef(false);
  useEffect(() => {
    if (isOpen) hasBeenOpened.current = true;
    else if (hasBeenOpened.current) openerRef.current?.focus();
  }, [isOpen]);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TResetPasswordInput>({ resolver: zodResolver(ZResetPasswordInput), defaultValues: { userId, password: '' } });
  const { formError, apply } = useActionFeedback(setError);
  const fieldId = `reset-${userId}`;

  if (!isOpen) {
    return (
      <div className="flex items-center gap-3">
        <Button
          ref={openerRef}
          variant="secondary"
          onClick={() => {
            setIsOpen(true);
            setIsDone(false);
          }}
        >
          {t('resetPassword')}
        </Button>
        {isDone && <span role="status" className="text-xs text-emerald-700">{t('resetDone')}</span>}
      </div>
    );
  }

  const onSubmit = handleSubmit(async (values) => {
    if (apply(await resetPasswordAction(values))) {
      reset({ userId, password: '' });
      setIsOpen(false);
      setIsDone(true);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-2" aria-label={t('resetFor', { name: userName })}>
      <input type="hidden" {...register('userId')} />
      <div className="min-w-56">
        <Field id={fieldId} label={t('resetFor', { name: userName })} error={message(errors.password?.message) ?? formError ?? undefined}>
          <Input id={fieldId} type="password" autoComplete="new-password" autoFocus aria-invalid={Boolean(errors.password)} aria-describedby={describedBy(fieldId, Boolean(errors.password))} {...register('password')} />
        </Field>
      </div>
      <div className="flex gap-2 pt-6">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t('resetting') : t('reset')}
        </Button>
        <Button variant="ghost" onClick={() => setIsOpen(false)}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
