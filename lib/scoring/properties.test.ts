// Property-based tests of the scoring model over answer sets generated from the question bank.
import { readdirSync, readFileSync } from 'node:fs';

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import {
  compareAnswerSafety,
  getQuestionnaire,
  getRiskiestAnswer,
  getSafestAnswer,
  hasSafetyOrder,
  isQuestionVisible,
  pruneHiddenAnswers,
} from '@/lib/questionnaire';
import type { TAnswers, TAnswerValue, TQuestion } from '@/lib/questionnaire';
import { arbitraryAnswers, arbitraryAnswerValue } from '@/lib/questionnaire/arbitraries';

import { AnswerView, createAnswerView, deriveAnswerView } from './answers';
import { evaluateRisk, evaluateRiskOfAnswers } from './evaluate-risk';
import type { TRiskEvaluation } from './evaluate-risk';
import { FINDING_RULES } from './findings';
import { roundTo } from './math';
import { PREMIUM_TO_LAYER_LOSS_BAND } from './rating-tables';
import { MASTER_KEY_QUESTION_IDS, computeMasterKeyExposure } from './master-key';
import { assessInsurability } from './insurance-indication';
import { applyControl } from './recommendations';
import { scoreAssessment } from './score-assessment';
import type { TScoreAssessmentOptions, TScoringResult } from './types';

const VERSION = 'idp-exposure@2';
const questionnaire = getQuestionnaire(VERSION)!;
const complete = arbitraryAnswers(questionnaire, { completeness: 'complete' });
const partial = arbitraryAnswers(questionnaire, { completeness: 'partial' });
const computeRiskScore = (answers: TAnswers): TRiskEvaluation => evaluateRiskOfAnswers(questionnaire, answers);

function score(answers: TAnswers, options: TScoreAssessmentOptions): TScoringResult {
  const outcome = scoreAssessment({ questionnaireVersion: VERSION, answers }, options);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.result;
}

/** Answers that the definition declares safer than `value` (the scoring must respect them). */
function listSaferAnswers(question: TQuestion, value: TAnswerValue): TAnswerValue[] {
  return listCandidateAnswers(question, value).filter((candidate) => {
    const comparison = compareAnswerSafety(question, candidate, value);
    return comparison !== null && comparison > 0;
  });
}

/** Valid answers near `value` and at the extremes, for comparisons along the declared safety order. */
function listCandidateAnswers(question: TQuestion, value: TAnswerValue): TAnswerValue[] {
  const candidates: TAnswerValue[] = [];
  switch (question.type) {
    case 'yes_no':
    case 'single':
      candidates.push(...question.options.map((option) => option.id));
      break;
    case 'multi': {
      const selected = value as readonly string[];
      const regular = question.options.filter((option) => !option.exclusive).map((option) => option.id);
      const exclusive = question.options.filter((option) => option.exclusive).map((option) => [option.id]);
      candidates.push(...exclusive, ...regular.map((id) => [id]), regular);
      for (const id of selected) {
        const remaining = selected.filter((entry) => entry !== id);
        candidates.push(remaining.length > 0 ? remaining : ['none']);
      }
      for (const id of regular) if (!selected.includes(id) && !selected.some((entry) => entry === 'none' || entry === 'dont_know')) candidates.push([...selected, id]);
      break;
    }
    case 'integer':
    case 'percentage': {
      if (question.dontKnow) candidates.push('dont_know');
      const number = typeof value === 'number' ? value : question.min;
      const step = question.type === 'integer' ? 1 : 0.5;
      candidates.push(number - step, number + step, question.min, question.max, Math.round((number + question.min) / 2), Math.round((number + question.max) / 2));
      if (question.safer && typeof question.safer === 'object') candidates.push(...question.safer.band);
      break;
    }
    case 'date':
      break;
  }
  return candidates.filter((candidate) => {
    if (typeof candidate === 'number' && 'min' in question && typeof question.min === 'number' && (candidate < question.min || candidate > (question.max as number))) return false;
    return !(Array.isArray(candidate) && candidate.length === 0);
  });
}

