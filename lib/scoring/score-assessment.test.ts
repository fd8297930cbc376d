import fc from 'fast-check';
import { describe, expect, expectTypeOf, test } from 'vitest';

import { getQuestionnaire, listVisibleQuestions, validateAnswers } from '@/lib/questionnaire';
import type { TAnswers, TAnswerValue } from '@/lib/questionnaire';
import { arbitraryAnswers, arbitraryAnswerValue } from '@/lib/questionnaire/arbitraries';
import deScoring from '@/lib/i18n/messages/de/scoring.json';
import enScoring from '@/lib/i18n/messages/en/scoring.json';
import { LOSS_MODEL_VERSION } from '@/lib/scoring/loss';

import hardened from './fixtures/hardened-enterprise.json';
import storm from './fixtures/storm-0558-victim.json';
import { RATING_INPUT_QUESTION_IDS } from './rating-tables';
import { localizeScoringResult } from './localize';
import { scoreAssessment } from './score-assessment';
import type {
  TFinalInsuranceIndication,
  TInsuranceIndication,
  TLimitBandId,
  TPremiumIndication,
  TProvisionalInsuranceIndication,
  TRetentionBandId,
  TScoreAssessmentOptions,
  TScoringResult,
} from './types';
import { SCORING_MODEL_VERSION } from './version';

const VERSION = 'idp-exposure@1';
const HARDENED = hardened.answers as TAnswers;
const STORM = storm.answers as TAnswers;

function score(answers: unknown, options: TScoreAssessmentOptions = { loss: false }): TScoringResult {
  const outcome = scoreAssessment({ questionnaireVersion: VERSION, answers }, options);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.result;
}

function issueCodes(input: unknown, options: TScoreAssessmentOptions = { loss: false }): string[] {
  const outcome = scoreAssessment(input as { questionnaireVersion: string; answers: unknown }, options);
  return outcome.ok ? [] : outcome.issues.map((issue) => issue.code);
}

describe('scoreAssessment: input handling', () => {
  test('returns issues instead of throwing for bad answers', () => {
    expect(issueCodes({ questionnaireVersion: VERSION, answers: 'nope' })).toEqual(['invalid_answers']);
    expect(issueCodes({ questionnaireVersion: VERSION, answers: { ...HARDENED, priv_jit: 'sometimes' } })).toEqual(['unknown_option']);
    expect(issueCodes(null)).toEqual(['invalid_answers']);
  });

  test('rejects unknown questionnaire versions', () => {
    expect(issueCodes({ questionnaireVersion: 'idp-exposure@7', answers: HARDENED })).toEqual(['unknown_questionnaire_version']);
  });

  test('rejects invalid options together with answer problems', () => {
    expect(issueCodes({ questionnaireVersion: VERSION, answers: HARDENED }, { loss: { trials: 0 } })).toEqual(['invalid_option']);
    expect(issueCodes({ questionnaireVersion: VERSION, answers: HARDENED }, { loss: { seed: -1 } })).toEqual(['invalid_option']);
    expect(issueCodes({ questionnaireVersion: VERSION, answers: { nope: 1 } }, { mode: 'draft' as never })).toEqual(['invalid_option', 'unknown_question']);
  });

  test('final mode needs every visible required answer; preview does not', () => {
    const partial = { dep_idps: ['entra_id'], auth_mfa_coverage: 80 };
    expect(issueCodes({ questionnaireVersion: VERSION, answers: partial })).toContain('required');
    const preview = score(partial, { mode: 'preview', loss: false });
    expect(preview.mode).toBe('preview');
    expect(preview.completeness.ratio).toBeGreaterThan(0);
    expect(preview.completeness.ratio).toBeLessThan(1);
    expect(preview.completeness.missingQuestionIds).toContain('dep_mail_platform');
    expect(preview.risk.findings.map((finding) => finding.id)).toContain('mfa_not_enforced');
  });

  test('a complete final result has completeness 1', () => {
    expect(score(HARDENED).completeness).toMatchObject({ ratio: 1, missingQuestionIds: [] });
  });

  test('hidden answers are dropped from the stored answers', () => {
    const result = score({ ...HARDENED, tok_issuer_validation: 'none' });
    expect(result.answers.tok_issuer_validation).toBeUndefined();
    expect(result.risk.findings).toEqual([]);
  });
});

