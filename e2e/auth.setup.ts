// Logs every persona in through next-auth's credentials endpoint (not the form: only
// login.spec.ts exercises the form) and saves the session cookie for the specs.
import { expect, test as setup } from '@playwright/test';
import { COLLEAGUES, DEMO_PASSWORD, PERSONAS, storageStatePath, type TColleague, type TPersona } from './personas';

const SIGN_INS: Array<[TPersona | TColleague, string]> = [
  ...(Object.keys(PERSONAS) as TPersona[]).map((persona) => [persona, PERSONAS[persona].user.email] as [TPersona, string]),
  ...(Object.keys(COLLEAGUES) as TColleague[]).map((colleague) => [colleague, COLLEAGUES[colleague].email] as [TColleague, string]),
];

for (const [persona, email] of SIGN_INS) {
  setup(`sign in as ${persona}`, async ({ page }) => {
    const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const response = await page.request.post('/api/auth/callback/credentials', {
      form: { csrfToken, email, password: DEMO_PASSWORD, json: 'true' },
    });
    expect(response.ok()).toBe(true);
    const session = (await (await page.request.get('/api/auth/session')).json()) as { user?: { email?: string } };
    expect(session.user?.email).toBe(email);
    await page.context().storageState({ path: storageStatePath(persona) });
  });
}
