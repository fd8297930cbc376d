// Overdue subjectivities are flagged alike in the broker's, the underwriter's and the insured's views
// (the insured sees every insurer's decision on the assessment page, without the thread). The seeded
// Huber quote from Rheinmark has two subjectivities, still open: one due 2026-11-25, one 2027-01-15.
// Which of them is overdue depends on the day the test runs, so the test works it out the same way
// (still open, due before today), and the pages must agree with it. Read-only: nothing is changed.
import { expect, test, type Page } from '@playwright/test';
import { ASSESSMENTS, CLIENTS, DEMO_PASSWORD, SUBMISSIONS, USERS } from '../prisma/seed/demo-world';
import { todayIsoDate } from '../lib/today';
import { storageStatePath } from './personas';
import { signInThroughApi } from './sign-in';

const quote = SUBMISSIONS.huberRheinmark;

/** Which subjectivities are overdue today (asked per test: a run may cross midnight in Berlin). */
function expectedFlags() {
  const subjectivities = quote.state.subjectivities.map((subjectivity) => ({ ...subjectivity, isOverdue: subjectivity.dueDate < todayIsoDate() }));
  return { subjectivities, overdueCount: subjectivities.filter((subjectivity) => subjectivity.isOverdue).length };
}

async function expectSubmissionPageFlags(page: Page) {
  const { subjectivities, overdueCount } = expectedFlags();
  await page.goto(`/submissions/${quote.id}`);
  for (const subjectivity of subjectivities) {
    const item = page.locator(`[data-testid="subjectivity"][data-subjectivity="${subjectivity.id}"]`);
    await expect(item).toContainText(subjectivity.text);
    await expect(item.getByText('Overdue', { exact: true })).toHaveCount(subjectivity.isOverdue ? 1 : 0);
  }
  const flags = page.getByTestId('submission-flags');
  if (overdueCount === 0) await expect(flags).toHaveCount(0);
  else await expect(flags).toContainText(overdueCount === 1 ? '1 subjectivity is overdue.' : `${overdueCount} subjectivities are overdue.`);
}

test.describe('the broker of Huber (Clara, Alpen Risk)', () => {
  test.use({ storageState: storageStatePath('clara') });

  test('the market comparison and the submission flag each overdue subjectivity, and only those', async ({ page }) => {
    const { subjectivities } = expectedFlags();
    await page.goto(`/assessments/${quote.assessmentId}/placement`);
    const column = page.locator('[data-testid="market-column"][data-insurer="Rheinmark Versicherung AG"]');
    for (const subjectivity of subjectivities) {
      const item = column.getByRole('listitem').filter({ hasText: subjectivity.text });
      await expect(item.getByText('Overdue', { exact: true })).toHaveCount(subjectivity.isOverdue ? 1 : 0);
    }
    await expectSubmissionPageFlags(page);
  });
});

test.describe('the underwriter of Rheinmark (Uwe)', () => {
  test.use({ storageState: storageStatePath('underwriter') });

  test('the submission flags the same subjectivities, and the queue counts them', async ({ page }) => {
    const { overdueCount } = expectedFlags();
    await expectSubmissionPageFlags(page);
    await page.goto(`/underwriting?q=${encodeURIComponent('Huber')}`);
    const row = page.getByRole('row').filter({ hasText: CLIENTS.huber.name });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell').last()).toHaveText(String(overdueCount));
  });
});

test.describe('the insured (Eva Huber)', () => {
  test('sees each insurer’s decision with the offered terms and the same flags, but not the questions between broker and insurer', async ({ page }) => {
    const { subjectivities } = expectedFlags();
    await signInThroughApi(page.request, { email: USERS.huber.email, password: DEMO_PASSWORD });
    await page.goto(`/assessments/${ASSESSMENTS.huber.id}`);
    const decisions = page.getByTestId('market-decisions');
    const rheinmark = decisions.locator('[data-testid="market-column"][data-insurer="Rheinmark Versicherung AG"]');
    await expect(rheinmark.getByTestId('submission-status')).toHaveAttribute('data-status', 'QUOTED');
    await expect(rheinmark.getByTestId('market-premium')).toHaveText('€8,400');
    for (const subjectivity of subjectivities) {
      const item = rheinmark.getByRole('listitem').filter({ hasText: subjectivity.text });
      await expect(item.getByText('Overdue', { exact: true })).toHaveCount(subjectivity.isOverdue ? 1 : 0);
    }
    const baltica = decisions.locator('[data-testid="market-column"][data-insurer="Baltica Cyber Versicherung AG"]');
    await expect(baltica.getByTestId('submission-status')).toHaveAttribute('data-status', 'INFO_REQUESTED');
    await expect(page.getByRole('main')).not.toContainText(SUBMISSIONS.huberBaltica.state.question);
    // No way into the submission pages from here: a client's role may not open them at all.
    await expect(decisions.getByRole('link')).toHaveCount(0);
    expect((await page.request.get(`/submissions/${quote.id}`)).status()).toBe(403);
  });
});
