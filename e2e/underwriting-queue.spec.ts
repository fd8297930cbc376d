// The underwriter's review queue, as Uwe of Rheinmark: from the navigation to the seeded Hansen
// submission, filtered by status (tabs) and grade (the form, with and without JavaScript), sorted by
// a column header, and downloaded as CSV with the same filters; in German too. Dora of Danubia, another
// insurer, never sees Hansen. Read-only: other specs may add submissions to Rheinmark in the same
// run, so rows are looked up by name, never counted.
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { CLIENTS, DEMO_PASSWORD, USERS } from '../prisma/seed/demo-world';
import { storageStatePath } from './personas';
import { signInThroughApi } from './sign-in';

const HANSEN = CLIENTS.hansen.name;
const STEINER = CLIENTS.steiner.name;

const GRADES = ['A', 'B', 'C', 'D', 'E'];

function hansenRow(page: Page) {
  return page.getByTestId('queue-row').filter({ hasText: HANSEN });
}

/** The CSV as a spreadsheet reads it: without the byte order mark, as records. */
function records(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parse(text.slice(1)) as string[][];
}

test.describe('underwriter', () => {
  test.use({ storageState: storageStatePath('underwriter') });

  test('opens the queue, filters by status and grade, sorts and downloads the filtered CSV', async ({ page }) => {
    await page.goto('/dashboard');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Review queue' }).click();
    await expect(page).toHaveURL(/\/underwriting$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review queue');
    await expect(hansenRow(page)).toHaveCount(1);
    await expect(hansenRow(page).getByRole('link', { name: HANSEN })).toHaveAttribute('href', /^\/submissions\/[\w-]+$/);
    await expect(page.getByRole('main')).not.toContainText(STEINER);
    const grade = (await hansenRow(page).getByTestId('queue-grade').getAttribute('data-grade'))!;
    expect(GRADES).toContain(grade);

    // Status tabs carry their counts; choosing one keeps Hansen (still waiting for a first look).
    const statusTabs = page.getByRole('navigation', { name: 'Status' });
    await statusTabs.getByRole('link', { name: /^Submitted \d+$/ }).click();
    await expect(page).toHaveURL(/\/underwriting\?status=SUBMITTED$/);
    await expect(page.getByTestId('status-tab-SUBMITTED')).toHaveAttribute('aria-current', 'page');
    await expect(hansenRow(page)).toHaveCount(1);
    await statusTabs.getByRole('link', { name: /^Declined \d+$/ }).click();
    await expect(page).toHaveURL(/status=DECLINED/);
    await expect(hansenRow(page)).toHaveCount(0);
    await statusTabs.getByRole('link', { name: /^Submitted \d+$/ }).click();
    await expect(hansenRow(page)).toHaveCount(1);

    // The grade applies as soon as it is chosen (JavaScript), keeping the status.
    const form = page.getByRole('search', { name: 'Filter the queue' });
    const otherGrade = GRADES.find((candidate) => candidate !== grade)!;
    await form.getByLabel('Grade').selectOption(otherGrade);
    await expect(page).toHaveURL(new RegExp(`status=SUBMITTED&grade=${otherGrade}$`));
    await expect(hansenRow(page)).toHaveCount(0);
    await form.getByLabel('Grade').selectOption(grade);
    await expect(page).toHaveURL(new RegExp(`status=SUBMITTED&grade=${grade}$`));
    await expect(hansenRow(page)).toHaveCount(1);
    for (const cell of await page.getByTestId('queue-grade').all()) await expect(cell).toHaveAttribute('data-grade', grade);

    // Sort by client name: the header says so, and the rows are in that order.
    await page.getByRole('columnheader', { name: 'Client / industry' }).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`status=SUBMITTED&grade=${grade}&sort=clientName&dir=asc$`));
    await expect(page.getByRole('columnheader', { name: 'Client / industry' })).toHaveAttribute('aria-sort', 'ascending');
    const names = await page.getByTestId('queue-row').locator('td:first-child a').allInnerTexts();
    expect(names).toContain(HANSEN);

    // The download holds the same filters and order, every page, with English column names.
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^review-queue_Rheinmark_Versicherung_AG_\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = records(await readFile((await download.path())!, 'utf8'));
    expect(header!.slice(0, 4)).toEqual(['Client', 'Industry', 'Grade', 'Model grade']);
    const column = (name: string) => header!.indexOf(name);
    expect(rows.map((row) => row[0])).toEqual(names);
    const hansen = rows.find((row) => row[0] === HANSEN)!;
    expect(hansen[column('Status')]).toBe('Submitted');
    expect(hansen[column('Industry')]).toBe('Manufacturing');
    expect(rows.every((row) => row[column('Grade')] === grade && row[column('Status')] === 'Submitted')).toBe(true);
    expect(rows.flat().join(' ')).not.toContain(STEINER);
  });

  test('the filters work without JavaScript, as a plain form', async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath('underwriter'), javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/underwriting?sort=clientName&dir=asc');
    const grade = (await hansenRow(page).getByTestId('queue-grade').getAttribute('data-grade'))!;
    const form = page.getByRole('search', { name: 'Filter the queue' });
    await form.getByLabel('Grade').selectOption(grade);
    await form.getByLabel('Client').fill('hansen');
    await form.getByRole('button', { name: 'Apply filters' }).click();
    // Empty fields travel too (a plain GET form); the page reads them as "no filter", and keeps the sort.
    await expect(page).toHaveURL(new RegExp(`\\?q=hansen&grade=${grade}&industry=&provider=&age=&sort=clientName&dir=asc$`));
    await expect(page.getByTestId('queue-row')).toHaveCount(1);
    await expect(hansenRow(page)).toHaveCount(1);
    await page.getByRole('link', { name: 'Reset filters' }).click();
    await expect(page).toHaveURL(/\/underwriting\?sort=clientName&dir=asc$/);
    await context.close();
  });

  test.describe('in German', () => {
    test.use({ locale: 'de-DE' });
    test('the queue and its CSV speak German', async ({ page }) => {
      await page.goto('/underwriting');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prüfliste');
      await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Prüfliste' })).toHaveAttribute('href', '/underwriting');
      await expect(hansenRow(page)).toHaveCount(1);
      const response = await page.request.get('/underwriting/queue.csv?q=Hansen', { headers: { 'Accept-Language': 'de-DE' } });
      expect(response.status()).toBe(200);
      expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="Pruefliste_Rheinmark_Versicherung_AG_\d{4}-\d{2}-\d{2}\.csv"$/);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.body());
      const [header, ...rows] = records(text);
      expect(header!.slice(0, 3)).toEqual(['Kunde', 'Branche', 'Note']);
      expect(rows.map((row) => row[0])).toContain(HANSEN);
      expect(rows.find((row) => row[0] === HANSEN)![header!.indexOf('Status')]).toBe('Eingereicht');
    });
  });
});

test('an underwriter of another insurer does not see Hansen, on the page or in the CSV', async ({ page }) => {
  await signInThroughApi(page.request, { email: USERS.dora.email, password: DEMO_PASSWORD });
  await page.goto('/underwriting');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review queue');
  await expect(page.getByTestId('queue-row').filter({ hasText: STEINER })).toHaveCount(1);
  await expect(page.getByRole('main')).not.toContainText(HANSEN);
  const text = await (await page.request.get('/underwriting/queue.csv')).text();
  expect(text).toContain(STEINER);
  expect(text).not.toContain(HANSEN);
});
