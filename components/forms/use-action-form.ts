'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { TActionResult } from '@/lib/errors';

/**
 * Shows a server action's result on a react-hook-form form: field errors on their fields, the rest on
 * top. `fieldPrefix` names where the form's values sit in the action's input (an update action takes
 * `{ clientCompanyId, fields: { … } }`: its errors on `fields.name` belong on the form's `name`).
 */
export function useActionFeedback<TValues extends FieldValues>(setError: UseFormSetError<TValues>, options: { fieldPrefix?: string } = {}) {
  const t = useTranslations();
  const [formError, setFormError] = useState<string | null>(null);
  const prefix = options.fieldPrefix ?? '';
  function apply<T>(result: TActionResult<T>): result is { ok: true; data: T } {
    setFormError(null);
    if (result.ok) return true;
    const errors = result.fieldErrors ?? {};
    const fields = Object.entries(errors)
      .filter(([key]) => key.startsWith(prefix) && key.length > prefix.length)
      .map(([key, messages]) => [key.slice(prefix.length), messages] as const);
    for (const [field, messages] of fields) setError(field as Path<TValues>, { type: 'server', message: messages[0] });
    setFormError(formLevelMessage(t, result, (errors[''] ?? (prefix ? errors[prefix.slice(0, -1)] : undefined))?.[0]));
    return false;
  }
  return { formError, apply, setFormError };
}

/** A failed action's message for the form as a whole: a message about the whole form (a refine on the object) says more than the code's. */
export function formLevelMessage(t: ReturnType<typeof useTranslations>, result: { code: string }, whole: string | undefined): string {
  return whole && t.has(whole) ? t(whole) : t(`errors.${result.code}`);
}

/** Validation messages are catalog keys; anything else (unexpected) is shown as it is. */
export function useFieldMessage() {
  const t = useTranslations();
  return (message: string | undefined) => (message ? (t.has(message) ? t(message) : message) : undefined);
}
