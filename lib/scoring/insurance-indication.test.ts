import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import deScoring from '@/lib/i18n/messages/de/scoring.json';
import enScoring from '@/lib/i18n/messages/en/scoring.json';
import { getQuestionnaire } from '@/lib/questionnaire';
import type { TAnswers, TAnswerValue } from '@/lib/questionnaire';
import { arbitraryAnswers } from '@/lib/questionnaire/arbitraries';

import { createAnswerView } from './answers';
import { evaluateRisk } from './evaluate-risk';
import gradeC from './fixtures/consistency-grade-c.json';
import hardenedV2 from './fixtures/consistency-grade-a.json';
import storm from './fixtures/storm-0558-victim.json';
import { assessInsurability, buildInsuranceIndication, decideInsurability } from './insurance-indication';
import type { TIndicationOptions } from './insurance-indication';
import { lookupMessage } from './localize';
import { mapAnswersToLossInput } from './loss-mapping';
import { RATING_INPUT_QUESTION_IDS } from './rating-tables';

const questionnaire = getQuestionnaire('idp-exposure@2')!;
const HARDENED = hardenedV2.answers as TAnswers;
const MIDDLING = gradeC.answers as TAnswers;
const STORM = storm.answers as TAnswers;

function evaluate(answers: TAnswers) {
  return evaluateRisk(createAnswerView(questionnaire, answers));
}

function indicate(answers: TAnswers, patch: Record<string, TAnswerValue> = {}, lossP99: number | null = null, options: TIndicationOptions = {}) {
  const risk = evaluate({ ...answers, ...patch });
  return buildInsuranceIndication(risk, mapAnswersToLossInput(risk)?.input ?? null, lossP99, options);
}

function without(answers: TAnswers, ...questionIds: string[]): TAnswers {
  const copy = { ...answers } as Record<string, TAnswerValue>;
  for (const questionId of questionIds) delete copy[questionId];
  return copy;
}

describe('insurability', () => {
  test('a hardened firm is within appetite without conditions', () => {
    expect(indicate(HARDENED)).toMatchObject({ insurability: 'accept', reasons: [], subjectivities: [] });
  });

  test.each<[string, Record<string, TAnswerValue>, string]>([
    ['revenue above EUR 100 million', { bp_revenue_band: 'from_100m_to_500m' }, 'revenue_over_100m'],
    ['prior incidents in 36 months', { bp_prior_incidents: 1 }, 'prior_incidents_36m'],
    ['requested limit of EUR 5 million or more', { bp_requested_limit: 'from_5m_to_10m' }, 'requested_limit_5m_or_more'],
    ['sensitive sector', { bp_industry: 'healthcare' }, 'sensitive_sector'],
    ['more than 500k records', { bp_records_band: 'over_1m' }, 'records_over_500k'],
    ['a knock-out finding', { priv_jit: 'no' }, 'critical_findings'],
    ['"don\'t know" on a knock-out item', { log_retention: 'dont_know' }, 'critical_item_unknown'],
    ['a forgeable signing key (Golden SAML)', { key_self_issuers: ['adfs'], key_storage: 'software_keystore', key_rotation: 'never', key_emergency_rollover: 'tested', key_debug_artifacts: 'yes' }, 'critical_findings'],
  ])('refers on %s', (_name, patch, reason) => {
    const result = indicate(HARDENED, patch);
    expect(result.insurability).toBe('refer');
    expect(result.reasons.map((entry) => entry.id)).toContain(reason);
  });

  test.each<[string, Record<string, TAnswerValue>, string]>([
    ['MFA for fewer than half of the users', { auth_mfa_coverage: 40 }, 'mfa_largely_absent'],
    ['MFA coverage unknown', { auth_mfa_coverage: 'dont_know' }, 'mfa_coverage_unknown'],
  ])('declines with %s, and shows no premium', (_name, patch, reason) => {
    const result = indicate(HARDENED, patch);
    expect(result).toMatchObject({ insurability: 'decline', premium: null, provisional: false });
    expect(result.reasons).toContainEqual({ id: reason, outcome: 'decline' });
  });

  test('declines grade E with several knock-outs and lists the referral reasons too', () => {
    const result = indicate(STORM);
    expect(result.insurability).toBe('decline');
    expect(result.premium).toBeNull();
    expect(result.reasons.map((reason) => reason.id)).toEqual(expect.arrayContaining(['grade_e_with_knock_outs', 'critical_findings', 'master_key_exposure_severe']));
  });

  test('decideInsurability: decline over refer over conditions over accept', () => {
    const condition = { id: 'subj_baseline_report', findingIds: [], controlId: null, dueDays: 30 };
    expect(decideInsurability([], [])).toBe('accept');
    expect(decideInsurability([], [condition])).toBe('accept_with_conditions');
    expect(decideInsurability([{ id: 'grade_d', outcome: 'refer' }], [condition])).toBe('refer');
    expect(decideInsurability([{ id: 'grade_d', outcome: 'refer' }, { id: 'mfa_largely_absent', outcome: 'decline' }], [])).toBe('decline');
  });

  test('assessInsurability gives the outcome of the full indication for complete answers', () => {
    fc.assert(
      fc.property(arbitraryAnswers(questionnaire, { completeness: 'complete' }), (answers) => {
        expect(assessInsurability(evaluate(answers))).toBe(indicate(answers).insurability);
      }),
      { numRuns: 100, seed: 305 },
    );
  });
});

