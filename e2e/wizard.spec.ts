// The questionnaire wizard in a real browser: the whole questionnaire answered through its inputs,
// autosave with its visible state, reloads and a network drop that lose nothing, two editors on
// one answer getting the conflict choice, and another brokerage seeing none of it.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { storageStatePath, type TColleague, type TPersona } from './personas';
import { answerQuestion, answerStep, createClientWithDraft, expectSaved, storedAnswer } from './wizard-helpers';

test.use({ storageState: storageStatePath('broker') });

const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function signedInPage(browser: Browser, who: TPersona | TColleague): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(who), locale: 'en-GB' });
  return context.newPage();
}

test('the broker journey: a new client, the whole questionnaire (reload, offline and back), submit, and the results in three stages', async ({ page, context, baseURL }) => {
  test.setTimeout(150_000);
  // A client created in the form, an assessment started from its page.
  await page.goto('/clients/new');
  const form = page.getByTestId('client-company-form');
  await form.getByLabel('Company name').fill(unique('Journey Werft GmbH'));
  await form.getByLabel('Industry').selectOption({ label: 'Manufacturing' });
  await form.getByLabel('Country').selectOption({ label: 'Germany' });
  await form.getByLabel('Annual revenue').selectOption('from_50m_to_100m');
  await form.getByLabel('Employees').fill('600');
  await form.getByRole('button', { name: 'Create client' }).click();
  await expect(page).toHaveURL(/\/clients\/[A-Za-z0-9_-]+$/);
  await page.getByRole('button', { name: 'Start assessment' }).click();
  await expect(page).toHaveURL(/\/assessments\/[A-Za-z0-9_-]+\/questionnaire$/);
  const assessmentId = new URL(page.url()).pathname.split('/')[2]!;
  // The business profile comes from the client record, so the wizard resumes at the first gap.
  await expect(page.getByTestId('step-title')).toHaveText('Identity-provider landscape and concentration');
  await expect(page.getByTestId('save-status')).toContainText('Changes are saved automatically.');

  const sections = await page.getByRole('navigation', { name: 'Sections' }).getByRole('link').count();
  for (let step = 1; step < sections; step++) {
    const answered = await answerStep(page);
    expect(answered.length, `step ${step}`).toBeGreaterThan(0);
    await expectSaved(page);
    if (step === 3) {
      // A reload in the middle keeps every answer (they are on the server, shown who gave them).
      await page.reload();
      await expect(page.locator('[data-question="priv_jit"] input[value="yes"]')).toBeChecked();
      await expect(page.locator('[data-question="priv_jit"]').getByTestId('answered-by')).toContainText('Answered by Ben Kraus');
    }
    if (step === 9) {
      // The network drops: the change waits on the device, the state says so, and it is sent when the network is back.
      await context.setOffline(true);
      await answerQuestion(page, 'gov_secure_score_identity', 91);
      await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', /offline|retrying/);
      await expect(page.getByTestId('save-status')).toContainText(/Offline|Retrying/);
      await context.setOffline(false);
      await expectSaved(page);
      expect(await storedAnswer(page.request, assessmentId, 'gov_secure_score_identity')).toBe(91);
    }
    await page.getByTestId('next-step').click();
  }

  await expect(page.getByTestId('step-title')).toHaveText('Review and submit');
  await expect(page.getByTestId('review-step')).toContainText('Every required question is answered.');
  await expect(page.getByTestId('overall-progress')).toHaveText(/^(\d+) of \1 required answers$/);
  await expect(page.getByTestId('preview')).toContainText('All required answers are given.');
  await page.getByTestId('submit-assessment').click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${assessmentId}/results$`));

  // The results: grade, charts, and the three stages of the product.
  const frozen = (await (await page.request.get(`/api/v1/assessments/${assessmentId}`)).json()) as { scores: { grade: string } };
  await expect(page.getByRole('img', { name: `Grade ${frozen.scores.grade}` }).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Risk assessment');
  await expect(page.locator('[data-chart="section-scores"] svg.recharts-surface')).toBeVisible();
  await expect(page.locator('[data-chart="loss-exceedance"] svg.recharts-surface')).toBeVisible();
  const stages = page.getByRole('navigation', { name: 'Stages of the results' });
  await stages.getByRole('link', { name: 'Protection' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Protection');
  await expect(page.getByRole('region', { name: 'Insurance indication' })).toContainText('Indication, not a quote');
  await stages.getByRole('link', { name: 'Claims support' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Claims support');

  // Submitted means read-only: the wizard sends the user to the results, the API refuses changes.
  await page.goto(`/assessments/${assessmentId}/questionnaire`);
  await expect(page).toHaveURL(new RegExp(`/assessments/${assessmentId}/results$`));
  const refused = await page.request.patch(`/api/v1/assessments/${assessmentId}/answers`, { headers: { Origin: baseURL! }, data: { answers: { dep_tenant_count: { value: 2, version: 1 } } } });
  expect(refused.status()).toBe(409);
});

test('a change made just before a reload is kept on the device and saved afterwards; the wizard resumes at the first gap', async ({ page, baseURL }) => {
  const { assessmentId } = await createClientWithDraft(page.request, baseURL!, unique('Reload AG'));
  await page.goto(`/assessments/${assessmentId}/questionnaire?step=landscape`);
  await answerQuestion(page, 'dep_mail_platform', 'google_workspace');
  // No waiting for the autosave: the reload comes before the pause is over.
  await page.reload();
  await expect(page.locator('[data-question="dep_mail_platform"] input[value="google_workspace"]')).toBeChecked();
  await expectSaved(page);
  expect(await storedAnswer(page.request, assessmentId, 'dep_mail_platform')).toBe('google_workspace');

  // Coming back without a step: the first unanswered required question, with the keyboard on it.
  await page.goto(`/assessments/${assessmentId}/questionnaire`);
  await expect(page.getByTestId('step-title')).toHaveText('Identity-provider landscape and concentration');
  await expect(page.locator('[data-question="dep_idps"] input').first()).toBeFocused();
});

test('the browser refuses a future date where the question asks about the past, and the server would too', async ({ page, baseURL }) => {
  const { assessmentId } = await createClientWithDraft(page.request, baseURL!, unique('Datum KG'));
  await page.goto(`/assessments/${assessmentId}/questionnaire?step=incident_response`);
  await answerQuestion(page, 'ir_last_exercise', 'within_6_months');
  await expectSaved(page);
  await answerQuestion(page, 'ir_last_exercise_date', '2099-01-01');
  await expect(page.locator('[data-question="ir_last_exercise_date"]').getByRole('alert')).toHaveText('The date cannot be in the future.');
  const viaApi = await page.request.patch(`/api/v1/assessments/${assessmentId}/answers`, {
    headers: { Origin: baseURL! },
    data: { answers: { ir_last_exercise_date: { value: '2099-01-01', version: 0 } } },
  });
  expect(viaApi.status()).toBe(400);
  expect(await viaApi.json()).toMatchObject({ problems: [{ path: 'answers.ir_last_exercise_date', code: 'scoring.issues.future_date' }] });
  expect(await storedAnswer(page.request, assessmentId, 'ir_last_exercise_date')).toBeNull();
});

test('two editors change the same answer: the later one sees the other value, who set it and when, and chooses', async ({ page, browser, baseURL }) => {
  const { assessmentId } = await createClientWithDraft(page.request, baseURL!, unique('Konflikt GmbH'));
  const url = `/assessments/${assessmentId}/questionnaire?step=landscape`;
  const anna = await signedInPage(browser, 'anna');
  await Promise.all([page.goto(url), anna.goto(url)]);

  // Anna's network drops while she changes the answer; meanwhile Ben saves his.
  await anna.context().setOffline(true);
  await answerQuestion(anna, 'dep_mail_platform', 'exchange_hybrid');
  await answerQuestion(page, 'dep_mail_platform', 'exchange_online');
  await expectSaved(page);
  // Different questions by different people merge.
  await answerQuestion(page, 'dep_tenant_count', 3);
  await expectSaved(page);

  await anna.context().setOffline(false);
  const conflict = anna.locator('[data-question="dep_mail_platform"]').getByTestId('conflict');
  await expect(conflict).toContainText('Ben Kraus');
  await expect(conflict).toContainText('Exchange Online');
  await expect(conflict).toContainText('Exchange hybrid');
  await expect(anna.locator('[data-question="dep_tenant_count"] input')).toHaveValue('3');
  await conflict.getByRole('button', { name: /Meine Antwort behalten|Keep my answer/ }).click();
  await expect(conflict).toHaveCount(0);
  await expectSaved(anna);
  expect(await storedAnswer(page.request, assessmentId, 'dep_mail_platform')).toBe('exchange_hybrid');
  await anna.context().close();
});

test('the broker gives the client’s own user access to a draft: both see who answered what and when', async ({ page, browser, baseURL }) => {
  const { assessmentId } = await createClientWithDraft(page.request, baseURL!, unique('Freigabe GmbH'));
  // Medica's draft is shared in the demo world; this new one is not, so its client has no user yet:
  // the page says so, and sharing and withdrawing work.
  await page.goto(`/assessments/${assessmentId}`);
  await expect(page.getByRole('main')).toContainText('No user of');
  await page.getByTestId('share-toggle').click();
  await expect(page.getByRole('main')).toContainText('can see and answer this draft since');
  await page.getByTestId('share-toggle').click();
  await expect(page.getByRole('main')).toContainText('Only your brokerage sees this draft');

  const vogel = await signedInPage(browser, 'medica');
  await vogel.goto('/assessments/asm_medica/questionnaire?step=privileged_access');
  await answerQuestion(vogel, 'priv_break_glass', 'yes');
  await expectSaved(vogel);
  await expect(vogel.locator('[data-question="priv_break_glass"]').getByTestId('answered-by')).toContainText('Answered by Dr. Lea Vogel');
  // The client answers, the broker submits.
  await vogel.goto('/assessments/asm_medica/questionnaire?step=review');
  await expect(vogel.getByTestId('review-step')).toContainText('Your broker submits the assessment');
  await page.goto('/assessments/asm_medica/questionnaire?step=privileged_access');
  await expect(page.locator('[data-question="priv_break_glass"]').getByTestId('answered-by')).toContainText('Answered by Dr. Lea Vogel');
  await expect(page.locator('[data-question="dep_idps"]')).toHaveCount(0);
  await vogel.context().close();
});

test('a broker of another brokerage gets 404 for the client, the assessment and their API URLs', async ({ page, browser, baseURL }) => {
  const { clientId, assessmentId } = await createClientWithDraft(page.request, baseURL!, unique('Vertraulich GmbH'));
  const clara = await signedInPage(browser, 'clara');
  for (const path of [`/clients/${clientId}`, `/assessments/${assessmentId}`, `/assessments/${assessmentId}/questionnaire`, `/assessments/${assessmentId}/results`]) {
    const response = await clara.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  for (const path of [`/api/v1/clients/${clientId}`, `/api/v1/assessments/${assessmentId}`, `/api/v1/assessments/${assessmentId}/answers`, `/api/v1/assessments/${assessmentId}/preview`]) {
    const response = await clara.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).not.toContain('Vertraulich');
  }
  const write = await clara.request.patch(`/api/v1/assessments/${assessmentId}/answers`, { headers: { Origin: baseURL! }, data: { answers: { dep_tenant_count: { value: 2, version: 0 } } } });
  expect(write.status()).toBe(404);
  const submit = await clara.request.post(`/api/v1/assessments/${assessmentId}/submit`, { headers: { Origin: baseURL! } });
  expect(submit.status()).toBe(404);
  await clara.context().close();
  // Nothing was written by the refused requests.
  expect(await storedAnswer(page.request, assessmentId, 'dep_tenant_count')).toBeNull();
});
