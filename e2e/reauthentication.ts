// Sensitive actions ask for the password (and a code, with a second factor) when the sign-in is
// older than 5 minutes. A stored session may or may not be that old when a test gets to it.
import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demoTotpSecretFor } from '../prisma/seed/demo-world';
import { freshTotpCode } from './totp';

/** After a sensitive click: waits until either the confirmation dialog or `outcome` shows; confirms as `email` when asked. */
export async function confirmIdentityIfAsked(page: Page, options: { email: string; outcome: Locator }): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Confirm your identity' });
  await expect.poll(async () => (await dialog.isVisible()) || (await options.outcome.first().isVisible())).toBe(true);
  if (!(await dialog.isVisible())) return;
  await dialog.getByLabel('Password').fill(DEMO_PASSWORD);
  const secret = demoTotpSecretFor(options.email);
  if (secret) await dialog.getByLabel('Authenticator or recovery code').fill(await freshTotpCode({ email: options.email, secret }));
  await dialog.getByRole('button', { name: 'Confirm and continue' }).click();
}
