// Admins never know a user's password: creating a user gives a one-time set-password link, and
// every admin action wants a recent re-authentication (password and authenticator code).
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { DEMO_PASSWORD, DEMO_TOTP_SECRETS, USERS } from '../prisma/seed/demo-world';
import { storageStatePath } from './personas';
import { confirmIdentityIfAsked } from './reauthentication';
import { freshTotpCode } from './totp';

test.use({ storageState: storageStatePath('admin') });

test('an admin creates a user, who sets their own password through the one-time link and signs in', async ({ page, browser }) => {
  const email = `new.broker.${Date.now()}@nordlicht.example`;
  await page.goto('/admin/users');
  const form = page.getByTestId('create-user-form');
  await expect(form.getByLabel(/password/i)).toHaveCount(0); // no password field for the admin

  await form.getByLabel('Name').fill('N');
  await form.getByLabel('Email').fill('not-an-email');
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByText('Enter the full name (at least 2 characters).')).toBeVisible();
  await expect(form.getByText('Enter a valid email address.')).toBeVisible();
  await expect(form.getByText('Choose a role.')).toBeVisible();

  await form.getByLabel('Name').fill('Nora Neumann');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption('BROKER');
  await form.getByLabel('Organisation').selectOption({ label: 'Nordlicht Versicherungsmakler GmbH' });
  await form.getByRole('button', { name: 'Create user' }).click();
  await confirmIdentityIfAsked(page, { email: USERS.admin.email, outcome: form.getByRole('status') });
  await expect(form.getByRole('status')).toContainText(`User ${email} was created.`);
  const link = await form.getByTestId('set-password-link').inputValue();
  expect(link).toMatch(/\/set-password#token=[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId('user-row').filter({ hasText: email })).toBeVisible();

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const newUser = await context.newPage();
  await newUser.goto(link);
  await expect(newUser.getByRole('heading', { level: 1 })).toHaveText('Choose your password');
  await expect(newUser).toHaveURL(/\/set-password$/); // the token left the address bar
  await newUser.getByLabel('New password').fill('password12345');
  await newUser.getByRole('button', { name: 'Save password' }).click();
  await expect(newUser.getByText('This password is too common or easy to guess.', { exact: false })).toBeVisible();
  await newUser.getByLabel('New password').fill('Kaffeetasse Fahrrad Wolke');
  await newUser.getByRole('button', { name: 'Save password' }).click();
  await expect(newUser.getByRole('status')).toHaveText('Your password is set. You can now sign in.');

  // The link works once.
  const again = await context.newPage();
  await again.goto(link);
  await again.getByLabel('New password').fill('Regenschirm Apfelbaum Zug');
  await again.getByRole('button', { name: 'Save password' }).click();
  await expect(again.getByText('This link is not valid any more', { exact: false })).toBeVisible();

  await newUser.goto('/login');
  await newUser.getByLabel('Email address').fill(email);
  await newUser.getByLabel('Password').fill('Kaffeetasse Fahrrad Wolke');
  await newUser.getByRole('button', { name: 'Sign in' }).click();
  await expect(newUser.getByRole('heading', { level: 1 })).toHaveText('Your clients');

  // Resetting access ends the user's running session and issues a new link.
  const row = page.getByTestId('user-row').filter({ hasText: email });
  await row.getByText('Manage').click();
  await row.getByRole('button', { name: 'Reset access' }).click();
  await confirmIdentityIfAsked(page, { email: USERS.admin.email, outcome: row.getByRole('status') });
  await expect(row.getByRole('status')).toContainText('The old password no longer works');
  await expect(row.getByTestId('set-password-link')).toHaveValue(/#token=/);
  await newUser.goto('/dashboard');
  await expect(newUser).toHaveURL(/\/login/);
  await context.close();
});

test('the security log lists sign-in failures and admin actions, filtered by event', async ({ page }) => {
  await page.goto('/admin/security-events');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Security events');
  await expect(page.getByTestId('security-event-row').first()).toBeVisible();
  await page.getByLabel('Event').selectOption('auth.sign_in.succeeded');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/type=auth\.sign_in\.succeeded/);
  const rows = page.getByTestId('security-event-row');
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allInnerTexts()) expect(text).toContain('Sign-in succeeded');
});

test('an admin whose sign-in is older than 5 minutes must confirm password and code before an admin action', async ({ page }) => {
  // Age this admin's open sessions by ten minutes (the app role may update session rows).
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`UPDATE "UserSession" SET "authenticatedAt" = now() - interval '10 minutes', "reauthenticatedAt" = NULL WHERE "userId" = $1 AND "endedAt" IS NULL`, [USERS.admin.id]);
  await client.end();

  await page.goto('/admin/users');
  const row = page.getByTestId('user-row').filter({ hasText: USERS.ben.email });
  await row.getByText('Manage').click();
  await row.getByRole('button', { name: 'Unblock sign-in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Confirm your identity' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Password').fill('not-the-password');
  await dialog.getByLabel('Authenticator or recovery code').fill('000000');
  await dialog.getByRole('button', { name: 'Confirm and continue' }).click();
  await expect(dialog.getByText('The password is not correct.')).toBeVisible();
  await dialog.getByLabel('Password').fill(DEMO_PASSWORD);
  await dialog.getByLabel('Authenticator or recovery code').fill(await freshTotpCode({ email: USERS.admin.email, secret: DEMO_TOTP_SECRETS.admin! }));
  await dialog.getByRole('button', { name: 'Confirm and continue' }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByRole('status')).toHaveText('Done.');
});
