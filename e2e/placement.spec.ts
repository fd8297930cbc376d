// Placement and the underwriter's decisions (issue 7, "Done when"): a broker submits a fresh
// assessment to two insurers; an underwriter of the first finds it in the review queue,
// overrides a section with a justification and requests information; the broker answers and
// resubmits; the underwriter quotes with terms and a subjectivity; the second insurer declines; the
// broker compares both on the market page and binds the quote; the subjectivity is fulfilled with an
// evidence file and accepted; the audit view shows every step; the third insurer and the other one
// get 404 for what was not sent to them.
import { expect, test } from '@playwright/test';
import { createSubmittedAssessment, pageAs, submissionStatus as status } from './placement-helpers';

test('a broker places with two insurers; review, questions, quote, decline, bind, subjectivity, audit; other insurers see nothing', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const client = `Placement ${Date.now().toString(36)} GmbH`;
  const broker = await pageAs(browser, 'broker'); // Ben, Nordlicht
  const rheinmark = await pageAs(browser, 'underwriter'); // Uwe
  const danubia = await pageAs(browser, 'dora');
  const baltica = await pageAs(browser, 'bruno');

  // The broker sends the submitted assessment to Rheinmark and Danubia.
  const assessmentId = await createSubmittedAssessment(broker, baseURL!, client);
  await broker.goto(`/assessments/${assessmentId}`);
  await broker.getByTestId('open-placement').first().click();
  await expect(broker).toHaveURL(new RegExp(`/assessments/${assessmentId}/placement$`));
  await broker.getByTestId('insurer-org_rheinmark').check();
  await broker.getByTestId('insurer-org_danubia').check();
  await broker.getByLabel('Cover start').fill('2027-03-01');
  await broker.getByLabel('Message to the underwriters (optional)').fill('Renewal; please quote by the end of the month.');
  await broker.getByTestId('send-placement').click();
  await expect(broker.getByTestId('market-column')).toHaveCount(2);
  const hrefOf = async (insurer: string) => (await broker.locator(`[data-testid="market-column"][data-insurer="${insurer}"]`).getByTestId('open-submission').getAttribute('href'))!;
  const rheinmarkPath = await hrefOf('Rheinmark Versicherung AG');
  const danubiaPath = await hrefOf('Danubia Cyber Insurance SE');

  // Rheinmark's underwriter is notified and finds it in the review queue (searched by name).
  await rheinmark.goto('/notifications');
  await expect(rheinmark.getByRole('link', { name: `${client}: a new submission` })).toHaveAttribute('href', rheinmarkPath);
  await rheinmark.goto(`/underwriting?q=${encodeURIComponent(client)}`);
  await rheinmark.getByRole('main').getByRole('link', { name: client }).click();
  await expect(rheinmark).toHaveURL(new RegExp(`${rheinmarkPath}$`));
  await expect(rheinmark.getByRole('heading', { level: 1 })).toHaveText(`${client} · Rheinmark Versicherung AG`);
  await expect(rheinmark.getByTestId('review-answers')).toBeVisible();
  await expect(rheinmark.getByTestId('model-insurability')).not.toBeEmpty();

  // Override a section score with a justification (refused without one).
  const target = rheinmark.getByTestId('override-target');
  const sectionTarget = (await target.locator('option').nth(1).getAttribute('value'))!;
  await target.selectOption(sectionTarget);
  await rheinmark.getByTestId('override-value').fill('40');
  await rheinmark.getByTestId('override-submit').click();
  await expect(rheinmark.getByTestId('override-form').getByRole('alert').last()).toContainText('Justify the override');
  await rheinmark.getByLabel('Justification (required)').fill('The break-glass accounts are shared by three admins.');
  await rheinmark.getByTestId('override-submit').click();
  const overridden = rheinmark.locator(`[data-target="${sectionTarget}"]`);
  await expect(overridden.getByTestId('override-value-cell')).toHaveText('40');
  await expect(overridden).toContainText('The break-glass accounts are shared by three admins.');

  // Request information.
  await rheinmark.getByTestId('decision-request').locator('summary').click();
  await rheinmark.getByLabel('Questions to the broker').fill('Who can export the token signing certificate?');
  await rheinmark.getByTestId('request-info-submit').click();
  await expect(status(rheinmark)).toHaveAttribute('data-status', 'INFO_REQUESTED');

  // The broker answers and resubmits; the thread is kept.
  await broker.goto(rheinmarkPath);
  await expect(broker.getByTestId('thread')).toContainText('Who can export the token signing certificate?');
  await broker.getByLabel('Your answer').fill('Only the two tier-0 admins, through the HSM.');
  await broker.getByTestId('respond-submit').click();
  await expect(status(broker)).toHaveAttribute('data-status', 'SUBMITTED');
  await expect(broker.getByTestId('thread').locator('[data-kind]')).toHaveCount(3);

  // The underwriter quotes with terms and one subjectivity.
  await rheinmark.reload();
  await expect(status(rheinmark)).toHaveAttribute('data-status', 'SUBMITTED');
  await rheinmark.getByTestId('decision-quote').locator('summary').click();
  const quote = rheinmark.getByTestId('quote-form');
  while ((await quote.getByTestId('quote-subjectivity').count()) > 0) await quote.getByTestId('quote-subjectivity').first().getByRole('button', { name: 'Remove' }).click();
  await quote.getByTestId('quote-limitEur').fill('1500000');
  await quote.getByTestId('quote-retentionEur').fill('20000');
  await quote.getByTestId('quote-premiumEur').fill('12400');
  await quote.getByTestId('add-subjectivity').click();
  await quote.getByTestId('quote-subjectivity-text').fill('FIDO2 security keys for every administrator');
  await quote.getByTestId('quote-subjectivity-due').fill('2099-02-28');
  await quote.getByTestId('quote-submit').click();
  await expect(status(rheinmark)).toHaveAttribute('data-status', 'QUOTED');
  await expect(rheinmark.getByTestId('final-terms')).toContainText('€12,400');
  await expect(rheinmark.getByTestId('terms-overrides')).toContainText('40');

  // Danubia declines.
  await danubia.goto(danubiaPath);
  await danubia.getByTestId('decision-decline').locator('summary').click();
  await danubia.getByTestId('decline-reason-accumulation').check();
  await danubia.getByLabel('Note to the broker (optional)').fill('Too many Entra ID insureds in our book.');
  await danubia.getByTestId('decline-submit').click();
  await expect(status(danubia)).toHaveAttribute('data-status', 'DECLINED');

  // The broker compares both and binds the quote.
  await broker.goto(`/assessments/${assessmentId}/placement`);
  const rheinmarkColumn = broker.locator('[data-testid="market-column"][data-insurer="Rheinmark Versicherung AG"]');
  const danubiaColumn = broker.locator('[data-testid="market-column"][data-insurer="Danubia Cyber Insurance SE"]');
  await expect(rheinmarkColumn.getByTestId('submission-status')).toHaveAttribute('data-status', 'QUOTED');
  await expect(rheinmarkColumn.getByTestId('market-premium')).toHaveText('€12,400');
  await expect(rheinmarkColumn).toContainText('FIDO2 security keys for every administrator');
  await expect(danubiaColumn.getByTestId('submission-status')).toHaveAttribute('data-status', 'DECLINED');
  await expect(danubiaColumn).toContainText('Accumulation in our book');
  await expect(danubiaColumn.getByTestId('bind-submission')).toHaveCount(0);
  await rheinmarkColumn.getByTestId('bind-submission').click();
  await expect(broker.getByTestId('bound-banner')).toContainText('Bound with Rheinmark Versicherung AG');
  await expect(rheinmarkColumn.getByTestId('submission-status')).toHaveAttribute('data-status', 'BOUND');

  // The broker fulfils the subjectivity with an evidence file; the underwriter accepts it.
  await broker.goto(rheinmarkPath);
  const subjectivity = broker.getByTestId('subjectivity').first();
  const subjectivityId = (await subjectivity.getAttribute('data-subjectivity'))!;
  await subjectivity.getByLabel('Note on how it was fulfilled').fill('Keys issued on 1 March; policy attached.');
  await subjectivity.locator('input[type="file"]').setInputFiles({ name: 'fido2-policy.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% evidence\n') });
  await broker.getByTestId(`fulfil-submit-${subjectivityId}`).click();
  await expect(subjectivity.getByTestId('subjectivity-status')).toHaveAttribute('data-status', 'FULFILLED');
  const evidenceHref = (await subjectivity.getByTestId('evidence-link').getAttribute('href'))!;
  await rheinmark.reload();
  await rheinmark.getByTestId(`accept-${subjectivityId}`).click();
  await expect(rheinmark.getByTestId('subjectivity').first().getByTestId('subjectivity-status')).toHaveAttribute('data-status', 'ACCEPTED');
  const download = await rheinmark.request.get(evidenceHref);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-disposition']).toContain('attachment');

  // The audit view shows every step, in order.
  await broker.goto(`${rheinmarkPath}/audit`);
  await expect(broker.getByTestId('audit-row')).toHaveCount(8);
  expect(await broker.getByTestId('audit-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action')))).toEqual([
    'submission.submit',
    'submission.override',
    'submission.requestInformation',
    'submission.resubmit',
    'submission.quote',
    'placement.bind',
    'subjectivity.fulfil',
    'subjectivity.accept',
  ]);
  await expect(broker.getByTestId('audit-table')).toContainText('The break-glass accounts are shared by three admins.');
  await broker.goto(`${danubiaPath}/audit`);
  await expect(broker.getByTestId('audit-row').last()).toHaveAttribute('data-action', 'submission.decline');

  // The third insurer, and the other one, see nothing of what was not sent to them.
  for (const path of [rheinmarkPath, `${rheinmarkPath}/audit`, danubiaPath, `${danubiaPath}/audit`]) {
    const response = await baltica.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(baltica.getByRole('main')).not.toContainText(client);
  }
  for (const path of [rheinmarkPath, `${rheinmarkPath}/audit`]) {
    expect((await danubia.goto(path))?.status(), path).toBe(404);
    await expect(danubia.getByRole('main')).not.toContainText(client);
  }
  expect((await danubia.request.get(evidenceHref)).status()).toBe(404);
  expect((await baltica.request.get(evidenceHref)).status()).toBe(404);
  expect((await baltica.goto(`/assessments/${assessmentId}`))?.status()).toBe(404);

  for (const page of [broker, rheinmark, danubia, baltica]) await page.context().close();
});
