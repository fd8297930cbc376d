// What the placement journeys share: a signed-in page per persona, a submitted assessment of a new
// client made through the REST API, and the submission's status badge.
import { expect, type Browser, type Page } from '@playwright/test';
import { storageStatePath, type TColleague, type TPersona } from './personas';
import { ANSWERS, createClientWithDraft } from './wizard-helpers';

export async function pageAs(browser: Browser, persona: TPersona | TColleague): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(persona), locale: 'en-GB' });
  return context.newPage();
}

/** A client with a submitted assessment, through the REST API as the broker's browser session. */
export async function createSubmittedAssessment(page: Page, baseURL: string, name: string): Promise<string> {
  const { assessmentId } = await createClientWithDraft(page.request, baseURL, name);
  const current = (await (await page.request.get(`/api/v1/assessments/${assessmentId}`)).json()) as { answers: Record<string, { version: number }> };
  const answers = Object.fromEntries(Object.entries(ANSWERS).map(([questionId, value]) => [questionId, { value, version: current.answers[questionId]?.version ?? 0 }]));
  const saved = await page.request.patch(`/api/v1/assessments/${assessmentId}/answers`, { headers: { Origin: baseURL }, data: { answers } });
  expect(saved.status(), await saved.text()).toBe(200);
  const submitted = await page.request.post(`/api/v1/assessments/${assessmentId}/submit`, { headers: { Origin: baseURL } });
  expect(submitted.ok(), await submitted.text()).toBe(true);
  return assessmentId;
}

export const submissionStatus = (page: Page) => page.getByTestId('submission-status').first();
