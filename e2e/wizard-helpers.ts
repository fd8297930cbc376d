// Drives the questionnaire wizard as a user does: answers questions through the real inputs (radio
// buttons, check boxes, number and date fields), step by step, and waits for the autosave state.
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import gradeA from '../lib/scoring/fixtures/consistency-grade-a.json' with { type: 'json' };

/** A complete, consistent answer set of the current questionnaire (a well-run firm on Entra ID, grade A). */
export const ANSWERS: Record<string, string | number | string[]> = gradeA.answers;

export async function answerQuestion(page: Page, questionId: string, value: string | number | string[]): Promise<void> {
  const question = page.locator(`[data-question="${questionId}"]`);
  if (Array.isArray(value)) {
    // Uncheck what is not wanted (e.g. a pre-filled choice), then check what is.
    const boxes = question.locator('input[type="checkbox"]');
    for (const box of await boxes.all()) {
      const id = await box.getAttribute('value');
      if ((await box.isChecked()) && !value.includes(id!)) await box.uncheck();
    }
    for (const id of value) await question.locator(`input[type="checkbox"][value="${id}"]`).check();
  } else if (typeof value === 'string' && (await question.locator('input[type="radio"]').count()) > 0) {
    await question.locator(`input[type="radio"][value="${value}"]`).check();
  } else {
    await question.locator('input[type="number"], input[type="date"]').fill(String(value));
  }
}

/** Answers every visible question of the current step from ANSWERS, as the answers reveal follow-ups. */
export async function answerStep(page: Page, answers: Record<string, string | number | string[]> = ANSWERS): Promise<string[]> {
  const done = new Set<string>();
  for (;;) {
    const ids = await page.locator('[data-question]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-question')!));
    const next = ids.find((id) => !done.has(id) && id in answers);
    if (!next) return [...done];
    await answerQuestion(page, next, answers[next]!);
    done.add(next);
  }
}

/** Every change of this page is on the server: saved, and nothing waiting (not even in the pause before a save). */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-waiting', '0');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await expect(page.getByTestId('save-status')).toContainText(/All changes saved|Alle Änderungen/);
}

/** Creates a client and a draft through the API (same origin, the browser session of `request`). */
export async function createClientWithDraft(request: APIRequestContext, baseURL: string, name: string): Promise<{ clientId: string; assessmentId: string }> {
  const headers = { Origin: baseURL };
  const client = await request.post('/api/v1/clients', { headers, data: { name, industry: 'manufacturing', country: 'DE', revenueBand: 'from_50m_to_100m', employeeCount: 600 } });
  expect(client.status(), await client.text()).toBe(201);
  const { id: clientId } = (await client.json()) as { id: string };
  const assessment = await request.post('/api/v1/assessments', { headers, data: { clientCompanyId: clientId, kind: 'new' } });
  expect(assessment.status(), await assessment.text()).toBe(201);
  return { clientId, assessmentId: ((await assessment.json()) as { id: string }).id };
}

export async function storedAnswer(request: APIRequestContext, assessmentId: string, questionId: string): Promise<unknown> {
  const response = await request.get(`/api/v1/assessments/${assessmentId}`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { answers: Record<string, { value: unknown }> };
  return body.answers[questionId]?.value ?? null;
}
