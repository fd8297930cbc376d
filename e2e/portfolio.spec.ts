// The portfolio (issue 7, "Portfolio"): an underwriter of an insurer of this spec's own, with a
// synthetic book seeded for it (prisma/seed/synthetic-book.ts, so no other spec's insurer changes),
// opens the dashboard — every chart drawn, every table with the numbers PostgreSQL counts for that
// insurer — runs the Microsoft master-key scenario and downloads it as CSV; a broker is refused
// (403, the app's answer to a role without the permission) on the pages and on the download.
import { execFileSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { USERS } from '../prisma/seed/demo-world';
import { DEMO_PASSWORD, storageStatePath } from './personas';
import { signInThroughApi } from './sign-in';

const INSURER_ID = 'e2e_portfolio_insurer';
const UNDERWRITER = { id: 'e2e_portfolio_uw', email: 'portfolio.uw@e2e.example' };
// A test-only authenticator secret (base32) for the underwriter this spec enrols.
const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const BOOK_SIZE = 80;
const ownerUrl = () => process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL!;

async function query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: ownerUrl() });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const IN_BOOK = `"insurerId" = $1 AND ("status" = 'BOUND' OR ("status" = 'QUOTED' AND ("quoteValidUntil" IS NULL OR "quoteValidUntil" >= (now() AT TIME ZONE 'Europe/Berlin')::date)))`;

async function expectChart(page: Page, name: string) {
  await expect(page.locator(`[data-chart="${name}"] .recharts-wrapper > svg.recharts-surface`)).toBeVisible();
}

test.describe('underwriter', () => {
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    await query(`INSERT INTO "Organization" ("id", "kind", "name", "country", "updatedAt") VALUES ($1, 'INSURER', 'E2E Portfolio Versicherung AG', 'DE', now()) ON CONFLICT DO NOTHING`, [INSURER_ID]);
    await query(
      // The demo password, by copying a demo account's hash.
      `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "organizationId", "locale", "updatedAt")
       SELECT $1, $2, 'Paula Portfolio', "passwordHash", 'UNDERWRITER', $3, 'en', now() FROM "User" WHERE "id" = $4 ON CONFLICT DO NOTHING`,
      [UNDERWRITER.id, UNDERWRITER.email, INSURER_ID, USERS.uwe.id],
    );
    await query(`INSERT INTO "TotpCredential" ("userId", "secret", "confirmedAt") VALUES ($1, $2, now()) ON CONFLICT DO NOTHING`, [UNDERWRITER.id, TOTP_SECRET]);
    // The same command a developer runs (a child process: the seed scores answers with the scoring library).
    execFileSync('npx', ['tsx', 'scripts/db-seed-book.ts', '--size', String(BOOK_SIZE), '--insurer', INSURER_ID], { env: { ...process.env, DATABASE_URL: ownerUrl() }, stdio: 'pipe' });
  });

  test.beforeEach(async ({ page }) => {
    await signInThroughApi(page.request, { email: UNDERWRITER.email, password: DEMO_PASSWORD, totpSecret: TOTP_SECRET });
  });

  test('the dashboard shows the book: charts with tables of the numbers PostgreSQL counts', async ({ page }) => {
    const [book] = await query<{ insureds: number }>(`SELECT count(*)::int AS insureds FROM "Submission" WHERE ${IN_BOOK}`, [INSURER_ID]);
    const grades = await query<{ grade: string; count: number }>(`SELECT "effectiveGrade" AS grade, count(*)::int AS count FROM "Submission" WHERE ${IN_BOOK} GROUP BY 1`, [INSURER_ID]);
    const microsoft = await query<{ count: number }>(`SELECT count(*)::int AS count FROM "Submission" WHERE ${IN_BOOK} AND 'microsoft' = ANY("identityProviders")`, [INSURER_ID]);
    expect(book!.insureds).toBeGreaterThan(0);

    await page.goto('/dashboard');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Portfolio' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Portfolio');
    await expect(page.locator('[data-figure="insureds"] dd')).toHaveText(String(book!.insureds));
    for (const chart of ['grade-distribution', 'industry-scores', 'portfolio-section-scores', 'identity-providers', 'mail-platforms']) await expectChart(page, chart);
    for (const { grade, count } of grades) await expect(page.locator(`tr[data-grade="${grade}"] td`).nth(1)).toHaveText(String(count));
    await expect(page.getByRole('table', { name: 'Concentration by identity provider' }).locator('tr[data-key="microsoft"] td').nth(1)).toHaveText(String(microsoft[0]!.count));
    await expect(page.getByRole('table', { name: 'Average score by section' }).getByRole('row')).toHaveCount(10);
  });

  test('the Microsoft master-key scenario: exposed insureds, totals, CSV download', async ({ page }) => {
    const [expected] = await query<{ exposed: number; expected: string }>(
      `SELECT count(*)::int AS exposed, sum(LEAST("eventLossMeanEur", "quotedLimitEur"))::text AS expected FROM "Submission" WHERE ${IN_BOOK} AND 'microsoft' = ANY("identityProviders")`,
      [INSURER_ID],
    );
    await page.goto('/portfolio');
    await page.getByRole('link', { name: 'Master-key scenario' }).click();
    await page.getByLabel('Provider whose signing key is forged').selectOption('okta');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/provider=okta/);
    await page.getByLabel('Provider whose signing key is forged').selectOption('microsoft');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/provider=microsoft/);
    await expect(page.getByRole('heading', { level: 2, name: /The event at Microsoft/ })).toBeVisible();
    await expect(page.locator('[data-figure="exposed-insureds"] dd')).toHaveText(String(expected!.exposed));
    const eur = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(Number(expected!.expected));
    await expect(page.locator('[data-figure="expected-event-loss"] dd')).toHaveText(eur);
    await expect(page.getByRole('table', { name: /Insureds exposed to a forged-token event at Microsoft/ }).locator('tbody tr')).toHaveCount(Math.min(25, expected!.exposed));

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download as CSV' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('master-key-scenario-microsoft.csv');
    const rows = parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks)), { bom: true }) as string[][];
    expect(rows[0]![1]).toBe('Insured');
    expect(rows).toHaveLength(expected!.exposed + 1);
    expect(rows.slice(1).reduce((sum, row) => sum + Number(row[9]), 0)).toBe(Number(expected!.expected));
  });
});

test.describe('broker', () => {
  test.use({ storageState: storageStatePath('broker') });

  test('is refused the portfolio, the scenario and its download', async ({ page }) => {
    for (const path of ['/portfolio', '/portfolio/scenario?provider=microsoft']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Portfolio' })).toHaveCount(0);
    const csv = await page.request.get('/portfolio/scenario.csv?provider=microsoft');
    expect(csv.status()).toBe(403);
  });
});
