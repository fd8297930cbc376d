// Automated WCAG 2.1 A/AA checks (axe-core) on every kind of page, in both languages. Automated
// checks find perhaps a third of real problems; keyboard use is covered by the skip link test below.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { storageStatePath, type TPersona } from './personas';

// Colours fade when a control is enabled at hydration; axe measuring mid-fade reports a contrast that
// no user sees for longer than 150 ms. With reduced motion (which the app honours) nothing fades.
test.use({ reducedMotion: 'reduce' });

async function expectNoViolations(page: Page) {
  // Check the page as the user gets it. Next 16 serves notFound()/forbidden() pages as an error shell
  // (<html id="__next_error__">, no lang) that the client then renders (vercel/next.js#62228): wait
  // for the rendered page, or axe races the hydration.
  await expect(page.locator('html')).toHaveAttribute('lang', /^(en|de)$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

test('login page', async ({ page }) => {
  await page.goto('/login');
  await expectNoViolations(page);
});

test('set-password page', async ({ page }) => {
  await page.goto('/set-password');
  await expectNoViolations(page);
});

const PAGES: Array<[TPersona, string]> = [
  ['broker', '/dashboard'],
  ['broker', '/clients'],
  ['broker', '/clients/new'],
  ['broker', '/clients/cc_hansen'],
  ['broker', '/clients/cc_hansen/edit'],
  ['broker', '/profile/api-tokens'],
  ['client', '/clients/cc_hansen'],
  ['broker', '/clients/cc_steiner'], // 404 inside the shell
  ['broker', '/assessments/asm_medica'],
  ['broker', '/assessments/asm_medica/questionnaire?step=authentication'],
  ['broker', '/assessments'],
  ['underwriter', '/assessments'],
  ['underwriter', '/underwriting'],
  ['underwriter', '/underwriting?q=no-such-client'],
  ['underwriter', '/assessments/asm_hansen'],
  ['client', '/assessments/asm_hansen'], // the cover and the insurers' decisions
  ['broker', '/assessments/asm_hansen/results'],
  ['client', '/assessments/asm_hansen/results?stage=protection'],
  ['underwriter', '/assessments/asm_hansen/results?stage=claims'],
  ['client', '/dashboard'],
  ['client', '/admin/users'], // 403 inside the shell
  ['admin', '/admin/users'],
  ['admin', '/admin/security-events'],
  ['broker', '/profile'],
  ['broker', '/assessments/asm_hansen/placement'],
  ['broker', '/submissions/sub_hansen_rheinmark'],
  ['underwriter', '/submissions/sub_hansen_rheinmark'],
  ['underwriter', '/submissions/sub_hansen_rheinmark/audit'],
  ['underwriter', '/notifications'],
];

for (const [persona, path] of PAGES) {
  test.describe(`${persona} ${path}`, () => {
    test.use({ storageState: storageStatePath(persona) });
    test('has no detectable WCAG A/AA violations', async ({ page }) => {
      await page.goto(path);
      // Charts draw after hydration: check them as drawn.
      for (const chart of await page.locator('[data-chart]').all()) await expect(chart.locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
      await expectNoViolations(page);
    });
  });
}

test.describe('keyboard', () => {
  test.use({ storageState: storageStatePath('broker') });
  test('the first Tab reaches the skip link, which moves focus past the navigation', async ({ page }) => {
    await page.goto('/clients');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    // The next Tab lands on the first link inside the main content, not in the navigation.
    await page.keyboard.press('Tab');
    await expect(page.locator('main :focus')).toHaveText('New client');
  });
});
