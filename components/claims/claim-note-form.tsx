'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { addClaimNoteAction } from '@/app/(app)/claims/actions';
import { FormAlert } from '@/components/forms/form-alert';
import { useActionSubmit } from '@/components/forms/use-action-submit';
import { Button } from '@/components/ui/button';
import { TextArea } from '@/components/ui/field';
import { useHydrated } from '@/components/ui/use-hydrated';

/** Adds a note to the claim's timeline. */
export function ClaimNoteForm({ claimId }: { claimId: string }) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [body, setBody] = useState('');
  const { run, pending, fieldError, formError } = useActionSubmit();
  const error = fieldError('body') ?? formError;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(() => addClaimNoteAction({ claimId, body }), () => setBody(''));
  };

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-2" data-testid="claim-note-form">
      <label htmlFor="claim-note" className="block text-sm font-medium text-slate-800">
        {t('claims.detail.noteLabel')}
      </label>
      <TextArea id="claim-note" name="body" rows={3} value={body} onChange={(event) => setBody(event.target.value)} aria-invalid={Boolean(error)} />
      <FormAlert message={error} />
      <Button type="submit" variant="secondary" disabled={pending || !hydrated}>
        {pending ? t('claims.detail.noteSubmitting') : t('claims.detail.noteSubmit')}
      </Button>
    </form>
  );
}
