'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Check, Copy, TriangleAlert } from 'lucide-react';
import { createApiTokenAction } from '@/app/(app)/profile/api-tokens/actions';
import { useProtectedAction } from '@/components/auth/reauthentication';
import { FormAlert } from '@/components/forms/form-alert';
import { useActionFeedback, useFieldMessage } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';
import { describedBy, Field, Input, Select } from '@/components/ui/field';
import { TOKEN_LIFETIME_DAYS, type TCreateApiTokenInput, ZCreateApiTokenInput } from '@/lib/api-tokens/schemas';

/** The new token, shown exactly once: only its hash is stored, so nobody can show it again. */
function NewToken({ name, token, curlExample, onDone }: { name: string; token: string; curlExample: string; onDone: () => void }) {
  const t = useTranslations('apiTokens.form');
  const [isCopied, setIsCopied] = useState(false);
  const fieldRef = useRef<HTMLInputElement>(null);
  useEffect(() => fieldRef.current?.select(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setIsCopied(true);
    } catch {
      // No clipboard permission (or an insecure origin): leave the token selected for Ctrl+C.
      fieldRef.current?.select();
    }
  }

  return (
    <section aria-labelledby="new-token-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="new-token">
      <h3 id="new-token-heading" className="flex items-center gap-2 text-sm font-semibold text-amber-950">
        <TriangleAlert aria-hidden="true" className="h-4 w-4" />
        {t('createdTitle', { name })}
      </h3>
      <p className="mt-1 text-sm text-amber-950">{t('shownOnce')}</p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <label htmlFor="new-token-value" className="sr-only">
          {t('tokenLabel')}
        </label>
        <Input id="new-token-value" ref={fieldRef} readOnly value={token} spellCheck={false} className="min-w-0 flex-1 font-mono text-xs" onFocus={(event) => event.currentTarget.select()} />
        <Button variant="secondary" onClick={copy}>
          {isCopied ? <Check aria-hidden="true" className="h-4 w-4" /> : <Copy aria-hidden="true" className="h-4 w-4" />}
          {isCopied ? t('copied') : t('copy')}
        </Button>
      </div>
      <p role="status" className="sr-only">
        {isCopied ? t('copied') : ''}
      </p>
      <p className="mt-3 text-xs text-amber-950">{t('tryIt')}</p>
      <pre className="mt-1 overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100">
        <code>{curlExample}</code>
      </pre>
      <div className="mt-3">
        <Button variant="secondary" onClick={onDone}>
          {t('done')}
        </Button>
      </div>
    </section>
  );
}

/** Name a token, choose how long it lives, and see it once. */
export function CreateApiTokenForm({ apiUrl }: { apiUrl: string }) {
  const hydrated = useHydrated();
  const t = useTranslations('apiTokens.form');
  const message = useFieldMessage();
  const runProtected = useProtectedAction();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TCreateApiTokenInput>({ resolver: zodResolver(ZCreateApiTokenInput), defaultValues: { name: '', expiresInDays: 90 } });
  const { formError, apply } = useActionFeedback(setError);

  const onSubmit = handleSubmit(async (values) => {
    const result = await runProtected(() => createApiTokenAction(values));
    if (!apply(result)) return;
    setCreated({ name: result.data.name, token: result.data.token });
    reset();
  });

  if (created) {
    return <NewToken name={created.name} token={created.token} curlExample={`curl -H "Authorization: Bearer ${created.token}" ${apiUrl}`} onDone={() => setCreated(null)} />;
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto] md:items-start" data-testid="create-token-form">
      <FormAlert message={formError} className="md:col-span-3" />
      <Field id="token-name" label={t('name')} hint={t('nameHint')} error={message(errors.name?.message)}>
        <Input id="token-name" autoComplete="off" maxLength={80} aria-invalid={Boolean(errors.name)} aria-describedby={describedBy('token-name', Boolean(errors.name), true)} {...register('name')} />
      </Field>
      <Field id="token-lifetime" label={t('lifetime')} error={message(errors.expiresInDays?.message)}>
        <Select id="token-lifetime" aria-invalid={Boolean(errors.expiresInDays)} {...register('expiresInDays', { setValueAs: (value: unknown) => (value === '' || value === null ? null : Number(value)) })}>
          {TOKEN_LIFETIME_DAYS.map((days) => (
            <option key={days} value={days}>
              {t('days', { days })}
            </option>
          ))}
          <option value="">{t('noExpiry')}</option>
        </Select>
      </Field>
      <div className="md:pt-6">
        <Button type="submit" disabled={isSubmitting || !hydrated}>
          {isSubmitting ? t('creating') : t('create')}
        </Button>
      </div>
    </form>
  );
}
