// Personal API tokens, as Ben of Nordlicht: create one (shown once, with a warning), see it listed by
// its prefix, call the REST API with it, see its last use, revoke it, and be refused afterwards.
import { expect, test } from '@playwright/test';
import { CLIENTS, USERS } from '../prisma/seed/demo-world';
import { storageStatePath } from './personas';
import { confirmIdentityIfAsked } from './reauthentication';

test.use({ storageState: storageStatePath('broker') });

const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test('a token is shown once, works as a Bearer token until it is revoked', async ({ page, playwright, baseURL }) => {
  await page.goto('/dashboard');
  await page.getByRole('link', { name: 'API tokens' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('API tokens');
  await expect(page.getByRole('link', { name: '/api/v1/openapi.json' })).toHaveAttribute('href', '/api/v1/openapi.json');

  const form = page.getByTestId('create-token-form');
  await form.getByRole('button', { name: 'Create token' }).click();
  await expect(form.getByLabel('Name')).toHaveAccessibleDescription('Name the token (at least 2 characters), e.g. the system that will use it.');

  const name = `CRM sync ${RUN}`;
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Valid for').selectOption({ label: '30 days' });
  await form.getByRole('button', { name: 'Create token' }).click();
  const shown = page.getByTestId('new-token');
  // Minting a credential wants a recent sign-in: the stored session may be older than 5 minutes.
  await confirmIdentityIfAsked(page, { email: USERS.ben.email, outcome: shown });
  await expect(shown).toContainText('it is shown only this once');
  const token = await shown.getByRole('textbox', { name: 'New API token' }).inputValue();
  expect(token).toMatch(/^sgn_[A-Za-z0-9_-]{43}$/);
  await expect(shown.locator('pre')).toContainText(`Authorization: Bearer ${token}`);

  const row = page.getByTestId('token-row').filter({ hasText: name });
  await expect(row).toContainText(`${token.slice(0, 12)}…`);
  await expect(row).toContainText('Active');
  await expect(row).toContainText('Never');

  const api = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const listed = await api.get('/api/v1/clients', { headers: { Authorization: `Bearer ${token}` } });
  expect(listed.status()).toBe(200);
  expect(((await listed.json()) as { items: Array<{ name: string }> }).items.map((item) => item.name)).toContain(CLIENTS.hansen.name);

  // Once the page is left, the token is gone for good: only its prefix is listed, with its last use.
  await page.getByRole('button', { name: 'I have stored the token' }).click();
  await page.reload();
  await expect(page.locator('body')).not.toContainText(token);
  await expect(row).not.toContainText('Never');

  await row.getByRole('button', { name: 'Revoke' }).click();
  await expect(row).toContainText('Every integration that uses it stops working immediately.');
  await row.getByRole('button', { name: 'Revoke token' }).click();
  await expect(row).toContainText('Revoked');
  await expect(row.getByRole('button', { name: 'Revoke' })).toHaveCount(0);

  expect((await api.get('/api/v1/clients', { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);
  await api.dispose();
});