/** Walks every number in a result; returns the paths of non-finite ones. */
function listNonFiniteNumbers(node: unknown, path = ''): string[] {
  if (typeof node === 'number') return Number.isFinite(node) ? [] : [path];
  if (Array.isArray(node)) return node.flatMap((entry, index) => listNonFiniteNumbers(entry, `${path}[${index}]`));
  if (typeof node === 'object' && node !== null) return Object.entries(node).flatMap(([key, value]) => listNonFiniteNumbers(value, `${path}.${key}`));
  return [];
}

function expectPercentScale(value: number | null, label: string): void {
  if (value === null) return;
  expect(value, label).toBeGreaterThanOrEqual(0);
  expect(value, label).toBeLessThanOrEqual(100);
}

describe('determinism and bounds', () => {
  test('the same answers always give the same result', () => {
    fc.assert(
      fc.property(partial, (answers) => {
        const options: TScoreAssessmentOptions = { mode: 'preview', loss: { trials: 50 } };
        expect(score(answers, options)).toEqual(score(answers, options));
      }),
      { numRuns: 25, seed: 11 },
    );
  });

  test('every number is finite and every 0..100 output stays in range (preview and final)', () => {
    const check = (result: TScoringResult): void => {
      expect(listNonFiniteNumbers(result)).toEqual([]);
      expectPercentScale(result.risk.score, 'score');
      for (const section of result.risk.sections) expectPercentScale(section.score, section.sectionId);
      const exposure = result.risk.masterKeyExposure;
      for (const [label, value] of Object.entries({ exposure: exposure.score, reach: exposure.reach, persistence: exposure.persistence, gap: exposure.detectionGap })) {
        expectPercentScale(value, label);
      }
      for (const driver of exposure.drivers) expectPercentScale(driver.points, driver.id);
      expectPercentScale(result.claims.readinessScore, 'claims readiness');
      for (const recommendation of result.protection.recommendations) expectPercentScale(recommendation.scoreAfter, recommendation.id);
      expect(result.completeness.ratio).toBeGreaterThanOrEqual(0);
      expect(result.completeness.ratio).toBeLessThanOrEqual(1);
      const premium = result.protection.insurance.premium;
      if (premium) {
        expect(Number.isInteger(premium.amountEur)).toBe(true);
        expect(premium.amountEur).toBeGreaterThan(0);
      }
      for (const point of result.loss?.result.exceedanceCurve ?? []) {
        expect(point.probability).toBeGreaterThanOrEqual(0);
        expect(point.probability).toBeLessThanOrEqual(1);
        expect(point.loss).toBeGreaterThanOrEqual(0);
      }
    };
    fc.assert(
      fc.property(partial, (answers) => check(score(answers, { mode: 'preview', loss: { trials: 50 } }))),
      { numRuns: 40, seed: 12 },
    );
    fc.assert(
      fc.property(complete, (answers) => check(score(answers, { mode: 'final', loss: { trials: 50 } }))),
      { numRuns: 40, seed: 13 },
    );
  });
});

/** Every fixture's answers, upgraded to idp-exposure@2 where they were made for @1 (new questions open). */
const fixtureDirectory = new URL('./fixtures/', import.meta.url);
const FIXTURES = readdirSync(fixtureDirectory)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => [file, (JSON.parse(readFileSync(new URL(file, fixtureDirectory), 'utf8')) as { answers: TAnswers }).answers] as const);

/** Variants of `answers` with one answer replaced, each paired with the answer it replaced. */
function listSingleAnswerVariants(answers: TAnswers, question: TQuestion): Array<{ value: TAnswerValue; answers: TAnswers }> {
  const current = answers[question.id];
  if (current === undefined) return [];
  return [current, ...listCandidateAnswers(question, current)]
    .filter((value, index, all) => all.findIndex((other) => JSON.stringify(other) === JSON.stringify(value)) === index)
    .map((value) => ({ value, answers: { ...answers, [question.id]: value } }));
}

