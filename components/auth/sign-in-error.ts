'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { parseThrottledError, SECOND_FACTOR_INVALID_ERROR, SIGN_IN_EXPIRED_ERROR } from '@/lib/auth/login-schema';

/** next-auth's error codes as the user reads them. */
export function useSignInError(initial?: string) {
  const t = useTranslations();
  const toMessage = (error: string | null | undefined): string | null => {
    if (!error) return null;
    const seconds = parseThrottledError(error);
    if (seconds !== null) return t('security.login.throttled', { seconds });
    if (error === 'CredentialsSignin') return t('login.invalid');
    if (error === SECOND_FACTOR_INVALID_ERROR) return t('security.login.codeInvalid');
    if (error === SIGN_IN_EXPIRED_ERROR) return t('security.login.expired');
    return t('login.failed');
  };
  const [message, setMessage] = useState<string | null>(toMessage(initial));
  return { message, show: (error: string | null) => setMessage(toMessage(error)) };
}
