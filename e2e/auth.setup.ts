// Logs every persona in through next-auth's credentials endpoint (not the form: only
// login.spec.ts exercises the form) and saves the session cookie for the specs.
import { expect, test as setup } from '@playwright/test';
import { DEMO_PASSWORD, PERSONAS, storageStatePath, type TPersona } from './personas';

for (const persona of Object.keys(PERSONAS) as TPersona[]) {
  setup(`sign in as ${persona}`, async ({ page }) => {
    const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const response = await page.request.post('/api/auth/callback/credentials', {
      form: { csrfToken, email: PERSONAS[persona].user.email, password: DEMO_PASSWORD, json: 'true' },
    });
    expect(response.ok()).toBe(true);
    const session = (await (await page.request.get('/api/auth/session')).json()) as { user?: { email?: string } };
    expect(session.user?.email).toBe(PERSONAS[persona].user.email);
    await page.context().storageState({ path: storageStatePath(persona) });
  });
}
