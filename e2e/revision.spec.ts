// Revising the answers after an insurer's questions: the underwriter asks; the broker opens the
// revision, corrects an answer in the questionnaire and submits the next version; the underwriter
// sees the working answers only once they are resubmitted, then what changed, before beside after.
import { expect, test } from '@playwright/test';
import { createSubmittedAssessment, pageAs, submissionStatus } from './placement-helpers';
import { answerQuestion, expectSaved } from './wizard-helpers';

test('a broker revises an answer after the underwriter’s question and resubmits it; the underwriter sees what changed', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const client = `Revision ${Date.now().toString(36)} GmbH`;
  const broker = await pageAs(browser, 'broker'); // Ben, Nordlicht
  const rheinmark = await pageAs(browser, 'underwriter'); // Uwe

  const assessmentId = await createSubmittedAssessment(broker, baseURL!, client);
  await broker.goto(`/assessments/${assessmentId}/placement`);
  await broker.getByTestId('insurer-org_rheinmark').check();
  await broker.getByLabel('Cover start').fill('2027-03-01');
  await broker.getByTestId('send-placement').click();
  await expect(broker.getByTestId('market-column')).toHaveCount(1);
  const path = (await broker.getByTestId('open-submission').getAttribute('href'))!;

  await rheinmark.goto(path);
  await rheinmark.getByTestId('decision-request').locator('summary').click();
  await rheinmark.getByLabel('Questions to the broker').fill('Does MFA really cover every user?');
  await rheinmark.getByTestId('request-info-submit').click();
  await expect(submissionStatus(rheinmark)).toHaveAttribute('data-status', 'INFO_REQUESTED');

  // The broker opens the revision and corrects the MFA coverage in the questionnaire.
  await broker.goto(path);
  await broker.getByTestId('revise-answers').click();
  await broker.getByTestId('continue-revision').click();
  await expect(broker).toHaveURL(new RegExp(`/assessments/${assessmentId}/questionnaire`));
  await broker.goto(`/assessments/${assessmentId}/questionnaire?step=authentication&focus=auth_mfa_coverage`);
  await answerQuestion(broker, 'auth_mfa_coverage', 60);
  await expectSaved(broker);

  // Meanwhile the underwriter is told, and reads the answers as submitted.
  await rheinmark.reload();
  await expect(rheinmark.getByTestId('revision-open')).toBeVisible();
  const seen = (await (await rheinmark.request.get(`/api/v1/assessments/${assessmentId}/answers`)).json()) as { answers: Record<string, { value: unknown }> };
  expect(seen.answers.auth_mfa_coverage?.value).toBe(100);

  await broker.goto(`/assessments/${assessmentId}/questionnaire?step=review`);
  await broker.getByTestId('submit-assessment').click();
  await expect(broker).toHaveURL(new RegExp(`/assessments/${assessmentId}/results$`));

  await broker.goto(path);
  await expect(broker.getByTestId('revision-ready')).toContainText('version 2');
  await broker.getByLabel('Your answer').fill('MFA covers 60% of users; corrected in version 2.');
  await broker.getByTestId('respond-submit').click();
  await expect(submissionStatus(broker)).toHaveAttribute('data-status', 'SUBMITTED');

  await rheinmark.reload();
  await expect(rheinmark.getByRole('heading', { name: 'Changed since version 1' })).toBeVisible();
  const changed = rheinmark.getByTestId('revised-answers').locator('[data-question="auth_mfa_coverage"]');
  await expect(changed).toContainText('100');
  await expect(changed).toContainText('60');
  await expect(rheinmark.getByTestId('revised-answers').locator('[data-question]')).toHaveCount(1);
});
