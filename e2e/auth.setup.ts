// Logs every persona in through next-auth's endpoints (password, then the authenticator code for
// admins and underwriters, computed per RFC 6238 — not the form: login.spec.ts and security.spec.ts
// exercise the form) and saves the session cookie for the specs.
import { test as setup } from '@playwright/test';
import { COLLEAGUES, DEMO_PASSWORD, PERSONAS, storageStatePath, type TColleague, type TPersona } from './personas';
import { signInThroughApi } from './sign-in';

const SIGN_INS: Array<[TPersona | TColleague, string]> = [
  ...(Object.keys(PERSONAS) as TPersona[]).map((persona) => [persona, PERSONAS[persona].user.email] as [TPersona, string]),
  ...(Object.keys(COLLEAGUES) as TColleague[]).map((colleague) => [colleague, COLLEAGUES[colleague].email] as [TColleague, string]),
];

for (const [persona, email] of SIGN_INS) {
  setup(`sign in as ${persona}`, async ({ page }) => {
    await signInThroughApi(page.request, { email, password: DEMO_PASSWORD });
    await page.context().storageState({ path: storageStatePath(persona) });
  });
}
