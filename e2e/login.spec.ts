// The only spec that uses the real login form.
import { expect, test } from '@playwright/test';
import { USERS } from '../prisma/seed/demo-world';
import { DEMO_PASSWORD, PERSONAS } from './personas';

// Clara is a broker no other spec signs in as, so signing out here touches no shared session.
test('a broker signs in with the form, lands on their home and signs out', async ({ page }) => {
  await page.goto('/clients');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fclients/);
  await page.getByLabel('Email address').fill(USERS.clara.email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/clients$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clients');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/login/);
  // next-auth's own (English-only) sign-out page is never shown: its URL lands on the login page.
  await page.goto('/api/auth/signout');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Signet');
});

test('a wrong password and an unknown email get the same generic refusal', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email address').fill(PERSONAS.underwriter.user.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#login-error')).toHaveText('The email address or password is incorrect.');
  await expect(page).toHaveURL(/\/login/);

  await page.getByLabel('Email address').fill('nobody@nowhere.example');
  await page.getByLabel('Password').fill('whatever-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#login-error')).toHaveText('The email address or password is incorrect.');
});

test('the form explains empty and malformed fields before sending anything', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter your email address.')).toBeVisible();
  await expect(page.getByText('Enter your password.')).toBeVisible();
  await page.getByLabel('Email address').fill('not-an-email');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter a valid email address.')).toBeVisible();
});

test.describe('German browser', () => {
  test.use({ locale: 'de-AT', extraHTTPHeaders: { 'Accept-Language': 'de-AT,de;q=0.9' } });

  test('the login page follows the browser language, and the switcher changes it', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bei Signet anmelden');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await page.getByTestId('language-switcher').selectOption('en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Signet');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a German user sees German pages with German number and date formats', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('E-Mail-Adresse').fill(PERSONAS.broker.user.email);
    await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihre Kunden');
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeVisible();
    // Labels, country names and numbers in German. (The home lists the latest clients only, and
    // other specs add clients: search for Hansen.)
    await page.goto('/clients?q=Hansen');
    const hansen = page.getByTestId('client-row').filter({ hasText: 'Hansen Maschinenbau GmbH' });
    await expect(hansen).toContainText('Industrie und Fertigung');
    await expect(hansen).toContainText('Deutschland');
    await expect(hansen).toContainText('50–100 Mio. EUR');
  });
});

test('a user’s saved language applies on a browser that has not chosen one', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Signet');
  await page.getByLabel('Email address').fill(USERS.anna.email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihre Kunden');
});
