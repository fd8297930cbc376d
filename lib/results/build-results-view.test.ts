// The results view model against the scoring library's golden profiles, in both languages: every
// fact of the frozen result reaches the reader exactly once, in words, in the order the page shows.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { getQuestionnaire, type TAnswerValue } from '@/lib/questionnaire';
import { addMonths, lookupMessage, scoreAssessment, type TFinalScoringResult } from '@/lib/scoring';
import { getMessages } from '@/lib/i18n/messages';
import { buildResultsView, describeAnswerValue, type TResultsView } from './build-results-view';

const directory = new URL('../scoring/fixtures/', import.meta.url);
const FIXTURES = readdirSync(directory)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => file.replace(/\.json$/, ''));

/** Golden profiles name their questionnaire version; the older ones are idp-exposure@1. */
const versionOf = (fixture: string) =>
  (JSON.parse(readFileSync(new URL(`${fixture}.json`, directory), 'utf8')) as { questionnaireVersion?: string }).questionnaireVersion ?? 'idp-exposure@1';

const results = new Map<string, TFinalScoringResult>();
function finalResult(fixture: string): TFinalScoringResult {
  if (!results.has(fixture)) {
    const { answers } = JSON.parse(readFileSync(new URL(`${fixture}.json`, directory), 'utf8')) as { answers: Record<string, unknown> };
    const outcome = scoreAssessment({ questionnaireVersion: versionOf(fixture), answers }, { mode: 'final', loss: { trials: 1_000, seed: 7 } });
    if (!outcome.ok || outcome.result.mode !== 'final') throw new Error(`${fixture} does not score as final`);
    results.set(fixture, outcome.result);
  }
  return results.get(fixture)!;
}

const view = (fixture: string, locale: 'en' | 'de' = 'en', submittedOn = '2026-11-02') =>
  buildResultsView({ result: finalResult(fixture), locale, questionnaire: getQuestionnaire(versionOf(fixture))!, submittedOn });

