import { expect, test } from '@playwright/test';
import { storageStatePath } from './personas';

test.use({ storageState: storageStatePath('admin') });

test('an admin creates a user after fixing field errors, and the user can sign in', async ({ page, browser }) => {
  const email = `new.broker.${Date.now()}@nordlicht.example`;
  await page.goto('/admin/users');
  const form = page.getByTestId('create-user-form');

  await form.getByLabel('Name').fill('N');
  await form.getByLabel('Email').fill('not-an-email');
  await form.getByLabel('Initial password').fill('short');
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByText('Enter the full name (at least 2 characters).')).toBeVisible();
  await expect(form.getByText('Enter a valid email address.')).toBeVisible();
  await expect(form.getByText('Use at least 12 characters.')).toBeVisible();
  await expect(form.getByText('Choose a role.')).toBeVisible();

  await form.getByLabel('Name').fill('Nora Neumann');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption('BROKER');
  await form.getByLabel('Organisation').selectOption({ label: 'Nordlicht Versicherungsmakler GmbH' });
  await form.getByLabel('Initial password').fill('a-long-initial-password');
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByRole('status')).toHaveText(`User ${email} was created.`);
  await expect(page.getByTestId('user-row').filter({ hasText: email })).toBeVisible();

  // The same email again is refused on the field, not with a crash.
  await form.getByLabel('Name').fill('Nora Again');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption('BROKER');
  await form.getByLabel('Organisation').selectOption({ label: 'Nordlicht Versicherungsmakler GmbH' });
  await form.getByLabel('Initial password').fill('a-long-initial-password');
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByText('A user with this email address already exists.')).toBeVisible();

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const newUser = await context.newPage();
  await newUser.goto('/login');
  await newUser.getByLabel('Email address').fill(email);
  await newUser.getByLabel('Password').fill('a-long-initial-password');
  await newUser.getByRole('button', { name: 'Sign in' }).click();
  await expect(newUser.getByRole('heading', { level: 1 })).toHaveText('Your clients');
  await expect(newUser.getByTestId('client-row')).toHaveCount(2);

  // Resetting the password ends the user's running session.
  const row = page.getByTestId('user-row').filter({ hasText: email });
  await row.getByRole('button', { name: 'Reset password' }).click();
  await row.getByRole('textbox', { name: 'New password for Nora Neumann' }).fill('another-long-password');
  await row.getByRole('button', { name: 'Set new password' }).click();
  await expect(row.getByRole('status')).toContainText('The password was reset.');
  await newUser.goto('/dashboard');
  await expect(newUser).toHaveURL(/\/login/);
  await context.close();
});
