// The PDF risk report (issue 8, "Done when"): the client signs in, opens the results, clicks the
// download button and gets a PDF whose text (pdftotext) names the grade, the findings and the
// company; the download does not depend on JavaScript (a plain link). Another client and a broker of
// another brokerage get a 404 for the same URL, without any of Hansen's data.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import type { TFinalScoringResult } from '../lib/scoring/types';
import { ASSESSMENTS, CLIENTS, USERS } from '../prisma/seed/demo-world';
import { DEMO_PASSWORD, storageStatePath } from './personas';
import { signInThroughApi } from './sign-in';

const RESULTS = `/assessments/${ASSESSMENTS.hansen.id}/results`;
const REPORT = `/api/v1/assessments/${ASSESSMENTS.hansen.id}/report.pdf`;

type TCatalog = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON catalogs, read by key
const catalog = (locale: 'en' | 'de', namespace: 'scoring'): TCatalog => JSON.parse(readFileSync(new URL(`../lib/i18n/messages/${locale}/${namespace}.json`, import.meta.url), 'utf8'));

/** The frozen result, as the REST API returns it to the same user. */
async function frozenResult(request: APIRequestContext): Promise<TFinalScoringResult> {
  const response = await request.get(`/api/v1/assessments/${ASSESSMENTS.hansen.id}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { result: TFinalScoringResult }).result;
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

test.describe('the client', () => {
  test.use({ storageState: storageStatePath('client') });

  test('downloads the report from the results page: grade, findings and the company in the PDF', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const result = await frozenResult(page.request);
    const scoring = catalog('en', 'scoring');
    await page.goto(`${RESULTS}?stage=protection`);
    const button = page.getByRole('link', { name: 'Download PDF report' });
    await expect(button).toHaveAttribute('href', `${REPORT}?lang=en`);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^Signet-Risk-Report-Hansen-Maschinenbau-GmbH-\d{4}-\d{2}-\d{2}\.pdf$/);
    const file = testInfo.outputPath('report.pdf');
    await download.saveAs(file);
    const text = pdfText(file);
    expect(text).toContain(CLIENTS.hansen.name);
    expect(text).toContain(`Grade ${result.risk.grade}: ${scoring.grades[result.risk.grade].label}`);
    const titles = result.risk.findings.map((finding) => scoring.findings[finding.id].title as string);
    expect(titles.length).toBeGreaterThan(3);
    for (const title of titles) expect(text, title).toContain(title);
    expect(text).toMatch(/Page 1 of \d+/);
  });

  test('in German: a private PDF', async ({ page }) => {
    test.setTimeout(120_000);
    const response = await page.request.get(`${REPORT}?lang=de`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['cache-control']).toBe('private, no-store');
    expect(response.headers()['content-language']).toBe('de');
  });
});

test.describe('other tenants', () => {
  test('another client gets a 404 for the same URL', async ({ baseURL }) => {
    const steiner = await playwrightRequest.newContext({ baseURL });
    try {
      await signInThroughApi(steiner, { email: USERS.steiner.email, password: DEMO_PASSWORD });
      expect((await steiner.get(`/api/v1/assessments/${ASSESSMENTS.steiner.id}`)).status(), 'signed in: their own assessment').toBe(200);
      const response = await steiner.get(REPORT);
      expect(response.status()).toBe(404);
      expect(await response.text()).not.toContain(CLIENTS.hansen.name);
    } finally {
      await steiner.dispose();
    }
  });

  test.describe('a broker of another brokerage', () => {
    test.use({ storageState: storageStatePath('clara') });
    test('gets a 404 for the same URL', async ({ page }) => {
      const response = await page.request.get(REPORT);
      expect(response.status()).toBe(404);
      expect(await response.text()).not.toContain(CLIENTS.hansen.name);
    });
  });
});