describe('scoreAssessment: validation and completeness', () => {
  const questionnaire = getQuestionnaire(VERSION)!;
  /** Raw form state: any subset of questions (hidden ones included), some cleared to null (or [] for multi-choice). */
  const rawAnswers = fc
    .tuple(
      ...questionnaire.questions.map((question) =>
        fc.option(fc.oneof({ weight: 4, arbitrary: arbitraryAnswerValue(question) }, fc.constant(null), fc.constant(question.type === 'multi' ? [] : null))),
      ),
    )
    .map((values) => {
      const answers: Record<string, TAnswerValue | null> = {};
      questionnaire.questions.forEach((question, index) => {
        const value = values[index];
        if (value !== undefined) answers[question.id] = value;
      });
      return answers;
    });

  test('final mode accepts and rejects exactly what validateAnswers does, with the same issues and answers', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(rawAnswers, arbitraryAnswers(questionnaire, { completeness: 'complete' })), (answers) => {
        const outcome = scoreAssessment({ questionnaireVersion: VERSION, answers }, { loss: false });
        const validation = validateAnswers(questionnaire, answers, 'final');
        expect(outcome.ok).toBe(validation.ok);
        if (!outcome.ok && !validation.ok) expect(outcome.issues).toEqual(validation.issues);
        if (outcome.ok && validation.ok) {
          expect(outcome.result.answers).toEqual(validation.answers);
          expect(outcome.result.droppedHiddenQuestionIds).toEqual(validation.droppedHiddenQuestionIds);
        }
      }),
      { numRuns: 300, seed: 81 },
    );
  });

  test('completeness counts the visible required questions of the validated answers', () => {
    fc.assert(
      fc.property(rawAnswers, (answers) => {
        const result = score(answers, { mode: 'preview', loss: false });
        const required = listVisibleQuestions(questionnaire, result.answers).filter((question) => question.required);
        const missing = required.filter((question) => result.answers[question.id] === undefined).map((question) => question.id);
        expect(result.completeness).toEqual({
          requiredVisible: required.length,
          requiredAnswered: required.length - missing.length,
          ratio: required.length === 0 ? 1 : Math.round(((required.length - missing.length) / required.length) * 1000) / 1000,
          missingQuestionIds: missing,
        });
      }),
      { numRuns: 200, seed: 82 },
    );
  });
});