describe('accept with conditions', () => {
  test('high findings without knock-outs become conditions with due dates after binding', () => {
    const result = indicate(HARDENED, { log_siem: 'none', log_mail_anomaly_detection: 'nobody' });
    expect(result.insurability).toBe('accept_with_conditions');
    expect(result.premium).not.toBeNull();
    expect(result.subjectivities).toEqual([
      { id: 'subj_remediate_high_finding', findingIds: ['siem_forwarding_missing'], controlId: 'ctrl_siem_forwarding', dueDays: 60 },
      { id: 'subj_remediate_high_finding', findingIds: ['mail_anomaly_unmonitored'], controlId: 'ctrl_mail_anomaly_monitoring', dueDays: 90 },
    ]);
  });

  test('a grade C firm must show a baseline report within 30 days', () => {
    const result = indicate(MIDDLING);
    expect(result.insurability).toBe('accept_with_conditions');
    expect(result.subjectivities).toContainEqual({ id: 'subj_baseline_report', findingIds: [], controlId: 'ctrl_baseline_scans', dueDays: 30 });
  });

  test('knock-outs stay conditions before binding (refer); a decline carries no conditions after binding', () => {
    const referred = indicate(HARDENED, { priv_jit: 'no', log_siem: 'none' });
    expect(referred.insurability).toBe('refer');
    expect(referred.subjectivities).toContainEqual({ id: 'subj_privileged_access_jit', findingIds: ['standing_privileged_access'], controlId: 'ctrl_jit_privileged_access', dueDays: null });
    expect(referred.subjectivities.map((entry) => entry.findingIds[0])).toContain('siem_forwarding_missing');
    expect(indicate(STORM).subjectivities.every((entry) => entry.dueDays === null)).toBe(true);
  });

  test('large risks need a signed full application; prior incidents need details (before binding)', () => {
    const subjectivities = indicate(HARDENED, { bp_revenue_band: 'over_500m', bp_prior_incidents: 2 }).subjectivities;
    expect(subjectivities.map((entry) => [entry.id, entry.dueDays])).toEqual([
      ['subj_signed_full_application', null],
      ['subj_prior_incident_details', null],
    ]);
  });

  test('the outcome and the conditions have English and German texts', () => {
    for (const catalog of [enScoring, deScoring]) {
      for (const path of ['insurability.outcomes.accept_with_conditions', 'subjectivities.subj_remediate_high_finding', 'subjectivities.subj_signing_key_hardening', 'insurability.reasons.mfa_coverage_unknown']) {
        expect(lookupMessage(catalog, path), path).not.toBe(path);
      }
    }
  });
});

