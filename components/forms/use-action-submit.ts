'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { formLevelMessage, useFieldMessage } from '@/components/forms/use-action-form';
import type { TActionResult, TFieldErrors } from '@/lib/errors';

/**
 * Runs a server action from a plain form (no react-hook-form): field errors keyed by the input's
 * paths, a form-level message for the rest, and a refresh of the page on success. A conflict that
 * explains itself (`details.reason`) gets its own message when `conflicts` names a catalog namespace
 * with a key for that reason (a stale version says "reload").
 */
export function useActionSubmit(options: { conflicts?: string } = {}) {
  const t = useTranslations();
  const message = useFieldMessage();
  const router = useRouter();
  const [calling, setCalling] = useState(false);
  // The form stays busy until the refreshed page has arrived: its buttons must not offer the old
  // state (a claim's moves at the old version) for a second click in between.
  const [refreshing, startRefresh] = useTransition();
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  async function run(call: () => Promise<TActionResult<unknown>>, onSuccess?: () => void): Promise<boolean> {
    setCalling(true);
    setErrors({});
    setFormError(null);
    try {
      const result = await call();
      if (result.ok) {
        onSuccess?.();
        startRefresh(() => router.refresh());
        return true;
      }
      setErrors(result.fieldErrors ?? {});
      const reason = typeof result.details?.reason === 'string' ? `${options.conflicts}.${result.details.reason}` : null;
      setFormError(options.conflicts && reason && t.has(reason) ? t(reason) : formLevelMessage(t, result, result.fieldErrors?.['']?.[0]));
      return false;
    } catch {
      // The action never answered (network, a new deployment): say so instead of failing silently.
      setFormError(t('errors.INTERNAL'));
      return false;
    } finally {
      setCalling(false);
    }
  }

  /** The first message for a field, translated when it is a catalog key. */
  const fieldError = (path: string): string | undefined => message(errors[path]?.[0]);

  return { run, pending: calling || refreshing, fieldError, formError };
}