describe('monotonicity: a safer answer never lowers the score or raises the exposure', () => {
  const ordered = questionnaire.questions.filter(hasSafetyOrder);

  test('the declared safety orders cover every control question', () => {
    expect(ordered.length).toBeGreaterThan(50);
  });

  test.each(ordered.map((question) => [question.id, question] as const))('%s', (_id, question) => {
    let exercised = 0;
    fc.assert(
      fc.property(complete, (answers) => {
        const current = answers[question.id];
        if (current === undefined) return;
        const before = computeRiskScore(answers);
        for (const safer of listSaferAnswers(question, current)) {
          exercised++;
          const after = computeRiskScore({ ...answers, [question.id]: safer });
          expect(after.score, `${JSON.stringify(current)} -> ${JSON.stringify(safer)}`).toBeGreaterThanOrEqual(before.score);
          expect(after.rawScore, `raw ${JSON.stringify(current)} -> ${JSON.stringify(safer)}`).toBeGreaterThanOrEqual(before.rawScore);
          expect(after.masterKeyExposure.score, `exposure ${JSON.stringify(current)} -> ${JSON.stringify(safer)}`).toBeLessThanOrEqual(before.masterKeyExposure.score);
        }
      }),
      { numRuns: 40, seed: 21 },
    );
    expect(exercised, `${question.id} was never compared`).toBeGreaterThan(0);
  });
});