describe('scoreAssessment: provisional preview', () => {
  const questionnaire = getQuestionnaire(VERSION)!;
  // The reviewer's case: 100 A, completeness 0.054, "accept" and a premium of EUR 1,406.
  const SPARSE = { auth_mfa_coverage: 100, bp_revenue_band: 'under_2m', bp_industry: 'other_industry' };

  test('a sparse preview is provisional: grade marked, refer with incomplete_answers, no premium', () => {
    const result = score(SPARSE, { mode: 'preview', loss: false });
    expect(result.completeness.ratio).toBeLessThan(0.1);
    expect(result.risk.provisional).toBe(true);
    const insurance = result.protection.insurance;
    expect(insurance.provisional).toBe(true);
    expect(insurance.insurability).toBe('refer');
    expect(insurance.reasons).toContainEqual({ id: 'incomplete_answers', outcome: 'refer' });
    expect(insurance.premium).toBeNull();
    if (insurance.provisional) expect(insurance.pendingQuestionIds).toEqual(result.completeness.missingQuestionIds);
  });

  test.each(['en', 'de'] as const)('the provisional reason is worded in %s', (locale) => {
    const localized = localizeScoringResult(score(SPARSE, { mode: 'preview', loss: false }), locale, questionnaire);
    expect(localized.texts.insurability.reasons.incomplete_answers).toBe((locale === 'en' ? enScoring : deScoring).insurability.reasons.incomplete_answers);
  });

  test('a complete preview equals the final result apart from the mode', () => {
    const preview = score(HARDENED, { mode: 'preview', loss: false });
    const final = score(HARDENED, { mode: 'final', loss: false });
    expect(final.risk.provisional).toBe(false);
    expect(final.protection.insurance.provisional).toBe(false);
    expect({ ...preview, mode: 'final' }).toEqual(final);
  });

  test('final results are never provisional; they are priced unless declined', () => {
    fc.assert(
      fc.property(arbitraryAnswers(questionnaire, { completeness: 'complete' }), (answers) => {
        const result = score(answers, { loss: false });
        expect(result.risk.provisional).toBe(false);
        expect(result.protection.insurance.provisional).toBe(false);
        expect(result.protection.insurance.premium === null).toBe(result.protection.insurance.insurability === 'decline');
      }),
      { numRuns: 60, seed: 91 },
    );
  });

  test('property: with answers missing a preview never says accept and shows no premium', () => {
    fc.assert(
      fc.property(arbitraryAnswers(questionnaire, { completeness: 'partial' }), (answers) => {
        const result = score(answers, { mode: 'preview', loss: false });
        const insurance = result.protection.insurance;
        const incomplete = result.completeness.ratio < 1;
        expect(result.risk.provisional).toBe(incomplete);
        expect(insurance.provisional).toBe(incomplete);
        if (incomplete) {
          expect(['refer', 'decline']).toContain(insurance.insurability);
          expect(insurance.reasons.map((reason) => reason.id)).toContain('incomplete_answers');
        }
        // A provisional indication has no premium, even with a complete business profile; nor has a decline.
        expect(insurance.premium !== null).toBe(!incomplete && insurance.insurability !== 'decline');
      }),
      { numRuns: 150, seed: 92 },
    );
  });

  test('a preview with the whole business profile but other answers missing shows no premium', () => {
    const profileOnly = Object.fromEntries(Object.entries(HARDENED).filter(([questionId]) => questionId.startsWith('bp_')));
    const result = score(profileOnly, { mode: 'preview', loss: false });
    expect(RATING_INPUT_QUESTION_IDS.every((questionId) => result.answers[questionId] !== undefined)).toBe(true);
    expect(result.protection.insurance).toMatchObject({ provisional: true, premium: null });
    expect(result.protection.insurance.suggestedLimit).not.toBeNull();
  });

  test('types: the result is discriminated on mode, and impossible states do not type-check', () => {
    const result = score(HARDENED);
    expect(result.mode).toBe('final');
    if (result.mode === 'final') {
      // Narrowing on mode gives a final indication and a grade that is not provisional; narrowing
      // further on the outcome gives a premium, or none for a decline.
      expectTypeOf(result.protection.insurance).toEqualTypeOf<TFinalInsuranceIndication>();
      expectTypeOf(result.risk.provisional).toEqualTypeOf<false>();
      const insurance = result.protection.insurance;
      if (insurance.insurability === 'decline') expectTypeOf(insurance.premium).toEqualTypeOf<null>();
      else expectTypeOf(insurance.premium).toEqualTypeOf<TPremiumIndication>();
    } else expectTypeOf(result.protection.insurance).toEqualTypeOf<TInsuranceIndication>();
    expectTypeOf<TProvisionalInsuranceIndication['premium']>().toEqualTypeOf<null>();
    expectTypeOf<TProvisionalInsuranceIndication['pendingQuestionIds']>().toEqualTypeOf<[string, ...string[]]>();
    expectTypeOf<TPremiumIndication['limitBandId']>().toEqualTypeOf<TLimitBandId>();
    expectTypeOf<TPremiumIndication['retentionBandId']>().toEqualTypeOf<TRetentionBandId>();
    expectTypeOf<TFinalInsuranceIndication['suggestedLimit']['id']>().toEqualTypeOf<TLimitBandId>();
    expectTypeOf<TFinalInsuranceIndication['retention']['id']>().toEqualTypeOf<TRetentionBandId>();
  });
});

