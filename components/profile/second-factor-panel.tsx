'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { confirmSecondFactorAction, regenerateRecoveryCodesAction, removeSecondFactorAction, startSecondFactorAction } from '@/app/(app)/profile/actions';
import { useFieldMessage } from '@/components/forms/use-action-form';
import { EnrolmentKeyView } from '@/components/auth/enrolment-key';
import { useProtectedAction } from '@/components/auth/reauthentication';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import type { TAccountSecurity } from '@/lib/profile/types';

export function SecondFactorPanel({ security, offerRecoveryCodes }: { security: TAccountSecurity; offerRecoveryCodes: boolean }) {
  const t = useTranslations();
  const message = useFieldMessage();
  const router = useRouter();
  const runProtected = useProtectedAction();
  const [enrolment, setEnrolment] = useState<{ secret: string; qrSvg: string } | null>(null);
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const fail = (result: { code: string; fieldErrors?: Record<string, string[]> }) => setError(message(result.fieldErrors?.code?.[0]) ?? t(`errors.${result.code}`));

  const start = async () => {
    setError(null);
    setIsBusy(true);
    const result = await startSecondFactorAction({});
    setIsBusy(false);
    if (result.ok) setEnrolment(result.data);
    else fail(result);
  };
  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setIsBusy(true);
    const result = await confirmSecondFactorAction({ code });
    setIsBusy(false);
    if (!result.ok) return fail(result);
    setEnrolment(null);
    setCodes(result.data.recoveryCodes);
  };
  const regenerate = async () => {
    setError(null);
    const result = await runProtected(() => regenerateRecoveryCodesAction({}));
    if (result.ok) setCodes(result.data.recoveryCodes);
    else fail(result);
  };
  const remove = async () => {
    setError(null);
    const result = await runProtected(() => removeSecondFactorAction({}));
    if (!result.ok) return fail(result);
    setNotice(t('security.profile.removed'));
    router.refresh();
  };

  if (codes) {
    return (
      <div className="space-y-3" data-testid="recovery-codes">
        <h3 className="font-medium text-slate-900">{t('security.profile.recoveryTitle')}</h3>
        <p className="text-sm text-slate-600">{t('security.profile.recoveryIntro')}</p>
        <ul className="grid max-w-md grid-cols-2 gap-2 rounded-md bg-slate-100 p-3 font-mono text-sm text-slate-900">
          {codes.map((recoveryCode) => (
            <li key={recoveryCode}>{recoveryCode}</li>
          ))}
        </ul>
        <Button
          onClick={() => {
            setCodes(null);
            router.replace('/profile');
            router.refresh();
          }}
        >
          {t('security.profile.recoveryDone')}
        </Button>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      {notice && (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {notice}
        </p>
      )}
      {security.isSecondFactorRequired && <p className="text-sm text-slate-600">{t('security.profile.secondFactorRequired')}</p>}
      {security.hasSecondFactor ? (
        <>
          <p className="text-sm text-slate-800" data-testid="second-factor-status">
            {t('security.profile.secondFactorOn', { count: security.unusedRecoveryCodes })}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button variant={offerRecoveryCodes ? 'primary' : 'secondary'} onClick={regenerate} aria-describedby="regenerate-hint">
              {t('security.profile.regenerate')}
            </Button>
            {!security.isSecondFactorRequired && (
              <Button variant="secondary" onClick={remove}>
                {t('security.profile.remove')}
              </Button>
            )}
          </div>
          <p id="regenerate-hint" className="text-xs text-slate-500">
            {t('security.profile.regenerateHint')}
          </p>
        </>
      ) : enrolment ? (
        <form method="post" onSubmit={confirm} className="max-w-md space-y-3" data-testid="enrolment-form">
          <p className="text-sm text-slate-600">{t('security.profile.scanIntro')}</p>
          <EnrolmentKeyView qrSvg={enrolment.qrSvg} secret={enrolment.secret} labels={{ qrAlt: t('security.login.qrAlt'), manual: t('security.login.enrolManual') }} />
          <Field id="enrol-code" label={t('security.login.code')}>
            <Input id="enrol-code" autoComplete="one-time-code" spellCheck={false} value={code} onChange={(e) => setCode(e.target.value)} />
          </Field>
          <Button type="submit" disabled={isBusy}>
            {t('security.profile.confirm')}
          </Button>
        </form>
      ) : (
        <>
          <p className="text-sm text-slate-800" data-testid="second-factor-status">
            {t('security.profile.secondFactorOff')}
          </p>
          <Button onClick={start} disabled={isBusy}>
            {t('security.profile.setUp')}
          </Button>
        </>
      )}
    </div>
  );
}