describe('common random numbers: a safer answer never raises the loss or the premium, nor worsens insurability', () => {
  const ordered = questionnaire.questions.filter(hasSafetyOrder);
  // Preview: a variant may reveal an unanswered follow-up; it is then provisional (no premium) but still simulated.
  const LOSS: TScoreAssessmentOptions = { mode: 'preview', loss: { trials: 200 } };

  /**
   * Loss and premium of a complete answer set: the closed-form expectations, and the simulation on the
   * default seed (one random stream per model version and business profile).
   */
  function priceAndLoss(answers: TAnswers): { premium: number | null; layerLoss: number | null; expected: number; simulated: number[]; seed: number; outcome: number | null } {
    const result = score(answers, LOSS);
    const { percentiles, annualisedLossExpectancy } = result.loss!.result;
    const { insurance } = result.protection;
    return {
      outcome: insurance.provisional ? null : ['accept', 'accept_with_conditions', 'refer', 'decline'].indexOf(insurance.insurability),
      premium: result.protection.insurance.premium?.amountEur ?? null,
      layerLoss: result.protection.insurance.premium?.layerExpectedLossEur ?? null,
      expected: result.loss!.expectedAnnualLossEur,
      simulated: [annualisedLossExpectancy, percentiles.p50, percentiles.p90, percentiles.p95, percentiles.p99, result.loss!.result.layer?.annualisedLoss ?? 0],
      seed: result.lossSeed,
    };
  }

  /** Every pair of single-answer variants where the safer one loses or costs more, as readable strings. */
  function listRises(answers: TAnswers): { compared: number; rises: string[] } {
    let compared = 0;
    const rises: string[] = [];
    for (const question of ordered) {
      const variants = listSingleAnswerVariants(answers, question).map((variant) => ({ ...variant, ...priceAndLoss(variant.answers) }));
      for (const riskier of variants) {
        for (const safer of variants) {
          const comparison = compareAnswerSafety(question, safer.value, riskier.value);
          if (comparison === null || comparison <= 0) continue;
          compared++;
          const label = `${question.id} ${JSON.stringify(riskier.value)} -> ${JSON.stringify(safer.value)}`;
          if (safer.expected > riskier.expected) rises.push(`${label}: expected loss ${riskier.expected} -> ${safer.expected}`);
          // The business profile chooses the random stream; any other answer keeps it (common random numbers).
          if (question.sectionId !== 'business_profile') {
            if (safer.seed !== riskier.seed) rises.push(`${label}: the loss stream changed`);
            safer.simulated.forEach((value, index) => {
              if (value > riskier.simulated[index]!) rises.push(`${label}: simulated[${index}] ${riskier.simulated[index]} -> ${value}`);
            });
          }
          if (safer.premium !== null && riskier.premium !== null && safer.premium > riskier.premium) rises.push(`${label}: premium ${riskier.premium} -> ${safer.premium}`);
          if (safer.layerLoss !== null && riskier.layerLoss !== null && safer.layerLoss > riskier.layerLoss) rises.push(`${label}: layer loss ${riskier.layerLoss} -> ${safer.layerLoss}`);
          if (safer.outcome !== null && riskier.outcome !== null && safer.outcome > riskier.outcome) rises.push(`${label}: insurability worse (${riskier.outcome} -> ${safer.outcome})`);
        }
      }
    }
    return { compared, rises };
  }

  test.each(FIXTURES.filter(([file]) => file.startsWith('consistency-grade-c') || file.startsWith('golden-saml') || file.startsWith('storm-0558-some')))(
    'golden fixture %s',
    { timeout: 60_000 },
    (_file, answers) => {
      const { compared, rises } = listRises(answers);
      expect(compared).toBeGreaterThan(50);
      expect(rises).toEqual([]);
    },
  );

  // Every single-answer variant of each set is scored and simulated: a few sets take tens of seconds.
  test('random complete answer sets', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(complete, (answers) => {
        expect(listRises(answers).rises).toEqual([]);
      }),
      { numRuns: 6, seed: 22 },
    );
  });

  test('"don\'t know" on sensitive data never lowers the loss estimate', () => {
    const base = FIXTURES.find(([file]) => file === 'consistency-grade-c.json')![1];
    const unknown = priceAndLoss({ ...base, mail_sensitive_data: ['dont_know'] });
    for (const known of [['none'], ['customer_personal_data'], ['special_category_data', 'payment_card_data', 'privileged_legal', 'credentials_secrets']]) {
      const other = priceAndLoss({ ...base, mail_sensitive_data: known });
      expect(unknown.expected, known.join('+')).toBeGreaterThanOrEqual(other.expected);
      other.simulated.forEach((value, index) => expect(unknown.simulated[index], `${known.join('+')} [${index}]`).toBeGreaterThanOrEqual(value));
      expect(unknown.premium!).toBeGreaterThanOrEqual(other.premium!);
    }
  });
});

describe('the premium follows the layer loss', () => {
  test('property: premium / expected layer loss stays in the documented band; a decline shows no premium', () => {
    let priced = 0;
    fc.assert(
      fc.property(complete, (answers) => {
        const { insurance } = score(answers, { loss: false }).protection;
        if (insurance.insurability === 'decline') {
          expect(insurance.premium).toBeNull();
          return;
        }
        const premium = insurance.premium!;
        priced++;
        const loading = premium.factors.reduce((product, factor) => product * factor.factor, 1);
        // Whole EUR: amount and layer loss are rounded, the listed factors to 6 decimals.
        expect(Math.abs(premium.amountEur - premium.layerExpectedLossEur * loading)).toBeLessThanOrEqual(0.5 + loading * 0.5 + 1e-5 * premium.amountEur);
        // The listed factors are rounded to 6 decimals.
        expect(loading).toBeGreaterThanOrEqual(PREMIUM_TO_LAYER_LOSS_BAND[0] - 1e-5);
        expect(loading).toBeLessThanOrEqual(PREMIUM_TO_LAYER_LOSS_BAND[1] + 1e-5);
      }),
      { numRuns: 400, seed: 23 },
    );
    // Random answers are mostly poor, and poor enough is declined: a few dozen get priced.
    expect(priced).toBeGreaterThan(10);
  });
});

