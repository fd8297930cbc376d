'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { formLevelMessage, useFieldMessage } from '@/components/forms/use-action-form';
import type { TActionResult, TFieldErrors } from '@/lib/errors';

/** Conflicts the placement actions explain (details.reason), each with its own message. */
const CONFLICT_REASONS = ['stale_version', 'illegal_transition', 'quote_expired', 'already_bound', 'already_submitted', 'not_submitted', 'decided', 'not_open', 'subjectivity_status', 'not_quoted'];

/**
 * Runs a placement action from a plain form: field errors keyed by the input's paths, a form-level
 * message for the rest (a stale version says "reload"), and a refresh of the page on success.
 */
export function useActionSubmit() {
  const t = useTranslations();
  const message = useFieldMessage();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  async function run(call: () => Promise<TActionResult<unknown>>, onSuccess?: () => void): Promise<boolean> {
    setPending(true);
    setErrors({});
    setFormError(null);
    try {
      const result = await call();
      if (result.ok) {
        onSuccess?.();
        router.refresh();
        return true;
      }
      setErrors(result.fieldErrors ?? {});
      const reason = typeof result.details?.reason === 'string' ? result.details.reason : null;
      setFormError(reason && CONFLICT_REASONS.includes(reason) ? t(`placement.conflicts.${reason}`) : formLevelMessage(t, result, result.fieldErrors?.['']?.[0]));
      return false;
    } finally {
      setPending(false);
    }
  }

  /** The first message for a field, translated when it is a catalog key. */
  const fieldError = (path: string): string | undefined => message(errors[path]?.[0]);

  return { run, pending, fieldError, formError };
}
