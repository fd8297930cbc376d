// Entry point of the scoring library: validated answers in, the three stages (risk, protection,
// claims) plus the loss estimate out. Pure and deterministic: the same input, options and model
// version always give the same JSON, and bad input is returned as issues, never thrown.
import { getQuestionnaire, isAnswered, validateAnswers } from '@/lib/questionnaire';
import type { TAnswerIssue, TAnswers, TQuestionnaire, TRawAnswers } from '@/lib/questionnaire';
import { LOSS_MODEL_VERSION, MAX_SEED, MAX_TRIALS, computeExpectedAnnualLoss, simulateAnnualLoss } from '@/lib/scoring/loss';

import { createAnswerView } from './answers';
import type { AnswerView } from './answers';
import { buildClaimsSupport } from './claims';
import { evaluateRisk } from './evaluate-risk';
import { buildInsuranceIndication } from './insurance-indication';
import { computeDefaultLossSeed, mapAnswersToLossInput } from './loss-mapping';
import { buildMonitoringPlan } from './monitoring';
import { choosePricingTerms } from './policy-terms';
import { buildRecommendations } from './recommendations';
import type {
  TCompleteness,
  TLossSection,
  TRiskStage,
  TScoreAssessmentInput,
  TScoreAssessmentOptions,
  TScoreAssessmentResult,
  TScoringIssue,
  TScoringMode,
} from './types';
import { SCORING_MODEL_VERSION, SUPPORTED_QUESTIONNAIRE_VERSIONS } from './version';

export const DEFAULT_LOSS_TRIALS = 10_000;

