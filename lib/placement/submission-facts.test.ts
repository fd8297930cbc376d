// The facts a submission carries into the portfolio: which scenario providers can forge the
// insured's sign-ins, the token-forgery event loss (against the lognormal formulas by hand), and one
// column per scored section.
import { describe, expect, test } from 'vitest';
import { freezeResult } from '../assessments/snapshot';
import { SECTION_WEIGHTS } from '../scoring/weights';
import hybridAdfs from '../scoring/fixtures/hybrid-adfs-manufacturer.json';
import type { TFinalScoringResult } from '../scoring';
import { buildSubmissionFacts, listScenarioProviders, PORTFOLIO_SECTION_IDS, SECTION_SCORE_FIELDS, tokenForgeryEventLoss, TOKEN_FORGERY_SCENARIO_ID } from './submission-facts';

describe('listScenarioProviders', () => {
  test.each([
    ['Entra ID as identity provider', { dep_idps: ['entra_id'] }, ['microsoft']],
    ['Exchange Online mail alone (the Storm-0558 path: Microsoft consumer keys)', { dep_idps: ['okta'], dep_mail_platform: 'exchange_online' }, ['microsoft', 'okta']],
    ['Exchange hybrid mail', { dep_idps: ['on_prem_ad'], dep_mail_platform: 'exchange_hybrid' }, ['microsoft']],
    ['Exchange on-premises only: no cloud key', { dep_idps: ['on_prem_ad'], dep_mail_platform: 'exchange_on_prem' }, []],
    ['AD FS federation to Entra ID', { dep_idps: ['entra_id'], dep_ad_connection: 'federation_adfs' }, ['microsoft', 'adfs']],
    ['AD FS as a token issuer of its own', { dep_idps: ['on_prem_ad'], key_self_issuers: ['adfs', 'keycloak'] }, ['adfs']],
    ['Okta and Google Workspace', { dep_idps: ['okta', 'google_workspace'], dep_mail_platform: 'other_mail' }, ['okta', 'google_workspace']],
    ['Gmail without Google as identity provider', { dep_idps: ['ping_identity'], dep_mail_platform: 'google_workspace' }, ['google_workspace']],
    ['nothing answered', {}, []],
  ])('%s', (_, answers, providers) => {
    expect(listScenarioProviders(answers)).toEqual(providers);
  });
});

/** A result whose only loss scenario is the token forgery with the given 5th/95th percentiles. */
function resultWithForgery(magnitude: { p05: number; p95: number }, magnitudeCap?: number): TFinalScoringResult {
  return { loss: { input: { scenarios: [{ id: TOKEN_FORGERY_SCENARIO_ID, magnitude, ...(magnitudeCap ? { magnitudeCap } : {}) }] } } } as unknown as TFinalScoringResult;
}

describe('tokenForgeryEventLoss', () => {
  test('mean and 99.5th percentile of the lognormal fitted to p05/p95', () => {
    // Fitted by hand: mu = (ln p05 + ln p95) / 2, sigma = (ln p95 − ln p05) / (2 · 1.6448536);
    // mean = exp(mu + sigma²/2), p99.5 = exp(mu + 2.5758293 · sigma).
    const mu = (Math.log(100_000) + Math.log(1_600_000)) / 2;
    const sigma = Math.log(16) / (2 * 1.6448536);
    expect(mu).toBeCloseTo(12.8992198, 6);
    expect(sigma).toBeCloseTo(0.8428071, 6);
    const { meanEur, p995Eur } = tokenForgeryEventLoss(resultWithForgery({ p05: 100_000, p95: 1_600_000 }));
    expect(meanEur).toBe(Math.round(Math.exp(mu + sigma ** 2 / 2)));
    expect(meanEur).toBe(570_565);
    expect(p995Eur).toBe(Math.round(Math.exp(mu + 2.5758293 * sigma)));
    expect(p995Eur).toBe(3_506_564);
  });
  test('a cap limits both figures; a point estimate is itself', () => {
    const capped = tokenForgeryEventLoss(resultWithForgery({ p05: 100_000, p95: 1_600_000 }, 2_000_000));
    expect(capped.p995Eur).toBe(2_000_000);
    expect(capped.meanEur).toBeLessThan(570_565);
    expect(tokenForgeryEventLoss(resultWithForgery({ p05: 250_000, p95: 250_000 }))).toEqual({ meanEur: 250_000, p995Eur: 250_000 });
  });
  test('no token-forgery scenario: no event loss', () => {
    expect(tokenForgeryEventLoss({ loss: null } as unknown as TFinalScoringResult)).toEqual({ meanEur: 0, p995Eur: 0 });
  });
});

describe('buildSubmissionFacts', () => {
  test('a scored profile: its grade, providers, event loss and one column per scored section', () => {
    const frozen = freezeResult('idp-exposure@1', hybridAdfs.answers as never);
    const facts = buildSubmissionFacts({ ...frozen, answers: frozen.answers as Record<string, unknown> });
    expect(facts.grade).toBe(frozen.grade);
    expect(facts.identityProviders).toContain('adfs');
    expect(facts.mailPlatforms).toEqual([hybridAdfs.answers.dep_mail_platform]);
    expect(facts.eventLossP995Eur).toBeGreaterThan(facts.eventLossMeanEur);
    expect(facts.eventLossMeanEur).toBeGreaterThan(0);
    for (const section of frozen.result.risk.sections.filter((s) => s.sectionId in SECTION_SCORE_FIELDS)) {
      expect(facts[SECTION_SCORE_FIELDS[section.sectionId as keyof typeof SECTION_SCORE_FIELDS]], section.sectionId).toBe(section.score);
    }
  });
  test('every scored section of the model has a portfolio column', () => {
    const scored = Object.entries(SECTION_WEIGHTS).filter(([, weight]) => weight > 0).map(([id]) => id);
    expect([...PORTFOLIO_SECTION_IDS].sort()).toEqual(scored.sort());
  });
});
