'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import { transitionClaimAction } from '@/app/(app)/claims/actions';
import { FormAlert } from '@/components/forms/form-alert';
import { useActionSubmit } from '@/components/forms/use-action-submit';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';

/**
 * The status moves the claim allows now, one button each. The server checks the move again (and the
 * version the page was rendered with): a move that is not legal, or a claim changed meanwhile, is
 * refused there and nothing is written; the page then shows the claim as it is now.
 */
export function ClaimMoveForm({ claimId, version, moves }: { claimId: string; version: number; moves: Array<{ to: string; label: string }> }) {
  const t = useTranslations();
  const router = useRouter();
  const hydrated = useHydrated();
  const { run, pending, fieldError, formError } = useActionSubmit();
  const reason = fieldError('to') ?? formError;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const to = ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value;
    if (to && !(await run(() => transitionClaimAction({ claimId, to, version })))) router.refresh();
  };

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-3" data-testid="claim-move-form">
      <FormAlert message={reason ? t('claims.detail.moveRefused', { reason }) : null} />
      <div className="flex flex-wrap gap-3">
        {moves.map((move, index) => (
          <Button key={move.to} type="submit" name="to" value={move.to} variant={index === 0 ? 'primary' : 'secondary'} disabled={pending || !hydrated} data-testid={`claim-move-${move.to}`}>
            {pending ? t('claims.detail.moving') : move.label}
          </Button>
        ))}
      </div>
    </form>
  );
}
