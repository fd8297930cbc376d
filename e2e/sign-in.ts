// Signs in through next-auth's endpoints (not the form: login.spec.ts and security.spec.ts use the
// form), with the second step for accounts that have an authenticator.
import { expect, type APIRequestContext } from '@playwright/test';
import { demoTotpSecretFor } from '../prisma/seed/demo-world';
import { freshTotpCode } from './totp';

/** `totpSecret`: for an account a test enrolled itself (the demo accounts' secrets are known). */
export async function signInThroughApi(request: APIRequestContext, options: { email: string; password: string; totpSecret?: string }): Promise<void> {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', { form: { csrfToken, email: options.email, password: options.password, json: 'true' } });
  expect(response.ok(), await response.text()).toBe(true);
  const secret = options.totpSecret ?? demoTotpSecretFor(options.email);
  if (secret) {
    const code = await freshTotpCode({ email: options.email, secret });
    const second = await request.post('/api/auth/callback/second-factor', { form: { csrfToken, code, json: 'true' } });
    expect(second.ok(), await second.text()).toBe(true);
  }
  const session = (await (await request.get('/api/auth/session')).json()) as { user?: { stage?: string } };
  expect(session.user?.stage).toBe('full');
}
