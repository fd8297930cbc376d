'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition, type FormEvent } from 'react';
import { transitionClaimAction } from '@/app/(app)/claims/actions';
import { FormAlert } from '@/components/forms/form-alert';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';

/**
 * The status moves the claim allows now, one button each. The server checks the move again (and the
 * version the page was rendered with): a move that is not legal, or a claim changed meanwhile, is
 * refused there and nothing is written.
 */
export function ClaimMoveForm({ claimId, version, moves }: { claimId: string; version: number; moves: Array<{ to: string; label: string }> }) {
  const t = useTranslations();
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const to = submitter?.value;
    if (!to) return;
    startTransition(async () => {
      setError(null);
      const result = await transitionClaimAction({ claimId, to, version });
      if (result.ok) {
        router.refresh();
        return;
      }
      const reason = result.fieldErrors?.to?.[0];
      setError(t('claims.detail.moveRefused', { reason: reason && t.has(reason) ? t(reason) : t(`errors.${result.code}`) }));
      router.refresh();
    });
  };

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-3" data-testid="claim-move-form">
      <FormAlert message={error} />
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
