// The broker's client screens, as Ben of Nordlicht: create a client (a field error first, shown on
// its field), find it, sort and page the list, edit it, start its first assessment; the score trend
// of seeded Hansen; and the same screens in German. Names are unique per run: other specs share the
// database.
import { expect, test, type Page } from '@playwright/test';
import { CLIENTS } from '../prisma/seed/demo-world';
import { storageStatePath } from './personas';

test.use({ storageState: storageStatePath('broker') });

const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Adds clients through the REST API with the broker's session (a same-origin write, as the browser would send it). */
async function createClientsViaApi(page: Page, baseURL: string, clients: Array<{ name: string; employeeCount: number }>) {
  for (const client of clients) {
    const response = await page.request.post('/api/v1/clients', {
      headers: { Origin: baseURL },
      data: { ...client, industry: 'manufacturing', country: 'DE', revenueBand: 'from_10m_to_50m' },
    });
    expect(response.status(), await response.text()).toBe(201);
  }
}

test('a broker creates a client after a field error, edits it and starts its first assessment', async ({ page }) => {
  const name = `Nordsee Werft ${RUN} GmbH`;
  await page.goto('/clients');
  await page.getByRole('link', { name: 'New client' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New client');

  const form = page.getByTestId('client-company-form');
  await form.getByLabel('Company name').fill('N');
  await form.getByLabel('Employees').fill('0');
  await form.getByRole('button', { name: 'Create client' }).click();
  // Each message sits on its own field (aria-describedby), in English.
  await expect(form.getByLabel('Company name')).toHaveAccessibleDescription('Enter the company name (at least 2 characters).');
  await expect(form.getByLabel('Industry')).toHaveAccessibleDescription('Choose an industry.');
  await expect(form.getByLabel('Employees')).toHaveAccessibleDescription('Enter a whole number of employees from 1 to 1,000,000.');
  await expect(form.getByLabel('Company name')).toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('Company name').fill(name);
  await form.getByLabel('Industry').selectOption({ label: 'Manufacturing' });
  await form.getByLabel('Country').selectOption({ label: 'Germany' });
  await form.getByLabel('Annual revenue').selectOption('from_10m_to_50m');
  await form.getByLabel('Employees').fill('120');
  await form.getByLabel('Email domain').fill('nordsee-werft.example');
  await form.getByLabel('Contact person').fill('Greta Jansen');
  await form.getByLabel('Contact email').fill('it@nordsee-werft.example');
  await form.getByRole('button', { name: 'Create client' }).click();

  await expect(page).toHaveURL(/\/clients\/[A-Za-z0-9_-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const profile = page.getByTestId('client-profile');
  await expect(profile).toContainText('nordsee-werft.example');
  await expect(profile).toContainText('Greta Jansen');
  await expect(profile).toContainText('Ben Kraus');
  await expect(profile).toContainText('Nordlicht Versicherungsmakler GmbH');
  const clientUrl = page.url();

  // Edit one field: only that field is sent, and the profile shows it.
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit ${name}`);
  await page.getByLabel('Employees').fill('135');
  const saved = page.waitForRequest((request) => request.method() === 'POST' && (request.postData() ?? '').includes('"fields"'));
  await page.getByRole('button', { name: 'Save changes' }).click();
  expect((await saved).postData()).toContain('"fields":{"employeeCount":135}');
  await expect(page).toHaveURL(clientUrl);
  await expect(profile).toContainText('135');

  // No assessment yet: starting one opens its questionnaire, and the client page then offers to continue it.
  await expect(page.getByText('No assessments for this client yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Start assessment' }).click();
  await expect(page).toHaveURL(/\/assessments\/([A-Za-z0-9_-]+)\/questionnaire$/);
  const assessmentId = /\/assessments\/([A-Za-z0-9_-]+)\/questionnaire$/.exec(page.url())![1]!;
  await page.goto(clientUrl);
  await expect(page.getByRole('link', { name: 'Continue draft' })).toHaveAttribute('href', `/assessments/${assessmentId}/questionnaire`);
  await expect(page.getByRole('button', { name: 'Start assessment' })).toHaveCount(0);
  await expect(page.getByTestId('assessment-history-row')).toHaveCount(1);
});

test('the client list searches, sorts and pages on the server', async ({ page, baseURL }) => {
  const prefix = `Paging ${RUN}`;
  await createClientsViaApi(
    page,
    baseURL!,
    Array.from({ length: 11 }, (_, index) => ({ name: `${prefix} ${String(index + 1).padStart(2, '0')} AG`, employeeCount: 10 + index })),
  );
  const rows = page.getByTestId('client-row');
  const summary = page.getByTestId('pager-summary');

  await page.goto('/clients');
  await page.getByRole('searchbox', { name: 'Search by name' }).fill(prefix.toUpperCase());
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/[?&]q=PAGING/);
  await expect(summary).toHaveText('1–11 of 11');
  await expect(rows).toHaveCount(11);

  await page.getByRole('link', { name: '10', exact: true }).click();
  await expect(summary).toHaveText('1–10 of 11');
  await expect(rows).toHaveCount(10);
  await expect(rows.first()).toContainText(`${prefix} 01 AG`);
  await page.getByRole('link', { name: 'Next' }).click();
  await expect(summary).toHaveText('11–11 of 11');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`${prefix} 11 AG`);
  await expect(page.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');

  // Sorting goes back to page 1 and keeps the search and the page size.
  const employees = page.getByRole('columnheader', { name: 'Employees' });
  await employees.getByRole('link').click();
  await expect(employees).toHaveAttribute('aria-sort', 'descending');
  await expect(summary).toHaveText('1–10 of 11');
  await expect(rows.first()).toContainText(`${prefix} 11 AG`);
  await expect(rows.first()).toContainText('20');
  await employees.getByRole('link').click();
  await expect(employees).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first()).toContainText(`${prefix} 01 AG`);
  await expect(page.getByRole('columnheader', { name: 'Company' })).toHaveAttribute('aria-sort', 'none');

  // A search without a match says so, and offers the whole list again.
  await page.getByRole('searchbox', { name: 'Search by name' }).fill(`nothing-${RUN}`);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status')).toHaveText(`No client matches “nothing-${RUN}”.`);
  await expect(rows).toHaveCount(0);
  await page.getByRole('link', { name: 'Show all clients' }).click();
  await expect(page).toHaveURL(/\/clients\?sort=employeeCount&dir=asc&pageSize=10$/);
  await expect(page.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('');
  await expect(rows).toHaveCount(10);
});

test('the client page shows the score trend of the submitted assessments as a chart and a table', async ({ page }) => {
  await page.goto(`/clients/${CLIENTS.hansen.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CLIENTS.hansen.name);
  await expect(page.getByTestId('score-trend-chart').locator('svg.recharts-surface')).toBeVisible();
  const trendRows = page.getByTestId('trend-table').locator('tbody tr');
  const submitted = page.getByTestId('assessment-history-row').filter({ has: page.getByRole('link', { name: 'View results' }) });
  await expect(trendRows).not.toHaveCount(0);
  await expect(trendRows).toHaveCount(await submitted.count());
  // The oldest submission heads the trend; the history lists the newest first.
  const oldest = submitted.last();
  const [score, exposure] = await Promise.all([oldest.locator('td').nth(2).innerText(), oldest.locator('td').nth(3).innerText()]);
  await expect(trendRows.first().locator('td').nth(1)).toHaveText(score);
  await expect(trendRows.first().locator('td').nth(3)).toHaveText(exposure);
  await expect(page.getByRole('table', { name: 'Score, grade and master-key exposure of each submitted assessment, oldest first' })).toBeVisible();
});

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });

  test('the list and the form speak German, errors included', async ({ page }) => {
    await page.goto('/clients');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kunden');
    await expect(page.getByRole('columnheader', { name: 'Beschäftigte' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Nach Namen suchen' })).toBeVisible();
    await page.getByRole('link', { name: 'Neuer Kunde' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neuer Kunde');
    await page.getByLabel('Firmenname').fill('X');
    await page.getByLabel('E-Mail des Ansprechpartners').fill('keine-adresse');
    await page.getByRole('button', { name: 'Kunden anlegen' }).click();
    await expect(page.getByLabel('Firmenname')).toHaveAccessibleDescription('Geben Sie den Firmennamen ein (mindestens 2 Zeichen).');
    await expect(page.getByLabel('Branche')).toHaveAccessibleDescription('Wählen Sie eine Branche.');
    await expect(page.getByLabel('E-Mail des Ansprechpartners')).toHaveAccessibleDescription('Bitte geben Sie eine gültige E-Mail-Adresse ein.');
    await expect(page.getByLabel('Land', { exact: true }).locator('option').nth(1)).toHaveText('Deutschland');
  });

  test('the client page speaks German', async ({ page }) => {
    await page.goto(`/clients/${CLIENTS.hansen.id}`);
    await expect(page.getByRole('heading', { name: 'Verlauf der Bewertungspunktzahl' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Generalschlüssel-Exposition' }).first()).toBeVisible();
    await expect(page.getByTestId('client-profile')).toContainText('Verantwortlicher Makler');
  });
});