describe('every question influences an output or is informational', () => {
  function project(result: TScoringResult): string {
    return JSON.stringify({ risk: result.risk, protection: result.protection, claims: result.claims, loss: result.loss && { input: result.loss.input, mapping: result.loss.mapping } });
  }

  function listAlternatives(question: TQuestion): TAnswerValue[] {
    switch (question.type) {
      case 'yes_no':
      case 'single':
        return question.options.map((option) => option.id);
      case 'multi':
        return [...question.options.map((option) => [option.id]), question.options.filter((option) => !option.exclusive).map((option) => option.id)];
      case 'integer':
      case 'percentage':
        return [question.min, question.max, Math.round((question.min + question.max) / 2), question.min + 1, question.min + 4, question.min + 9];
      case 'date':
        return [question.min, question.max];
    }
  }

  const samples = fc.sample(complete, { numRuns: 30, seed: 31 });
  const options: TScoreAssessmentOptions = { mode: 'preview', loss: { trials: 1, seed: 1 } };

  test.each(questionnaire.questions.map((question) => [question.id, question] as const))('%s', (_id, question) => {
    let influences = false;
    let compared = 0;
    for (const answers of samples) {
      const visible = isQuestionVisible(question, pruneHiddenAnswers(questionnaire, answers));
      if (!visible) continue;
      const baseline = project(score(answers, options));
      for (const alternative of listAlternatives(question)) {
        compared++;
        if (project(score({ ...answers, [question.id]: alternative }, options)) !== baseline) {
          influences = true;
          break;
        }
      }
      if (influences && !question.informational) break;
    }
    expect(compared, `${question.id} was never visible in the samples`).toBeGreaterThan(0);
    expect(influences, question.informational ? `${question.id} is informational but changed an output` : `${question.id} changes no output`).toBe(
      !question.informational,
    );
  });
});

describe('extremes', () => {
  function buildExtreme(pick: (question: TQuestion) => TAnswerValue | undefined): TAnswers {
    const answers: Record<string, TAnswerValue> = {};
    for (const question of questionnaire.questions) {
      if (!isQuestionVisible(question, answers)) continue;
      const chosen = pick(question);
      if (chosen !== undefined) {
        answers[question.id] = chosen;
        continue;
      }
      // Context questions: a neutral default (first option, minimum, earliest date).
      if ('options' in question) answers[question.id] = question.type === 'multi' ? [question.options[0]!.id] : question.options[0]!.id;
      else answers[question.id] = question.min;
    }
    return answers;
  }

  test('all-safest answers give grade A with no findings', () => {
    const result = score(buildExtreme(getSafestAnswer), { loss: false });
    expect(result.risk.grade).toBe('A');
    expect(result.risk.score).toBe(100);
    expect(result.risk.findings).toEqual([]);
    expect(result.risk.masterKeyExposure.level).toBe('low');
  });

  test('all-riskiest answers give grade E and a decline', () => {
    const result = score(buildExtreme(getRiskiestAnswer), { loss: false });
    expect(result.risk.grade).toBe('E');
    expect(result.risk.score).toBe(0);
    expect(result.protection.insurance.insurability).toBe('decline');
  });
});

describe('the what-if cache inside evaluateRisk', () => {
  /** Everything but the cache itself, and the view's values (its layout is shared). */
  function comparable(evaluation: TRiskEvaluation): unknown {
    const { view, memo, ...numbers } = evaluation;
    return { ...numbers, values: view.values, credits: memo.credits, ruleFindings: memo.ruleFindings };
  }

  test('an evaluation derived from a base equals one without it, for any changed answers', () => {
    const questions = questionnaire.questions;
    const override = fc.nat(questions.length - 1).chain((index) => arbitraryAnswerValue(questions[index]!).map((value) => ({ questionId: questions[index]!.id, value })));
    fc.assert(
      fc.property(fc.oneof(complete, partial), fc.array(override, { minLength: 1, maxLength: 3 }), (answers, overrides) => {
        const base = evaluateRisk(createAnswerView(questionnaire, answers));
        const view = deriveAnswerView(base.view, overrides);
        expect(comparable(evaluateRisk(view, base))).toEqual(comparable(evaluateRisk(view)));
      }),
      { numRuns: 400, seed: 51 },
    );
  });
});