function isInteger(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function validateOptions(options: TScoreAssessmentOptions): TScoringIssue[] {
  const issues: TScoringIssue[] = [];
  const mode: unknown = options.mode;
  if (mode !== undefined && mode !== 'preview' && mode !== 'final') {
    issues.push({ questionId: '', code: 'invalid_option', message: `mode must be 'preview' or 'final' (got ${JSON.stringify(mode)}).` });
  }
  const loss: unknown = options.loss;
  if (loss !== undefined && loss !== false) {
    if (typeof loss !== 'object' || loss === null) {
      issues.push({ questionId: '', code: 'invalid_option', message: 'loss must be false or { trials?, seed? }.' });
    } else {
      const { trials, seed } = loss as { trials?: unknown; seed?: unknown };
      if (trials !== undefined && !isInteger(trials, 1, MAX_TRIALS)) {
        issues.push({ questionId: '', code: 'invalid_option', message: `loss.trials must be an integer from 1 to ${MAX_TRIALS} (got ${String(trials)}).` });
      }
      if (seed !== undefined && !isInteger(seed, 0, MAX_SEED)) {
        issues.push({ questionId: '', code: 'invalid_option', message: `loss.seed must be an integer from 0 to ${MAX_SEED} (got ${String(seed)}).` });
      }
    }
  }
  return issues;
}

function resolveQuestionnaire(version: unknown): TQuestionnaire | TScoringIssue {
  const questionnaire = typeof version === 'string' ? getQuestionnaire(version) : undefined;
  if (!questionnaire) {
    return { questionId: '', code: 'unknown_questionnaire_version', message: `Unknown questionnaire version ${JSON.stringify(version)}.` };
  }
  if (!SUPPORTED_QUESTIONNAIRE_VERSIONS.includes(questionnaire.version)) {
    return {
      questionId: '',
      code: 'unsupported_questionnaire_version',
      message: `${SCORING_MODEL_VERSION} cannot score ${questionnaire.version}; supported: ${SUPPORTED_QUESTIONNAIRE_VERSIONS.join(', ')}.`,
    };
  }
  return questionnaire;
}

/** Visible required questions of the pruned answers, and which of them are unanswered. */
function computeCompleteness(view: AnswerView): TCompleteness {
  const { questionIds, requiredIndexes } = view.layout;
  let requiredVisible = 0;
  const missingQuestionIds: string[] = [];
  for (const index of requiredIndexes) {
    if (!view.isVisible(index)) continue;
    requiredVisible++;
    if (view.values[index] === undefined) missingQuestionIds.push(questionIds[index]!);
  }
  const requiredAnswered = requiredVisible - missingQuestionIds.length;
  return {
    requiredVisible,
    requiredAnswered,
    ratio: requiredVisible === 0 ? 1 : Math.round((requiredAnswered / requiredVisible) * 1000) / 1000,
    missingQuestionIds,
  };
}

/**
 * Preview only: the visible questions that are required or critical and unanswered, in definition
 * order. While any is missing the grade and the insurance indication are provisional.
 */
function listPendingQuestionIds(view: AnswerView): string[] {
  const { questionnaire } = view.layout;
  const pending: string[] = [];
  questionnaire.questions.forEach((question, index) => {
    if ((question.required || question.critical === true) && view.values[index] === undefined && view.isVisible(index)) pending.push(question.id);
  });
  return pending;
}

type TValidatedAnswers =
  | { ok: true; answers: TAnswers; droppedHiddenQuestionIds: string[]; view: AnswerView; completeness: TCompleteness }
  | { ok: false; issues: TAnswerIssue[] };

function withView(questionnaire: TQuestionnaire, answers: TAnswers, droppedHiddenQuestionIds: string[]): TValidatedAnswers {
  const view = createAnswerView(questionnaire, answers);
  return { ok: true, answers, droppedHiddenQuestionIds, view, completeness: computeCompleteness(view) };
}

/**
 * validateAnswers in the given mode, plus the answer view and its completeness. It validates in
 * draft mode (the same schema and output as final mode) and runs the required check on the view: final
 * mode adds exactly one issue per visible required question whose raw answer is unanswered. Whenever
 * that check finds one, validateAnswers runs in final mode so the issues are its own, unchanged.
 */
function validateForScoring(questionnaire: TQuestionnaire, rawAnswers: unknown, mode: TScoringMode): TValidatedAnswers {
  const draft = validateAnswers(questionnaire, rawAnswers, 'draft');
  const final = (): TValidatedAnswers => {
    const validation = validateAnswers(questionnaire, rawAnswers, 'final');
    return validation.ok ? withView(questionnaire, validation.answers, validation.droppedHiddenQuestionIds) : validation;
  };
  if (!draft.ok) return mode === 'final' ? final() : draft;
  const validated = withView(questionnaire, draft.answers, draft.droppedHiddenQuestionIds);
  if (mode === 'final' && validated.ok) {
    // A successful draft validation means rawAnswers is a plain object.
    const raw = rawAnswers as TRawAnswers;
    const { view } = validated;
    const { questionIds, requiredIndexes } = view.layout;
    for (const index of requiredIndexes) if (!isAnswered(raw[questionIds[index]!]) && view.isVisible(index)) return final();
  }
  return validated;
}

/**
 * Scores an assessment. mode 'final' (default) requires every visible required answer; 'preview'
 * accepts partial answers (autosave) and reports completeness. `loss: false` skips the Monte Carlo.
 * The result carries modelVersion, questionnaireVersion and lossSeed so it can be reproduced.
 */
export function scoreAssessment(input: TScoreAssessmentInput, options: TScoreAssessmentOptions = {}): TScoreAssessmentResult {
  const optionIssues = validateOptions(options);
  if (typeof input !== 'object' || input === null) {
    optionIssues.push({ questionId: '', code: 'invalid_answers', message: 'Input must be { questionnaireVersion, answers }.' });
    return { ok: false, issues: optionIssues };
  }
  const questionnaire = resolveQuestionnaire(input.questionnaireVersion);
  if ('code' in questionnaire) return { ok: false, issues: [...optionIssues, questionnaire] };
  const mode: TScoringMode = options.mode ?? 'final';
  const validation = validateForScoring(questionnaire, input.answers, mode);
  if (!validation.ok || optionIssues.length > 0) {
    return { ok: false, issues: [...optionIssues, ...(validation.ok ? [] : validation.issues)] };
  }

  // validateAnswers already dropped hidden answers (and listed them); the view holds the same set.
  const { view, answers, droppedHiddenQuestionIds } = validation;
  const evaluation = evaluateRisk(view);
  // Final mode has every visible required answer (validation), so nothing is pending there.
  const pendingQuestionIds = mode === 'preview' ? listPendingQuestionIds(view) : [];
  const lossOptions = options.loss === false ? null : (options.loss ?? {});
  const lossSeed = lossOptions?.seed ?? computeDefaultLossSeed(view);
  // The loss model's input prices the premium (closed form) whether or not it is simulated.
  const mapped = mapAnswersToLossInput(evaluation);

  let loss: TLossSection | null = null;
  let lossSkippedReason: 'disabled' | 'business_profile_incomplete' | null = null;
  if (lossOptions === null) lossSkippedReason = 'disabled';
  else if (!mapped) lossSkippedReason = 'business_profile_incomplete';
  else {
    const trials = lossOptions.trials ?? DEFAULT_LOSS_TRIALS;
    // The simulation also reports what falls into the insured layer the premium prices.
    const terms = choosePricingTerms(view);
    const input = terms ? { ...mapped.input, layer: { retentionPerEvent: terms.retentionEur, aggregateLimit: terms.limitEur } } : mapped.input;
    loss = {
      modelVersion: LOSS_MODEL_VERSION,
      seed: lossSeed,
      trials,
      input,
      mapping: mapped.mapping,
      expectedAnnualLossEur: Math.round(computeExpectedAnnualLoss(mapped.input)),
      result: simulateAnnualLoss(input, { trials, seed: lossSeed }),
    };
  }

  const risk: TRiskStage = {
    score: evaluation.score,
    direction: 'higher_is_stronger',
    grade: evaluation.grade,
    uncappedGrade: evaluation.uncappedGrade,
    gradeCap: evaluation.gradeCap,
    dontKnowPenalty: evaluation.dontKnowPenalty,
    sections: evaluation.sections,
    findings: evaluation.findings,
    masterKeyExposure: evaluation.masterKeyExposure,
    provisional: pendingQuestionIds.length > 0,
  };
  const insurance = buildInsuranceIndication(evaluation, mapped ? mapped.input : null, loss ? loss.result.percentiles.p99 : null, { pendingQuestionIds });
  const protection = { recommendations: buildRecommendations(evaluation), insurance, monitoring: buildMonitoringPlan(evaluation) };
  const head = { modelVersion: SCORING_MODEL_VERSION, questionnaireVersion: questionnaire.version };
  const inputs = { lossSeed, completeness: validation.completeness, answers, droppedHiddenQuestionIds };
  const tail = { claims: buildClaimsSupport(evaluation), loss, lossSkippedReason };
  // Keys in the documented order: versions, mode, seed and inputs, the three stages, the loss.
  if (mode === 'preview') return { ok: true, result: { ...head, mode, ...inputs, risk, protection, ...tail } };
  // Final mode has every visible required answer (validation), the rating inputs included, so nothing
  // is pending: a provisional final result would be a bug, not bad input.
  if (risk.provisional || insurance.provisional) throw new Error('scoreAssessment: a final result cannot be provisional.');
  return { ok: true, result: { ...head, mode, ...inputs, risk: { ...risk, provisional: false }, protection: { ...protection, insurance }, ...tail } };
}
