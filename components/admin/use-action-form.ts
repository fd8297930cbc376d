'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { TActionResult } from '@/lib/errors';

/** Shows a server action's result on a react-hook-form form: field errors on their fields, the rest on top. */
export function useActionFeedback<TValues extends FieldValues>(setError: UseFormSetError<TValues>) {
  const t = useTranslations();
  const [formError, setFormError] = useState<string | null>(null);
  function apply<T>(result: TActionResult<T>): result is { ok: true; data: T } {
    setFormError(null);
    if (result.ok) return true;
    const fields = Object.entries(result.fieldErrors ?? {}).filter(([key]) => key !== '');
    for (const [field, messages] of fields) setError(field as Path<TValues>, { type: 'server', message: messages[0] });
    setFormError(t(`errors.${result.code}`));
    return false;
  }
  return { formError, apply, setFormError };
}

/** Validation messages are catalog keys; anything else (unexpected) is shown as it is. */
export function useFieldMessage() {
  const t = useTranslations();
  return (message: string | undefined) => (message ? (t.has(message) ? t(message) : message) : undefined);
}
