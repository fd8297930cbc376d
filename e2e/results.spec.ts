// The results page of a submitted assessment (issue 6, "Results page"): the broker, the client and
// the underwriter see the three stages of the seeded Hansen assessment — grade, charts with their
// tables, a finding with the answer behind it — in English and in German, the stage links work
// without JavaScript, and each stage's HTML document stays under its 150 KB budget. The expected
// figures are the frozen result as the API returns it, the expected words those of the catalogs.
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { TFinalScoringResult } from '../lib/scoring/types';
import { ASSESSMENTS, CLIENTS } from '../prisma/seed/demo-world';
import { storageStatePath, type TPersona } from './personas';

const RESULTS = `/assessments/${ASSESSMENTS.hansen.id}/results`;
const HTML_BUDGET_BYTES = 150 * 1024;

type TCatalog = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON catalogs, read by key
const catalog = (locale: 'en' | 'de', namespace: 'scoring' | 'questionnaire'): TCatalog =>
  JSON.parse(readFileSync(new URL(`../lib/i18n/messages/${locale}/${namespace}.json`, import.meta.url), 'utf8'));
const scoring = { en: catalog('en', 'scoring'), de: catalog('de', 'scoring') };
const questions = { en: catalog('en', 'questionnaire'), de: catalog('de', 'questionnaire') };