/** Every string in the view (ids included, which are never catalog paths). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

// A text the catalogs lack comes back as its own dotted key ("findings.x.title").
const UNRESOLVED_KEY = /^(labels|grades|gradeCapReasons|severities|efforts|findings|controls|masterKey|insurability|limitBands|retentionBands|ratingFactors|subjectivities|accumulationTags|monitoring|playbook|evidence|lossScenarios|questions|sections)\.[\w.]+$/;

describe.each(FIXTURES)('%s', (fixture) => {
  test.each(['en', 'de'] as const)('every text is resolved in %s', (locale) => {
    const unresolved = strings(view(fixture, locale)).filter((text) => UNRESOLVED_KEY.test(text) || text.trim() === '');
    expect(unresolved).toEqual([]);
  });

  test('every finding appears once, grouped by severity from critical to low, with the answers that triggered it', () => {
    const result = finalResult(fixture);
    const { risk } = view(fixture);
    const order = ['critical', 'high', 'medium', 'low'];
    expect(risk.findingGroups.map((group) => group.severity)).toEqual(order.filter((severity) => result.risk.findings.some((finding) => finding.severity === severity)));
    const shown = risk.findingGroups.flatMap((group) => group.findings);
    expect(shown.map((finding) => finding.id).sort()).toEqual(result.risk.findings.map((finding) => finding.id).sort());
    for (const group of risk.findingGroups) expect(group.findings.every((finding) => finding.severity === group.severity)).toBe(true);
    for (const finding of result.risk.findings) {
      const answers = shown.find((candidate) => candidate.id === finding.id)!.answers;
      expect(answers.map((answer) => answer.questionId)).toEqual(finding.triggers.map((trigger) => trigger.questionId));
    }
    expect(Object.values(risk.findingCounts).reduce((a, b) => a + b, 0)).toBe(result.risk.findings.length);
  });

  test('sections carry their weights (the informational business profile is left out); weights sum to 1', () => {
    const { risk } = view(fixture);
    expect(risk.sections.map((section) => section.id)).not.toContain('business_profile');
    expect(risk.sections.reduce((sum, section) => sum + section.weight, 0)).toBeCloseTo(1, 6);
  });

  test('master-key drivers: each once, in its group, largest first', () => {
    const result = finalResult(fixture);
    const { groups } = view(fixture).risk.masterKey;
    expect(groups.flatMap((group) => group.drivers.map((driver) => driver.id)).sort()).toEqual(result.risk.masterKeyExposure.drivers.map((driver) => driver.id).sort());
    for (const group of groups) {
      const points = group.drivers.map((driver) => driver.points);
      expect(points).toEqual([...points].sort((a, b) => b - a));
    }
  });

  test('recommendations in rank order, knock-out removers first, with the findings they resolve in words', () => {
    const { recommendations } = view(fixture).protection;
    expect(recommendations.map((recommendation) => recommendation.rank)).toEqual(recommendations.map((_, index) => index + 1));
    const firstOther = recommendations.findIndex((recommendation) => !recommendation.resolvesKnockOut);
    if (firstOther >= 0) expect(recommendations.slice(firstOther).some((recommendation) => recommendation.resolvesKnockOut)).toBe(false);
    for (const recommendation of recommendations) for (const finding of recommendation.resolvedFindings) expect(finding.title).not.toBe(finding.id);
  });

  test('the premium is the result’s: priced from the expected layer loss with every loading, or none when declined', () => {
    const indication = finalResult(fixture).protection.insurance;
    const { premium } = view(fixture).protection.insurance;
    if (indication.premium === null) {
      expect(indication.insurability).toBe('decline');
      expect(premium).toBeNull();
      return;
    }
    expect(premium?.amountEur).toBe(indication.premium.amountEur);
    expect(premium?.base).toMatchObject({ kind: 'layerLoss', layerExpectedLossEur: indication.premium.layerExpectedLossEur, limitEur: indication.premium.limitEur });
    expect(premium?.factors.map((factor) => [factor.id, factor.factor])).toEqual(indication.premium.factors.map((factor) => [factor.id, factor.factor]));
  });

  test('the next reassessment is the interval after the submission day', () => {
    const { monitoring } = view(fixture, 'en', '2026-11-30').protection;
    expect(monitoring.nextReassessmentOn).toBe(addMonths('2026-11-30', finalResult(fixture).protection.monitoring.intervalMonths));
  });

  test('playbook steps in their order; every deadline says what it counts from; evidence from missing to compiled during the incident', () => {
    const { claims } = view(fixture);
    expect(claims.steps.map((step) => step.order)).toEqual([...claims.steps.map((step) => step.order)].sort((a, b) => a - b));
    for (const deadline of claims.deadlines) expect(['awareness', 'classification', 'previous_report']).toContain(deadline.from);
    const order = ['missing', 'at_risk', 'ready', 'during_incident'];
    expect(claims.evidence.map((group) => order.indexOf(group.status))).toEqual([...claims.evidence.map((group) => order.indexOf(group.status))].sort((a, b) => a - b));
    expect(claims.evidence.flatMap((group) => group.items).length).toBe(finalResult(fixture).claims.evidenceChecklist.length);
  });
});

describe('particular results', () => {
  test('a knock-out cap that lowers the grade says so (storm-0558-minimal: score alone A, capped at D)', () => {
    const { risk } = view('storm-0558-minimal');
    expect(risk).toMatchObject({ grade: 'D', uncappedGrade: 'A', gradeCap: { grade: 'D', isBinding: true } });
    expect(risk.gradeCap!.reasons).toHaveLength(2);
    expect(risk.masterKey.groups.map((group) => group.group)).toContain('floor');
    expect(risk.masterKey.groups.find((group) => group.group === 'floor')!.value).toBeNull();
  });

  test('a cap the score is already below is not binding (hybrid-adfs-manufacturer: E under a cap of D)', () => {
    expect(view('hybrid-adfs-manufacturer').risk.gradeCap).toMatchObject({ grade: 'D', isBinding: false });
  });

  test('a clean profile has no findings, no recommendations and no cap (hardened-enterprise)', () => {
    const { risk, protection } = view('hardened-enterprise');
    expect(risk.findingGroups).toEqual([]);
    expect(risk.gradeCap).toBeNull();
    expect(protection.recommendations).toEqual([]);
    expect(protection.monitoring.dueDates).toEqual([{ id: 'next_tabletop_exercise', label: 'Next tabletop exercise due', date: '2026-03-14' }]);
  });

  test('grade D/E: the suggested retention is raised above the standard one the premium is priced for', () => {
    const { insurance } = view('consistency-grade-d').protection;
    expect(insurance.isRetentionRaised).toBe(true);
    expect(insurance.standardRetentionLabel).toBe('EUR 5,000–10,000');
    expect(insurance.retention).toMatchObject({ label: 'EUR 10,000–25,000', minEur: 10_000, maxEur: 25_000 });
    expect(view('okta-saas-company').protection.insurance.isRetentionRaised).toBe(false);
  });

  test('a declined risk shows no premium (hybrid-adfs-manufacturer)', () => {
    expect(view('hybrid-adfs-manufacturer').protection.insurance).toMatchObject({ insurability: 'decline', premium: null });
  });

  test('a snapshot frozen by a model before 2.0.0 still reads: its base rate and rating factors, inputs in words', () => {
    // signet-scoring@1.1.0 priced a base rate by revenue band times factors; stored results keep that shape.
    const result = structuredClone(finalResult('okta-saas-company'));
    const legacyPremium = {
      ...result.protection.insurance.premium!,
      baseRateEur: 6_000,
      baseRateBasis: { questionId: 'bp_revenue_band', input: 'from_50m_to_100m', baseLimitEur: 1_000_000, baseRetentionEur: 2_500 },
      factors: [
        { id: 'industry', questionId: 'bp_industry', input: 'manufacturing', factor: 1.1 },
        { id: 'increased_limit', input: 'limit_10m_to_25m', factor: 5.87 },
        { id: 'section_authentication', sectionId: 'authentication', input: 41.5, factor: 1.04 },
      ],
    };
    result.protection.insurance.premium = legacyPremium as never;
    const { premium } = buildResultsView({ result, locale: 'de', questionnaire: getQuestionnaire('idp-exposure@1')!, submittedOn: '2026-11-02' }).protection.insurance;
    expect(premium?.base).toMatchObject({ kind: 'baseRate', baseRateEur: 6_000, baseLimitEur: 1_000_000, input: { kind: 'options', labels: ['50–100 Mio. EUR'] } });
    const factors = Object.fromEntries(premium!.factors.map((factor) => [factor.id, factor.input]));
    expect(factors.industry).toEqual({ kind: 'options', labels: [lookupMessage(getMessages('de').questionnaire as never, 'questions.bp_industry.options.manufacturing')] });
    expect(factors.increased_limit).toEqual({ kind: 'text', text: '10–25 Mio. EUR' });
    expect(factors.section_authentication).toEqual({ kind: 'number', value: 41.5 });
    expect(buildResultsView({ result, locale: 'en', questionnaire: getQuestionnaire('idp-exposure@1')!, submittedOn: '2026-11-02' }).protection.insurance.premiumDisclaimer).toContain('before 2.0.0');
  });

  test('the answers behind a finding are in words, in the reader\'s language', () => {
    const en = view('hybrid-adfs-manufacturer', 'en').risk.findingGroups.flatMap((group) => group.findings);
    const de = view('hybrid-adfs-manufacturer', 'de').risk.findingGroups.flatMap((group) => group.findings);
    const weak = (findings: TResultsView['risk']['findingGroups'][number]['findings']) => findings.find((finding) => finding.id === 'weak_mfa_methods_enabled')!.answers[0]!;
    expect(weak(en)).toMatchObject({ questionId: 'auth_weak_methods', answer: { kind: 'options' } });
    expect(weak(en).question).toMatch(/\?$/);
    expect(weak(en).answer).not.toEqual(weak(de).answer);
    expect(en.find((finding) => finding.id === 'mfa_coverage_gaps')!.answers[0]!.answer).toEqual({ kind: 'percent', value: 92 });
  });

  test('German texts for German readers', () => {
    const { risk } = view('hybrid-adfs-manufacturer', 'de');
    expect(risk.findingGroups[0]!.label).toBe('Kritisch');
    expect(risk.gradeLabel).toBe('E – kritisch');
  });

  test('the loss view carries the simulated figures unchanged', () => {
    const result = finalResult('okta-saas-company');
    const { loss } = view('okta-saas-company').risk;
    expect(loss).toMatchObject({
      annualExpectedLoss: result.loss!.result.annualisedLossExpectancy,
      p90: result.loss!.result.percentiles.p90,
      p99: result.loss!.result.percentiles.p99,
      exceedanceCurve: result.loss!.result.exceedanceCurve,
    });
    expect(loss!.scenarios.map((scenario) => scenario.id)).toEqual(result.loss!.result.byScenario.map((scenario) => scenario.id));
  });

  test('without a stored loss estimate the view says so with null', () => {
    const result = { ...finalResult('okta-saas-company'), loss: null, lossSkippedReason: 'disabled' as const };
    expect(buildResultsView({ result, locale: 'en', questionnaire: getQuestionnaire('idp-exposure@1')!, submittedOn: '2026-11-02' }).risk.loss).toBeNull();
  });
});

describe('describeAnswerValue', () => {
  const messages = getMessages('en').questionnaire as never;
  const questionnaire = getQuestionnaire('idp-exposure@1')!;
  const cases: Array<[string, string, TAnswerValue, unknown]> = [
    ['yes/no', 'priv_jit', 'no', { kind: 'options', labels: ['No'] }],
    ['single choice', 'dep_consumer_accounts', 'tolerated', { kind: 'options', labels: [lookupMessage(messages, 'questions.dep_consumer_accounts.options.tolerated')] }],
    ['multiple choice, in the order given', 'auth_weak_methods', ['sms', 'voice_call'], { kind: 'options', labels: ['sms', 'voice_call'].map((id) => lookupMessage(messages, `questions.auth_weak_methods.options.${id}`)) }],
    ['integer', 'priv_global_admin_count', 14, { kind: 'number', value: 14 }],
    ['percentage', 'auth_mfa_coverage', 92.5, { kind: 'percent', value: 92.5 }],
    ['date', 'ir_last_exercise_date', '2025-03-14', { kind: 'date', value: '2025-03-14' }],
    ['unknown question: the value as text', 'no_such_question', ['a', 'b'], { kind: 'text', text: 'a, b' }],
  ];
  test.each(cases)('%s', (_name, questionId, value, expected) => {
    expect(describeAnswerValue({ questionnaire, messages, questionId, value })).toEqual(expected);
  });
});
