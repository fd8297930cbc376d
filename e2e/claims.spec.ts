// Claims support and the client portal (issue 8): a client reports an incident (first notice of
// loss, with field errors for what is missing); the broker sees the claim, acknowledges it and starts
// the investigation; a crafted move the status machine does not allow is refused by the server and
// changes nothing; a playbook step is ticked off with who and when. The client marks a
// recommendation done with a note, and the broker reads it on the results page.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { ASSESSMENTS, CLIENTS, USERS } from '../prisma/seed/demo-world';
import { storageStatePath, type TPersona } from './personas';

// Two people and a dozen page loads each: more than the default 30 s on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

async function pageAs(browser: Browser, persona: TPersona): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(persona), locale: 'en-GB' });
  return context.newPage();
}

/** A datetime-local value on the Berlin wall clock, `hoursAgo` before now. */
function berlinDateTime(hoursAgo: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(
    new Date(Date.now() - hoursAgo * 3_600_000),
  );
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

test('a client reports an incident; the broker moves it along, an illegal move is refused, a playbook step is ticked', async ({ browser }) => {
  const client = await pageAs(browser, 'client');
  await client.goto('/claims');
  await client.getByRole('link', { name: 'Report an incident' }).click();
  await expect(client.getByRole('heading', { level: 1 })).toHaveText('Report an incident');
  const form = client.getByTestId('report-claim-form');
  const submit = form.getByRole('button', { name: 'Report the incident' });
  await expect(submit).toBeEnabled();

  // Nothing filled in: every field says what it needs, and nothing is sent.
  await submit.click();
  await expect(form.getByText('Choose the type of incident.')).toBeVisible();
  await expect(form.getByText('Enter the date and time you discovered the incident.')).toBeVisible();
  await expect(form.getByText('Describe what happened (at least 20 characters).')).toBeVisible();
  await expect(form.getByText('Enter the full name (at least 2 characters).')).toBeVisible();
  await expect(client).toHaveURL(/\/claims\/new$/);

  const description = `Forged tokens used against the ERP portal ${Date.now()}`;
  await form.getByLabel('Type of incident').selectOption({ label: 'Token or signing-key compromise' });
  await form.getByLabel('Discovered at').fill(berlinDateTime(2));
  await form.getByLabel('What happened').fill(description);
  await form.getByLabel('Affected services').fill('ERP portal\nMicrosoft 365');
  await form.getByLabel('Affected data').fill('Customer orders');
  await form.getByLabel('Actions taken so far').fill('Revoked all sessions of the affected users.');
  await form.getByLabel('Personal data may be affected').check();
  await form.getByLabel('NIS2 class of the company').selectOption({ label: 'Important entity' });
  await form.getByLabel('Name', { exact: true }).fill(USERS.hansen.name);
  await form.getByLabel('Role', { exact: true }).fill('IT lead');
  await form.getByLabel('Email', { exact: true }).fill(USERS.hansen.email);
  await submit.click();

  await expect(client).toHaveURL(/\/claims\/(?!new$)[a-z0-9]+$/);
  const heading = client.getByRole('heading', { level: 1 });
  await expect(heading).toContainText(`· ${CLIENTS.hansen.name}`);
  const reference = (await heading.textContent())!.split(' · ')[0]!;
  expect(reference).toMatch(/^CLM-\d{4}-\d{6}$/);
  const claimUrl = client.url();
  await expect(client.getByTestId('claim-status')).toHaveAttribute('data-status', 'REPORTED');
  // Deadlines from the discovery time: the insurer's notice, GDPR and NIS2, each counting down.
  for (const id of ['insurer_notice', 'gdpr_art33_72h', 'nis2_early_warning_24h', 'nis2_notification_72h', 'nis2_final_report_1_month']) {
    await expect(client.getByTestId(`deadline-${id}`).getByTestId('deadline-countdown')).toContainText('left');
  }
  // What the insured said at the time, beside the claim.
  await expect(client.getByTestId('claim-statements')).toContainText('How long are identity and mail audit logs retained?');
  // A client cannot move the claim: no moves offered.
  await expect(client.getByTestId('claim-move-form')).toHaveCount(0);

  // The broker sees it in the list and opens it.
  const broker = await pageAs(browser, 'broker');
  await broker.goto('/claims');
  await broker.getByRole('link', { name: reference }).click();
  await expect(broker).toHaveURL(claimUrl);
  await expect(broker.getByTestId('claim-status')).toHaveAttribute('data-status', 'REPORTED');
  await broker.getByTestId('claim-move-ACKNOWLEDGED').click();
  await expect(broker.getByTestId('claim-status')).toHaveAttribute('data-status', 'ACKNOWLEDGED');
  await expect(broker.getByTestId('claim-move-INVESTIGATING')).toBeEnabled();

  // A crafted post: the button for a legal move made to ask for SETTLED (not allowed from ACKNOWLEDGED).
  await broker.getByTestId('claim-move-INVESTIGATING').evaluate((button) => button.setAttribute('value', 'SETTLED'));
  await broker.getByTestId('claim-move-INVESTIGATING').click();
  await expect(broker.getByTestId('claim-move-form').getByRole('alert')).toHaveText('The move was refused: This status move is not allowed.');
  await broker.reload();
  await expect(broker.getByTestId('claim-status')).toHaveAttribute('data-status', 'ACKNOWLEDGED');
  await expect(broker.getByTestId('claim-timeline')).not.toContainText('Settled');

  await broker.getByTestId('claim-move-INVESTIGATING').click();
  await expect(broker.getByTestId('claim-status')).toHaveAttribute('data-status', 'INVESTIGATING');
  await expect(broker.getByTestId('claim-timeline')).toContainText('Moved the claim from Acknowledged to Investigating');

  // A playbook step ticked off: who and when.
  const step = broker.getByTestId('item-playbook:activate_incident_team');
  await step.getByRole('button', { name: 'Mark done' }).click();
  await expect(step).toHaveAttribute('data-done', 'true');
  await expect(step.getByTestId('done-by')).toContainText(`Done by ${USERS.ben.name}, `);
  await expect(broker.getByTestId('claim-timeline')).toContainText('Ticked off:');

  // The client sees the same claim move and the tick.
  await client.reload();
  await expect(client.getByTestId('claim-status')).toHaveAttribute('data-status', 'INVESTIGATING');
  await expect(client.getByTestId('item-playbook:activate_incident_team').getByTestId('done-by')).toContainText(USERS.ben.name);
  await client.context().close();
  await broker.context().close();
});

test('the client marks a recommendation done with a note; the broker sees it on the results page', async ({ browser }) => {
  const results = `/assessments/${ASSESSMENTS.hansen.id}/results?stage=protection`;
  const client = await pageAs(browser, 'client');
  await client.goto(results);
  const rows = client.getByTestId('recommendation-progress').locator('> li');
  const row = rows.last();
  const recommendationId = (await row.getAttribute('data-testid'))!.replace('progress-', '');
  const note = `Rolled out on all admin accounts ${Date.now()}`;
  await row.getByLabel('State').selectOption('DONE');
  await row.getByLabel('Note (optional)').fill(note);
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByRole('status')).toHaveText('Saved.');
  await expect(row).toHaveAttribute('data-state', 'DONE');
  await expect(row.getByTestId('progress-note')).toHaveText(note);

  const broker = await pageAs(browser, 'broker');
  await broker.goto(results);
  const seen = broker.getByTestId(`progress-${recommendationId}`);
  await expect(seen).toHaveAttribute('data-state', 'DONE');
  await expect(seen.getByTestId('progress-note')).toHaveText(note);
  await expect(seen).toContainText(USERS.hansen.name);
  await client.context().close();
  await broker.context().close();
});