describe('limit and retention', () => {
  test.each<[string, string]>([
    ['under_2m', 'limit_up_to_1m'],
    ['from_10m_to_50m', 'limit_2m_to_5m'],
    ['over_500m', 'limit_25m_to_50m'],
  ])('revenue %s suggests %s', (revenue, band) => {
    expect(indicate(HARDENED, { bp_revenue_band: revenue, bp_requested_limit: 'up_to_1m' }).suggestedLimit?.id).toBe(band);
  });

  test('the suggested limit is advice; the premium prices the requested limit (EUR 3–5 m is priced at EUR 5 m, not 10–25 m)', () => {
    const indication = indicate(HARDENED, { bp_revenue_band: 'from_100m_to_500m', bp_requested_limit: 'from_3m_to_5m' });
    expect(indication.suggestedLimit?.id).toBe('limit_10m_to_25m');
    expect(indication.premium).toMatchObject({ limitEur: 5_000_000, limitBasis: 'requested', limitBandId: 'limit_2m_to_5m' });
  });

  test('without a requested limit the top of the suggested band is priced', () => {
    const indication = indicate(without(HARDENED, 'bp_requested_limit'));
    expect(indication.premium).toMatchObject({ limitEur: indication.suggestedLimit!.maxEur, limitBasis: 'suggested', limitBandId: indication.suggestedLimit!.id });
  });

  test('the limit is compared with the simulated 1-in-100 loss', () => {
    expect(indicate(HARDENED, {}, 12_000_000).limitCoversLossP99).toBe(false);
    expect(indicate(HARDENED, {}, 1_000).limitCoversLossP99).toBe(true);
    expect(indicate(HARDENED).limitCoversLossP99).toBeNull();
  });

  test('a weak grade raises the retention by one band; the premium keeps the standard retention', () => {
    const weak = indicate(HARDENED, { priv_jit: 'no', auth_legacy_blocked: 'no', ir_idp_playbook: 'no', log_retention: 'under_90_days' });
    expect(['D', 'E']).toContain(evaluate({ ...HARDENED, priv_jit: 'no', auth_legacy_blocked: 'no', ir_idp_playbook: 'no', log_retention: 'under_90_days' }).grade);
    expect(weak.retention?.id).toBe('retention_10k_to_25k');
    expect(weak.premium).toMatchObject({ retentionBandId: 'retention_5k_to_10k', retentionEur: 5_000 });
    expect(weak.subjectivities.map((entry) => entry.id)).toContain('subj_higher_retention');
  });

  test('providers are tagged for accumulation studies', () => {
    expect(indicate(HARDENED).accumulationTags).toEqual(['microsoft_entra_id', 'microsoft_exchange_online']);
    expect(indicate(HARDENED, { dep_idps: ['okta', 'google_workspace'], dep_mail_platform: 'google_workspace' }).accumulationTags).toEqual(['google_workspace', 'okta']);
  });
});

describe('provisional indication while answers are missing', () => {
  // The reviewer's case of 1.1.0: three answers in the live preview gave "accept" and a premium.
  const SPARSE: TAnswers = { auth_mfa_coverage: 100, bp_revenue_band: 'under_2m', bp_industry: 'other_industry' };

  test('pending answers make it provisional: refer with incomplete_answers, never an acceptance, no premium', () => {
    const indication = indicate(HARDENED, {}, null, { pendingQuestionIds: ['ir_idp_playbook'] });
    expect(indication).toMatchObject({ provisional: true, insurability: 'refer', pendingQuestionIds: ['ir_idp_playbook'], premium: null });
    expect(indication.reasons[0]).toEqual({ id: 'incomplete_answers', outcome: 'refer' });
    expect(indication.suggestedLimit).toEqual(indicate(HARDENED).suggestedLimit);
  });

  test('property: a provisional indication never shows a premium, and its pending list is never empty', () => {
    fc.assert(
      fc.property(arbitraryAnswers(questionnaire, { completeness: 'partial' }), fc.array(fc.constantFrom(...questionnaire.questions.map((question) => question.id)), { maxLength: 3 }), (answers, pending) => {
        const indication = indicate(answers, {}, null, { pendingQuestionIds: pending });
        expect(indication.provisional).toBe(pending.length > 0 || RATING_INPUT_QUESTION_IDS.some((questionId) => answers[questionId] === undefined));
        if (indication.provisional) {
          expect(indication.premium).toBeNull();
          expect(indication.pendingQuestionIds.length).toBeGreaterThan(0);
          expect(['refer', 'decline']).toContain(indication.insurability);
        } else expect(indication.premium === null).toBe(indication.insurability === 'decline');
      }),
      { numRuns: 200, seed: 304 },
    );
  });

  test('no premium figure until the business profile the loss model needs is complete', () => {
    const indication = indicate(SPARSE);
    expect(indication).toMatchObject({ provisional: true, insurability: 'refer', premium: null });
    if (indication.provisional) expect(indication.pendingQuestionIds).toEqual(['bp_employees', 'bp_records_band', 'bp_public_sector_customers', 'bp_prior_incidents']);
  });

  test.each(RATING_INPUT_QUESTION_IDS)('without %s there is no premium and the indication is provisional', (questionId) => {
    const indication = indicate(without(HARDENED, questionId));
    expect(indication.premium).toBeNull();
    expect(indication.provisional).toBe(true);
  });

  test('a decline the given answers already trigger stands while provisional', () => {
    const indication = indicate(HARDENED, { auth_mfa_coverage: 40 }, null, { pendingQuestionIds: ['ir_idp_playbook'] });
    expect(indication).toMatchObject({ provisional: true, insurability: 'decline' });
    expect(indication.reasons.map((reason) => reason.id)).toEqual(expect.arrayContaining(['incomplete_answers', 'mfa_largely_absent']));
  });
});
