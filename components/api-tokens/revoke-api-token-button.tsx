'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { revokeApiTokenAction } from '@/app/(app)/profile/api-tokens/actions';
import { Button } from '@/components/ui/button';

/** Revoking asks first, in place: an integration that uses the token stops working at once. */
export function RevokeApiTokenButton({
  tokenId,
  labels,
}: {
  tokenId: string;
  labels: { revoke: string; question: string; confirm: string; revoking: string; cancel: string; failed: string };
}) {
  const router = useRouter();
  const [isAsking, setIsAsking] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const hasAsked = useRef(false);
  // Keyboard users keep their place: focus moves to the question's button and back when it closes.
  useEffect(() => {
    if (isAsking) {
      hasAsked.current = true;
      confirmRef.current?.focus();
    } else if (hasAsked.current) openerRef.current?.focus();
  }, [isAsking]);

  async function revoke() {
    setIsBusy(true);
    setError(null);
    const result = await revokeApiTokenAction({ tokenId });
    setIsBusy(false);
    if (!result.ok) {
      setError(labels.failed);
      return;
    }
    setIsAsking(false);
    router.refresh();
  }

  if (!isAsking) {
    return (
      <Button ref={openerRef} variant="secondary" onClick={() => setIsAsking(true)}>
        {labels.revoke}
      </Button>
    );
  }
  return (
    <div role="group" aria-label={labels.question} className="flex max-w-md flex-wrap items-center gap-2 whitespace-normal">
      <p className="w-full text-xs text-slate-700">{labels.question}</p>
      <Button ref={confirmRef} variant="danger" onClick={revoke} disabled={isBusy}>
        {isBusy ? labels.revoking : labels.confirm}
      </Button>
      <Button variant="ghost" onClick={() => setIsAsking(false)} disabled={isBusy}>
        {labels.cancel}
      </Button>
      {error && (
        <p role="alert" className="w-full text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