/** The frozen result, as the REST API returns it to the same user. */
async function frozenResult(request: APIRequestContext): Promise<TFinalScoringResult> {
  const response = await request.get(`/api/v1/assessments/${ASSESSMENTS.hansen.id}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { result: TFinalScoringResult }).result;
}

/** How Intl writes a number for the reader (Playwright's text matching treats the no-break space as a space). */
const written = (locale: string, value: number, options: Intl.NumberFormatOptions = { maximumFractionDigits: 1 }) =>
  new Intl.NumberFormat(locale, options).format(value).replace(/\u00a0/g, ' ');
const eur = (locale: string, value: number) => written(locale, value, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const resultsCatalog = { en: JSON.parse(readFileSync(new URL('../lib/i18n/messages/en/results.json', import.meta.url), 'utf8')), de: JSON.parse(readFileSync(new URL('../lib/i18n/messages/de/results.json', import.meta.url), 'utf8')) };
/** The premium as the page writes it, or the sentence for a declined risk (which has none since model 2.0.0). */
const premiumText = (locale: 'en' | 'de', premium: { amountEur: number } | null) => (premium ? eur(locale, premium.amountEur) : (resultsCatalog[locale].insurance.declinedNoPremium as string));

async function expectChart(page: Page, name: string) {
  // Recharts draws after hydration: the SVG exists once the chart has measured its container.
  await expect(page.locator(`[data-chart="${name}"] .recharts-wrapper > svg.recharts-surface`)).toBeVisible();
  await expect(page.locator(`[data-chart="${name}"] .recharts-layer`).first()).toBeAttached();
}

test.describe('broker', () => {
  test.use({ storageState: storageStatePath('broker') });

  test('stage 1: grade, section and loss charts with their tables, findings with the answers behind them', async ({ page }) => {
    const result = await frozenResult(page.request);
    const { risk } = result;
    await page.goto(RESULTS);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Results for ${CLIENTS.hansen.name}`);
    await expect(page.getByRole('img', { name: `Grade ${risk.grade}` }).first()).toBeVisible();
    const stages = page.getByRole('navigation', { name: 'Stages of the results' });
    await expect(stages.getByRole('link')).toHaveText(['1Risk assessment', '2Protection', '3Claims support']);
    await expect(stages.getByRole('link', { name: 'Risk assessment' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Risk assessment');
    await expect(page.getByTestId('key-figures')).toContainText(written('en', risk.score));

    const score = page.getByRole('region', { name: 'Security score and grade' });
    await expect(score).toContainText(scoring.en.grades[risk.grade].label);
    if (risk.gradeCap) {
      await expect(page.getByTestId('grade-cap')).toContainText(`at most grade ${risk.gradeCap.grade}`);
      await expect(page.getByTestId('grade-cap')).toContainText(scoring.en.gradeCapReasons[risk.gradeCap.reasons[0]!]);
    }

    await expectChart(page, 'section-scores');
    await page.locator('summary', { hasText: 'Table of the section scores' }).click();
    const sectionTable = page.getByRole('table', { name: /Score per section/ });
    const weighted = risk.sections.filter((section) => section.weight > 0);
    await expect(sectionTable.getByRole('row')).toHaveCount(weighted.length + 1);
    for (const section of weighted) {
      await expect(sectionTable.getByRole('row', { name: questions.en.sections[section.sectionId].title })).toContainText(written('en', section.score!));
    }

    // A knock-out finding, with its question and the answer given, in words.
    const critical = risk.findings.find((finding) => finding.severity === 'critical')!;
    const trigger = critical.triggers[0]!;
    const finding = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: scoring.en.findings[critical.id].title }) });
    await expect(finding).toContainText(scoring.en.findings[critical.id].explanation);
    await expect(finding.getByRole('term').first()).toHaveText(questions.en.questions[trigger.questionId].text);
    await expect(finding.getByRole('definition').first()).toHaveText(questions.en.questions[trigger.questionId].options[trigger.answer as string]);
    await expect(page.getByRole('region', { name: 'Findings' })).toContainText(`${risk.findings.length} findings`);

    const loss = page.getByRole('region', { name: 'Quantified loss' });
    const simulated = result.loss!.result;
    for (const amount of [simulated.annualisedLossExpectancy, simulated.percentiles.p90, simulated.percentiles.p99]) {
      await expect(loss.getByTestId('loss-figures')).toContainText(eur('en', amount));
    }
    await expectChart(page, 'loss-exceedance');
    await loss.locator('summary', { hasText: 'Table of the loss-exceedance curve' }).click();
    const curve = loss.getByRole('table', { name: 'Table of the loss-exceedance curve' });
    await expect(curve.getByRole('row')).toHaveCount(simulated.exceedanceCurve.length + 1);
    await expect(curve.getByRole('row').nth(1)).toContainText(eur('en', simulated.exceedanceCurve[0]!.loss));
    await expect(loss).toContainText(scoring.en.labels.lossDisclaimer);
  });

  test('stage 2: recommendations with the before/after chart, the indication (not a quote), subjectivities, monitoring', async ({ page }) => {
    const { protection } = await frozenResult(page.request);
    await page.goto(RESULTS);
    await page.getByRole('navigation', { name: 'Stages of the results' }).getByRole('link', { name: 'Protection' }).click();
    await expect(page).toHaveURL(/\?stage=protection$/);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Protection');

    await expectChart(page, 'score-uplift');
    const top = page.getByRole('table', { name: 'Recommendations, ranked' });
    await expect(top.getByRole('row')).toHaveCount(Math.min(10, protection.recommendations.length) + 1);
    const first = protection.recommendations.find((recommendation) => recommendation.rank === 1)!;
    await expect(top.getByRole('row').nth(1)).toContainText(scoring.en.controls[first.id].title);
    await expect(top.getByRole('row').nth(1)).toContainText(`+${written('en', first.uplift)}`);
    await expect(top.getByRole('row').nth(1)).toContainText(`${written('en', first.scoreAfter)} / ${first.gradeAfter}`);

    const insurance = page.getByRole('region', { name: 'Insurance indication' });
    await expect(insurance).toContainText('Indication, not a quote');
    await expect(insurance).toContainText(scoring.en.insurability.outcomes[protection.insurance.insurability]);
    await expect(insurance.getByTestId('premium')).toContainText(premiumText('en', protection.insurance.premium));
    // A declined risk has no premium and no rating table (model 2.0.0).
    await expect(insurance.getByRole('table', { name: 'Rating factors' }).getByRole('row')).toHaveCount(protection.insurance.premium ? protection.insurance.premium.factors.length + 3 : 0);
    await expect(insurance).toContainText(scoring.en.labels.premiumDisclaimer);

    const subjectivities = page.getByRole('region', { name: /Subjectivities/ });
    for (const subjectivity of protection.insurance.subjectivities) await expect(subjectivities).toContainText(scoring.en.subjectivities[subjectivity.id]);
    // Submitted on 2 November 2026 (the seed): the next reassessment is the plan's interval later.
    const next = new Date(Date.UTC(2026, 10 + protection.monitoring.intervalMonths, 2));
    await expect(page.getByTestId('next-reassessment')).toHaveText(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(next));
  });

  test('stage 3: claims readiness, the playbook in order, deadlines with what they count from, the evidence checklist', async ({ page }) => {
    const { claims } = await frozenResult(page.request);
    await page.goto(`${RESULTS}?stage=claims`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Claims support');
    await expect(page.getByTestId('readiness')).toHaveText(written('en', claims.readinessScore!));
    const steps = page.getByRole('region', { name: 'Incident playbook' }).getByRole('listitem');
    await expect(steps).toHaveCount(claims.playbook.steps.length);
    const firstStep = claims.playbook.steps.find((step) => step.order === 1)!;
    await expect(steps.first()).toContainText(scoring.en.playbook.steps[firstStep.id].title);
    const deadlines = page.getByRole('table', { name: 'Deadlines' });
    await expect(deadlines.getByRole('row')).toHaveCount(claims.playbook.deadlines.length + 1);
    await expect(deadlines).toContainText('becoming aware of the incident');
    const evidence = page.getByRole('region', { name: 'Evidence-preservation checklist' });
    for (const status of new Set(claims.evidenceChecklist.map((item) => item.status))) {
      const count = claims.evidenceChecklist.filter((item) => item.status === status).length;
      await expect(evidence).toContainText(`${scoring.en.evidence.statuses[status]} (${count})`);
    }
  });

  test(`each stage's HTML document is under ${HTML_BUDGET_BYTES / 1024} KB, in English and in German`, async ({ page }) => {
    for (const language of ['en-GB', 'de-DE']) {
      for (const stage of ['', '?stage=protection', '?stage=claims']) {
        const response = await page.request.get(`${RESULTS}${stage}`, { headers: { 'Accept-Language': language } });
        expect(response.status()).toBe(200);
        const html = await response.text();
        expect(html).toContain(`lang="${language.slice(0, 2)}"`);
        const bytes = Buffer.byteLength(html);
        test.info().annotations.push({ type: 'html-bytes', description: `${language} ${RESULTS}${stage}: ${bytes}` });
        console.info(`results page HTML ${language} ${RESULTS}${stage}: ${bytes} bytes`);
        expect(bytes, `${language} ${RESULTS}${stage}`).toBeLessThan(HTML_BUDGET_BYTES);
      }
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ storageState: storageStatePath('broker'), javaScriptEnabled: false });

  test('the stage links are plain links: every stage opens, folded findings open', async ({ page }) => {
    const { risk } = await frozenResult(page.request);
    await page.goto(RESULTS);
    const stages = page.getByRole('navigation', { name: 'Stages of the results' });
    await stages.getByRole('link', { name: 'Claims support' }).click();
    await expect(page).toHaveURL(/\?stage=claims$/);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Claims support');
    await stages.getByRole('link', { name: 'Protection' }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Protection');
    await stages.getByRole('link', { name: 'Risk assessment' }).click();
    const low = risk.findings.filter((finding) => finding.severity === 'low');
    const heading = page.getByRole('heading', { name: scoring.en.findings[low[0]!.id].title });
    await expect(heading).toBeHidden();
    await page.getByText(`Low (${low.length})`).click();
    await expect(heading).toBeVisible();
  });
});

for (const persona of ['client', 'underwriter'] as const satisfies readonly TPersona[]) {
  test.describe(persona, () => {
    test.use({ storageState: storageStatePath(persona) });

    test('sees the same results in three stages', async ({ page }) => {
      const { risk, protection } = await frozenResult(page.request);
      await page.goto(RESULTS);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Results for ${CLIENTS.hansen.name}`);
      await expect(page.getByRole('img', { name: `Grade ${risk.grade}` }).first()).toBeVisible();
      await expect(page.getByRole('heading', { level: 2 })).toHaveText('Risk assessment');
      await expectChart(page, 'section-scores');
      const stages = page.getByRole('navigation', { name: 'Stages of the results' });
      await stages.getByRole('link', { name: 'Protection' }).click();
      await expect(page.getByRole('heading', { level: 2 })).toHaveText('Protection');
      await expect(page.getByTestId('premium')).toContainText(premiumText('en', protection.insurance.premium));
      await stages.getByRole('link', { name: 'Claims support' }).click();
      await expect(page.getByRole('heading', { level: 2 })).toHaveText('Claims support');
    });
  });
}

test.describe('German browser', () => {
  test.use({ storageState: storageStatePath('broker'), locale: 'de-DE' });

  test('German headings, German number and currency formats', async ({ page }) => {
    const result = await frozenResult(page.request);
    await page.goto(RESULTS);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ergebnisse für ${CLIENTS.hansen.name}`);
    const stages = page.getByRole('navigation', { name: 'Stufen der Ergebnisse' });
    await expect(stages.getByRole('link')).toHaveText(['1Risikobewertung', '2Absicherung', '3Unterstützung im Schadenfall']);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Risikobewertung');
    const figures = page.getByTestId('key-figures');
    expect(written('de', result.risk.score)).toMatch(/^\d+(,\d)?$/);
    await expect(figures).toContainText(written('de', result.risk.score));
    await expect(figures).toContainText(eur('de', result.loss!.result.annualisedLossExpectancy));
    await expect(page.getByRole('region', { name: 'Bezifferter Schaden' })).toContainText(scoring.de.labels.lossDisclaimer);
    const critical = result.risk.findings.find((finding) => finding.severity === 'critical')!;
    await expect(page.getByRole('heading', { name: scoring.de.findings[critical.id].title })).toBeVisible();
    await expect(page.getByRole('definition').first()).toHaveText(questions.de.questions[critical.triggers[0]!.questionId].options[critical.triggers[0]!.answer as string]);
    await stages.getByRole('link', { name: 'Absicherung' }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Absicherung');
    await expect(page.getByTestId('premium')).toContainText(premiumText('de', result.protection.insurance.premium));
    await expect(page.getByRole('region', { name: 'Versicherungsindikation' })).toContainText('Indikation, kein Angebot');
  });
});
