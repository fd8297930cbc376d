// Account security end to end (issue 9, OWASP ASVS 5.0 L2): the open redirect after sign-in, the
// second factor at sign-in and forced enrolment, a copied session cookie after sign-out, throttling
// with Retry-After, the nonce CSP on every page, and server actions posted over plain HTTP by a
// role without the permission.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import pg from 'pg';
import { hashPassword } from '../lib/auth/password';
import { totpCode } from '../lib/auth/totp';
import { ROUTES } from '../lib/auth/route-registry';
import { DEMO_PASSWORD, DEMO_TOTP_SECRETS, USERS } from '../prisma/seed/demo-world';
import { storageStatePath } from './personas';
import { signInThroughApi } from './sign-in';
import { freshTotpCode } from './totp';

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

test.describe('open redirect after sign-in (the confirmed defect)', () => {
  test.use({ storageState: storageStatePath('broker') });
  for (const callbackUrl of ['/.//evil.example', '/x/..//evil.example', '/%2e//evil.example', '//evil.example', '/\\evil.example', 'https://evil.example/']) {
    test(`a signed-in user asking for ${callbackUrl} stays on the site`, async ({ page }) => {
      const response = await page.request.get(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`, { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(response.headers().location).toBe('/dashboard');
    });
  }
});

test('the login form sends a freshly signed-in user to the home page, not to //evil.example', async ({ page }) => {
  await page.goto(`/login?callbackUrl=${encodeURIComponent('/.//evil.example')}`);
  await page.getByLabel('Email address').fill(USERS.clara.email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/dashboard$/);
});

test('an underwriter signs in with password and authenticator code; a time-shifted code is refused', async ({ page }) => {
  const email = USERS.ute.email;
  await page.goto('/assessments');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm it’s you');
  // No session yet: the half-way cookie opens nothing.
  expect((await page.request.get('/assessments', { maxRedirects: 0 })).status()).toBe(307);

  await page.getByLabel('Code', { exact: true }).fill(totpCode({ secret: DEMO_TOTP_SECRETS.ute!, now: new Date(Date.now() - 5 * 60_000) }));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.locator('#login-error')).toContainText('This code is not correct or was already used.');

  await page.getByLabel('Code', { exact: true }).fill(await freshTotpCode({ email, secret: DEMO_TOTP_SECRETS.ute! }));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(/\/assessments$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Submitted assessments');
  await page.goto('/profile');
  await expect(page.getByTestId('session-info')).toContainText('password and authenticator code');
});

test('an underwriter without an authenticator must enrol at sign-in (QR code), then gets recovery codes', async ({ page }) => {
  const email = `enrol-${Date.now()}@rheinmark.example`;
  await sql(`INSERT INTO "User" (id, email, name, "passwordHash", role, "organizationId", "updatedAt") VALUES ($1, $2, 'Erik Enrol', $3, 'UNDERWRITER', 'org_rheinmark', now())`, [
    `usr_enrol_${Date.now()}`,
    email,
    await hashPassword('Kaffeetasse Fahrrad Wolke'),
  ]);
  await page.goto('/login');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill('Kaffeetasse Fahrrad Wolke');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up your authenticator');
  await expect(page.getByTestId('enrolment-qr').locator('svg')).toBeVisible();
  const secret = (await page.getByTestId('enrolment-secret').innerText()).trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel('Code', { exact: true }).fill(totpCode({ secret, now: new Date() }));
  await page.getByRole('button', { name: 'Activate and sign in' }).click();
  await expect(page).toHaveURL(/\/profile\?enrolled=1$/);
  await expect(page.getByTestId('second-factor-status')).toContainText('An authenticator app is set up.');
  await page.getByRole('button', { name: 'New recovery codes' }).click();
  const codes = page.getByTestId('recovery-codes').getByRole('listitem');
  await expect(codes).toHaveCount(10);
  await expect(codes.first()).toHaveText(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
});

test('a copied session cookie is refused after sign-out', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signInThroughApi(page.request, { email: USERS.medica.email, password: DEMO_PASSWORD });
  const copied = (await context.cookies()).find((cookie) => cookie.name === 'signet.session');
  expect(copied).toBeDefined();
  await page.goto('/dashboard');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  // The sign-out event names the address and the browser like every other event.
  const [signedOut] = await sql<{ ip: string | null; userAgent: string | null }>(
    `SELECT ip, "userAgent" FROM "SecurityEvent" WHERE type = 'auth.sign_out' AND "userId" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
    [USERS.medica.id],
  );
  expect(signedOut?.ip).toMatch(/^(127\.0\.0\.1|::1)$/);
  expect(signedOut?.userAgent).toBeTruthy();

  const thief = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  await thief.addCookies([{ name: copied!.name, value: copied!.value, url: baseURL! }]);
  const stolen = await thief.newPage();
  await stolen.goto('/dashboard');
  await expect(stolen).toHaveURL(/\/login/);
  await Promise.all([context.close(), thief.close()]);
});

test('repeated failures are slowed down with 429 and Retry-After; the forged X-Forwarded-For is not the address logged', async ({ request }) => {
  const email = `nobody-${Date.now()}@x.example`;
  const attempt = async () => {
    const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    return request.post('/api/auth/callback/credentials', {
      form: { csrfToken, email, password: 'wrong-password', json: 'true' },
      headers: { 'X-Forwarded-For': '198.51.100.77' },
    });
  };
  for (let i = 0; i < 5; i++) expect((await attempt()).status()).toBe(401);
  const throttled = await attempt();
  expect(throttled.status()).toBe(429);
  expect(Number(throttled.headers()['retry-after'])).toBeGreaterThan(0);
  expect(Number(throttled.headers()['retry-after'])).toBeLessThanOrEqual(30);
  const rows = await sql<{ type: string; ip: string }>('SELECT type, ip FROM "SecurityEvent" WHERE email = $1 ORDER BY "createdAt"', [email]);
  expect(rows.map((r) => r.type)).toEqual([...Array(5).fill('auth.sign_in.failed'), 'auth.sign_in.throttled']);
  for (const row of rows) expect(row.ip).toMatch(/^(127\.0\.0\.1|::1)$/);
});

test.describe('Content-Security-Policy', () => {
  test.use({ storageState: storageStatePath('admin') });
  const pages = ['/login', '/set-password', ...ROUTES.filter((r) => r.kind === 'page' && r.access !== 'public' && !r.path.includes('[')).map((r) => r.path)];
  test('every page carries a fresh nonce; scripts need it, no unsafe-inline for scripts, base-uri none', async ({ request }) => {
    const nonces = new Set<string>();
    for (const path of pages) {
      const response = await request.get(path);
      const csp = response.headers()['content-security-policy'] ?? '';
      const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src ')) ?? '';
      expect(scriptSrc, path).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
      expect(scriptSrc, path).not.toContain("'unsafe-inline'");
      expect(csp, path).toContain("base-uri 'none'");
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1]!;
      nonces.add(nonce);
      // Every script element of the page carries the nonce.
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(pages.length);
  });

  test('the browser runs the page under the policy without violations', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto('/admin/users');
    await page.getByText('Manage').first().click(); // hydrated: client components work
    await expect(page.getByRole('button', { name: 'Reset access' }).first()).toBeVisible();
    expect(violations).toEqual([]);
  });
});

/** The id of a server action, as the admin's browser sends it. */
async function captureCreateUserAction(page: Page): Promise<{ id: string; body: string }> {
  await page.goto('/admin/users');
  const form = page.getByTestId('create-user-form');
  await form.getByLabel('Name').fill('Http Probe');
  await form.getByLabel('Email').fill(`http-probe-${Date.now()}@nordlicht.example`);
  await form.getByLabel('Role').selectOption('BROKER');
  await form.getByLabel('Organisation').selectOption({ label: 'Nordlicht Versicherungsmakler GmbH' });
  const [request] = await Promise.all([page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action'])), form.getByRole('button', { name: 'Create user' }).click()]);
  return { id: request.headers()['next-action']!, body: request.postData() ?? '' };
}

async function postAction(request: APIRequestContext, baseURL: string, action: { id: string; body: string }) {
  const response = await request.post('/admin/users', {
    headers: { 'Next-Action': action.id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', Origin: baseURL },
    data: action.body.replace(/http-probe-\d+/, `http-probe-replay-${Date.now()}`),
  });
  return response.text();
}

test.describe('server actions posted over HTTP', () => {
  test.use({ storageState: storageStatePath('admin') });
  test('a broker, a client and a signed-out caller are refused; nothing is created', async ({ page, playwright, baseURL }) => {
    const action = await captureCreateUserAction(page);
    expect(action.id).toMatch(/^[0-9a-f]{40,}$/);
    for (const persona of ['broker', 'client', 'underwriter'] as const) {
      const request = await playwright.request.newContext({ baseURL, storageState: storageStatePath(persona) });
      expect(await postAction(request, baseURL!, action)).toContain('"code":"FORBIDDEN"');
      await request.dispose();
    }
    // Without any cookie proxy.ts already turns it away; with a forged one it reaches the action,
    // which refuses on its own.
    const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [{ name: 'signet.session', value: 'forged', domain: 'localhost', path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' }], origins: [] } });
    expect(await postAction(anonymous, baseURL!, action)).toContain('"code":"UNAUTHENTICATED"');
    await anonymous.dispose();
    expect(await sql('SELECT 1 FROM "User" WHERE email LIKE $1', ['http-probe-replay-%'])).toEqual([]);
  });
});

test('changing the password ends every other session and any copy of this one; this browser stays signed in', async ({ browser, baseURL }) => {
  const email = `changer-${Date.now()}@nordlicht.example`;
  await sql(`INSERT INTO "User" (id, email, name, "passwordHash", role, "organizationId", "updatedAt") VALUES ($1, $2, 'Carla Changer', $3, 'BROKER', 'org_nordlicht', now())`, [
    `usr_changer_${Date.now()}`,
    email,
    await hashPassword('Kaffeetasse Fahrrad Wolke'),
  ]);
  const fresh = () => browser.newContext({ storageState: { cookies: [], origins: [] } });
  const [laptop, phone] = await Promise.all([fresh(), fresh()]);
  const page = await laptop.newPage();
  await signInThroughApi(page.request, { email, password: 'Kaffeetasse Fahrrad Wolke' });
  const other = await phone.newPage();
  await signInThroughApi(other.request, { email, password: 'Kaffeetasse Fahrrad Wolke' });
  const before = (await laptop.cookies()).find((cookie) => cookie.name === 'signet.session')!;

  await page.goto('/profile');
  const form = page.getByTestId('change-password-form');
  await form.getByLabel('Current password').fill('wrong password here');
  await form.getByLabel('New password').fill('Regenschirm Apfelbaum Zug');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByText('The password is not correct.')).toBeVisible();
  await form.getByLabel('Current password').fill('Kaffeetasse Fahrrad Wolke');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('status')).toHaveText('Your password was changed. All your other sessions were signed out.');

  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your clients');
  await other.goto('/dashboard');
  await expect(other).toHaveURL(/\/login/);
  const thief = await fresh();
  await thief.addCookies([{ name: before.name, value: before.value, url: baseURL! }]);
  const stolen = await thief.newPage();
  await stolen.goto('/dashboard');
  await expect(stolen).toHaveURL(/\/login/);
  await Promise.all([laptop.close(), phone.close(), thief.close()]);
});