describe('what the what-if cache relies on', () => {
  /** A view with the answers of `questionIds` from `from` and every other answer from `rest`. */
  function mixViews(from: AnswerView, rest: AnswerView, questionIds: readonly string[]): AnswerView {
    const values = rest.values.slice();
    for (const questionId of questionIds) {
      const index = from.layout.indexById.get(questionId)!;
      values[index] = from.values[index];
    }
    return new AnswerView(from.layout, values);
  }

  test('a finding rule reads only its questionIds', () => {
    fc.assert(
      fc.property(partial, partial, (answers, other) => {
        const view = createAnswerView(questionnaire, answers);
        const otherView = createAnswerView(questionnaire, other);
        for (const rule of FINDING_RULES) expect(rule.when(mixViews(view, otherView, rule.questionIds)), rule.id).toBe(rule.when(view));
      }),
      { numRuns: 300, seed: 61 },
    );
  });

  test('the master-key exposure reads only MASTER_KEY_QUESTION_IDS', () => {
    fc.assert(
      fc.property(partial, partial, (answers, other) => {
        const view = createAnswerView(questionnaire, answers);
        expect(computeMasterKeyExposure(mixViews(view, createAnswerView(questionnaire, other), MASTER_KEY_QUESTION_IDS))).toEqual(computeMasterKeyExposure(view));
      }),
      { numRuns: 300, seed: 62 },
    );
  });
});

describe('recommendations are consistent with re-scoring', () => {
  test('uplift (unclamped), score after, grade after and insurability after equal a re-scoring with the control applied', () => {
    fc.assert(
      fc.property(complete, (answers) => {
        const result = score(answers, { loss: false });
        const before = computeRiskScore(answers);
        for (const recommendation of result.protection.recommendations) {
          const applied = applyControl(questionnaire, recommendation.id, answers);
          expect(applied, recommendation.id).not.toBeNull();
          const after = computeRiskScore(applied!.answers);
          expect(recommendation.uplift, recommendation.id).toBe(roundTo(after.rawScore - before.rawScore, 1));
          expect(recommendation.scoreAfter).toBe(after.score);
          expect(recommendation.gradeAfter).toBe(after.grade);
          expect(recommendation.insurabilityAfter).toBe(assessInsurability(after));
          expect(recommendation.uplift).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 25, seed: 41 },
    );
  });

  test('a score clamped at 0 still ranks the recommendations by what they change, not by "+0"', () => {
    const worst = FIXTURES.find(([file]) => file === 'unaware-public-sector-supplier.json')![1];
    const outcome = scoreAssessment({ questionnaireVersion: 'idp-exposure@1', answers: worst }, { loss: false });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.result.risk.score).toBe(0);
    const { recommendations } = outcome.result.protection;
    expect(recommendations.length).toBeGreaterThan(5);
    expect(recommendations.filter((recommendation) => recommendation.scoreAfter === 0).length).toBeGreaterThan(0);
    // Each listed control is worth something, and the list is not a row of zero uplifts.
    expect(recommendations.every((recommendation) => recommendation.uplift > 0 || recommendation.masterKeyExposureReduction > 0 || (recommendation.expectedLossReductionEur ?? 0) > 0 || recommendation.resolvesFindingIds.length > 0)).toBe(true);
    expect(recommendations.filter((recommendation) => recommendation.uplift > 0).length).toBeGreaterThan(recommendations.length / 2);
  });
});