describe('scoreAssessment: versioning and reproducibility', () => {
  test('carries the model and questionnaire versions and the effective seed', () => {
    const result = score(STORM, { loss: { trials: 500 } });
    expect(result.modelVersion).toBe(SCORING_MODEL_VERSION);
    expect(result.modelVersion).toMatch(/^signet-scoring@\d+\.\d+\.\d+$/);
    expect(result.questionnaireVersion).toBe(VERSION);
    expect(result.loss?.seed).toBe(result.lossSeed);
    expect(result.loss?.modelVersion).toBe(LOSS_MODEL_VERSION);
    expect(result.loss?.trials).toBe(500);
  });

  test('the same answers give the same result; key order does not matter', () => {
    const reordered = Object.fromEntries(Object.entries(STORM).reverse());
    expect(score(reordered, { loss: { trials: 300 } })).toEqual(score(STORM, { loss: { trials: 300 } }));
  });

  test('a stored seed reproduces the loss numbers; another seed changes them', () => {
    const first = score(STORM, { loss: { trials: 400 } });
    const replay = score(STORM, { loss: { trials: 400, seed: first.lossSeed } });
    expect(replay.loss).toEqual(first.loss);
    const other = score(STORM, { loss: { trials: 400, seed: (first.lossSeed + 1) % 2 ** 32 } });
    expect(other.loss?.result.annualisedLossExpectancy).not.toBe(first.loss?.result.annualisedLossExpectancy);
  });

  test('loss: false skips the simulation but still reports the seed', () => {
    const result = score(STORM, { loss: false });
    expect(result.loss).toBeNull();
    expect(result.lossSkippedReason).toBe('disabled');
    expect(Number.isInteger(result.lossSeed)).toBe(true);
    expect(result.protection.insurance.limitCoversLossP99).toBeNull();
  });

  test('the default simulation runs 10,000 trials', () => {
    expect(score(STORM, {}).loss?.trials).toBe(10_000);
  });

  test('a preview without business profile skips the loss estimate', () => {
    const result = score({ dep_idps: ['okta'] }, { mode: 'preview' });
    expect(result.loss).toBeNull();
    expect(result.lossSkippedReason).toBe('business_profile_incomplete');
    expect(result.protection.insurance.premium).toBeNull();
  });

  test('the result is plain JSON', () => {
    const result = score(STORM, { loss: { trials: 200 } });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('scoreAssessment: the three stages', () => {
  test('risk: direction, grade and master-key exposure for a Storm-0558-like victim', () => {
    const { risk } = score(STORM);
    expect(risk.direction).toBe('higher_is_stronger');
    expect(['D', 'E']).toContain(risk.grade);
    expect(risk.findings.map((finding) => finding.id)).toContain('master_key_exposure');
    expect(risk.masterKeyExposure.level).toBe('severe');
  });

  test('protection: recommendations, indication and monitoring are present; a decline shows no premium', () => {
    const { protection } = score(STORM);
    expect(protection.recommendations.length).toBeGreaterThan(5);
    expect(protection.insurance).toMatchObject({ insurability: 'decline', premium: null });
    expect(protection.monitoring.intervalMonths).toBe(3);
    expect(score(HARDENED).protection.insurance.premium?.isIndication).toBe(true);
  });

  test('claims: readiness, playbook and evidence checklist', () => {
    const { claims } = score(STORM);
    expect(claims.readinessScore).toBeGreaterThan(0);
    expect(claims.readinessScore).toBeLessThan(60);
    expect(claims.playbook.steps.length).toBeGreaterThan(10);
    expect(claims.evidenceChecklist.length).toBeGreaterThan(5);
  });
});

describe('scoreAssessment: questionnaire versions and hidden answers', () => {
  test('scores idp-exposure@2 (current) and idp-exposure@1 (stored drafts and snapshots) with the same model', () => {
    const latest = getQuestionnaire('idp-exposure@2')!;
    fc.assert(
      fc.property(arbitraryAnswers(latest, { completeness: 'complete' }), (answers) => {
        const outcome = scoreAssessment({ questionnaireVersion: 'idp-exposure@2', answers }, { loss: false });
        expect(outcome.ok).toBe(true);
        if (outcome.ok) expect(outcome.result).toMatchObject({ modelVersion: SCORING_MODEL_VERSION, questionnaireVersion: 'idp-exposure@2' });
      }),
      { numRuns: 30, seed: 95 },
    );
    expect(score(HARDENED)).toMatchObject({ modelVersion: SCORING_MODEL_VERSION, questionnaireVersion: 'idp-exposure@1' });
  });

  test('answers to hidden questions are dropped, listed and never scored', () => {
    const withHidden = { ...HARDENED, tok_own_signin_apps: 'no', tok_issuer_validation: 'none', tok_account_types: 'dont_know' };
    const result = score(withHidden);
    expect(result.droppedHiddenQuestionIds).toEqual(['tok_issuer_validation', 'tok_account_types']);
    expect(result.answers.tok_issuer_validation).toBeUndefined();
    expect(result.risk).toEqual(score({ ...HARDENED, tok_own_signin_apps: 'no' }).risk);
    expect(score(HARDENED).droppedHiddenQuestionIds).toEqual([]);
  });
});
