'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Button, type TButtonVariant } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { TActionResult } from '@/lib/errors';

/**
 * One click, one server action, then the page re-reads its data; a refusal is shown in the reader's
 * language. Labels come translated from the server page, so no catalog travels for it.
 */
export function ServerActionButton<TInput>({
  action,
  input,
  label,
  pendingLabel,
  variant = 'primary',
  testId,
}: {
  action: (input: TInput) => Promise<TActionResult<unknown>>;
  input: TInput;
  label: string;
  pendingLabel: string;
  variant?: TButtonVariant;
  testId?: string;
}) {
  const t = useTranslations('errors');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const hydrated = useHydrated();
  const run = () =>
    startTransition(async () => {
      setError(null);
      const result = await action(input);
      if (result.ok) router.refresh();
      else setError(t(result.code));
    });
  return (
    <div className="space-y-2">
      <Button variant={variant} onClick={run} disabled={pending || !hydrated} data-testid={testId}>
        {pending ? pendingLabel : label}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
