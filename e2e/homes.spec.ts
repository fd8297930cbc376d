import { expect, test } from '@playwright/test';
import { PERSONAS, storageStatePath, type TPersona } from './personas';

const NAV: Record<TPersona, string[]> = {
  admin: ['Home', 'Users', 'Security events'],
  broker: ['Home', 'Clients', 'Assessments', 'Claims'],
  underwriter: ['Home', 'Review queue', 'Portfolio', 'Claims'],
  client: ['Home', 'My assessments', 'Claims'],
};

for (const persona of Object.keys(PERSONAS) as TPersona[]) {
  test.describe(`${persona} home`, () => {
    test.use({ storageState: storageStatePath(persona) });

    test(`shows the ${persona}'s home and navigation`, async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(PERSONAS[persona].home);
      const nav = page.getByRole('navigation', { name: 'Main navigation' });
      await expect(nav.getByRole('link')).toHaveText(NAV[persona]);
      await expect(page.getByTestId('current-user')).toContainText(PERSONAS[persona].user.name);
    });
  });
}

test.describe('tenant-scoped lists', () => {
  test.describe('broker', () => {
    test.use({ storageState: storageStatePath('broker') });
    test('sees only the clients of their brokerage', async ({ page }) => {
      await page.goto('/clients');
      // Other specs add Nordlicht clients in the same run: look for the seeded ones, not a count.
      await expect(page.getByTestId('client-row').filter({ hasText: 'Hansen Maschinenbau GmbH' })).toHaveCount(1);
      await expect(page.getByRole('main')).toContainText('Hansen Maschinenbau GmbH');
      await expect(page.getByRole('main')).toContainText('Medica Praxisverbund GmbH');
      await expect(page.getByRole('main')).not.toContainText('Steiner');
      await expect(page.getByRole('main')).not.toContainText('Huber');
    });
  });
  test.describe('underwriter', () => {
    test.use({ storageState: storageStatePath('underwriter') });
    test('sees only assessments submitted to their insurer', async ({ page }) => {
      await page.goto('/assessments');
      await expect(page.getByTestId('assessment-row')).toHaveCount(2);
      await expect(page.getByRole('main')).toContainText('Hansen Maschinenbau GmbH');
      await expect(page.getByRole('main')).toContainText('Huber & Partner');
      await expect(page.getByRole('main')).not.toContainText('Steiner');
      await expect(page.getByRole('main')).not.toContainText('Medica');
      // Always their own insurer, so no insurer column; the broker column stays.
      await expect(page.getByRole('columnheader', { name: 'Insurer' })).toHaveCount(0);
      await expect(page.getByRole('columnheader', { name: 'Broker' })).toHaveCount(1);
    });
  });
  test.describe('client', () => {
    test.use({ storageState: storageStatePath('client') });
    test('sees only their own company', async ({ page }) => {
      await page.goto('/assessments');
      await expect(page.getByTestId('assessment-row')).toHaveCount(1);
      await expect(page.getByRole('main')).toContainText('Hansen Maschinenbau GmbH');
      await expect(page.getByRole('columnheader', { name: 'Broker' })).toHaveCount(0);
      await expect(page.getByRole('columnheader', { name: 'Insurer' })).toHaveCount(1);
    });
  });
});
