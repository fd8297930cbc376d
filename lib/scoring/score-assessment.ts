// Entry point of the scoring library: validated answers in, the three stages (risk, protection,
// claims) plus the loss estimate out. Pure and deterministic: the same input, options and model
// version always give the same JSON, and bad input is returned as issues, never thrown.
import { getQuestionnaire, isAnswered, listVisibleQuestions, validateAnswers } from '@/lib/questionnaire';
import type { TAnswerIssue, TAnswers, TQuestionnaire, TRawAnswers, TValidateAnswersResult } from '@/lib/questionnaire';
import { LOSS_MODEL_VERSION, MAX_SEED, MAX_TRIALS, simulateAnnualLoss } from '@/lib/scoring/loss';

import { createAnswerView, getViewModel, isVisibleInView } from './answer-view';
import type { TAnswerView } from './answer-view';
import { buildClaimsSupport } from './claims';
import { computeRiskCore } from './compute-risk-score';
import { buildInsuranceIndication, buildMonitoringPlan } from './insurance';
import { computeDefaultLossSeed, mapAnswersToLossInput } from './loss-mapping';
import { buildRecommendations } from './recommendations';
import type {
  TCompleteness,
  TLossSection,
  TScoreAssessmentInput,
  TScoreAssessmentOptions,
  TRiskStage,
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

function summariseCompleteness(requiredVisible: number, missingQuestionIds: string[]): TCompleteness {
  const requiredAnswered = requiredVisible - missingQuestionIds.length;
  return {
    requiredVisible,
    requiredAnswered,
    ratio: requiredVisible === 0 ? 1 : Math.round((requiredAnswered / requiredVisible) * 1000) / 1000,
    missingQuestionIds,
  };
}

function computeCompleteness(questionnaire: TQuestionnaire, answers: TAnswers): TCompleteness {
  const required = listVisibleQuestions(questionnaire, answers).filter((question) => question.required);
  const missingQuestionIds = required.filter((question) => answers[question.id] === undefined).map((question) => question.id);
  return summariseCompleteness(required.length, missingQuestionIds);
}

/**
 * Preview only: the visible questions that are required or critical and unanswered, in definition
 * order. While any is missing the grade and the insurance indication are provisional.
 */
function listPendingQuestionIds(questionnaire: TQuestionnaire, answers: TAnswers): string[] {
  return listVisibleQuestions(questionnaire, answers)
    .filter((question) => (question.required || question.critical === true) && answers[question.id] === undefined)
    .map((question) => question.id);
}

/** computeCompleteness on the view of the scoring questionnaire (the view holds the pruned answers). */
function computeViewCompleteness(view: TAnswerView): TCompleteness {
  const { questionIds, requiredIndexes } = getViewModel();
  let requiredVisible = 0;
  const missingQuestionIds: string[] = [];
  for (const index of requiredIndexes) {
    if (!isVisibleInView(view, index)) continue;
    requiredVisible++;
    if (view.values[index] === undefined) missingQuestionIds.push(questionIds[index]!);
  }
  return summariseCompleteness(requiredVisible, missingQuestionIds);
}

type TValidatedAnswers =
  | { ok: true; answers: TAnswers; view: TAnswerView; completeness: TCompleteness; criticalQuestionIds: readonly string[]; questionIds: readonly string[] }
  | { ok: false; issues: TAnswerIssue[] };

/**
 * validateAnswers in the given mode, plus the answer view and completeness. For the scoring
 * questionnaire in final mode it validates in draft mode (the same schema and output) and runs the
 * required check on the view: final mode adds exactly one issue per visible required question whose
 * raw answer is unanswered. Whenever that check finds one, validateAnswers runs in final mode so the
 * issues are its own, unchanged.
 */
function validateForScoring(questionnaire: TQuestionnaire, rawAnswers: unknown, mode: TScoringMode): TValidatedAnswers {
  const model = getViewModel();
  if (questionnaire !== model.questionnaire) return withCompleteness(questionnaire, validateAnswers(questionnaire, rawAnswers, mode === 'final' ? 'final' : 'draft'));
  const draft = validateAnswers(questionnaire, rawAnswers, 'draft');
  if (!draft.ok) return mode === 'final' ? withCompleteness(questionnaire, validateAnswers(questionnaire, rawAnswers, 'final')) : draft;
  const view = createAnswerView(draft.answers);
  if (mode === 'final') {
    // A successful draft validation means rawAnswers is a plain object.
    const raw = rawAnswers as TRawAnswers;
    for (const index of model.requiredIndexes) {
      if (!isAnswered(raw[model.questionIds[index]!]) && isVisibleInView(view, index)) {
        return withCompleteness(questionnaire, validateAnswers(questionnaire, rawAnswers, 'final'));
      }
    }
  }
  return {
    ok: true,
    answers: draft.answers,
    view,
    completeness: computeViewCompleteness(view),
    criticalQuestionIds: model.criticalQuestionIds,
    questionIds: model.questionIds,
  };
}

/** The general path: a validateAnswers result with the view and completeness computed from scratch. */
function withCompleteness(questionnaire: TQuestionnaire, validation: TValidateAnswersResult): TValidatedAnswers {
  if (!validation.ok) return validation;
  return {
    ok: true,
    answers: validation.answers,
    view: createAnswerView(validation.answers),
    completeness: computeCompleteness(questionnaire, validation.answers),
    criticalQuestionIds: questionnaire.questions.filter((question) => question.critical).map((question) => question.id),
    questionIds: questionnaire.questions.map((question) => question.id),
  };
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

  // validateAnswers already dropped hidden answers; the view is the same set in the hot-path form.
  const { answers, criticalQuestionIds } = validation;
  const core = computeRiskCore(validation.view);
  // Final mode has every visible required answer (validation), so nothing is pending there.
  const pendingQuestionIds = mode === 'preview' ? listPendingQuestionIds(questionnaire, answers) : [];
  const lossOptions = options.loss === false ? null : (options.loss ?? {});
  const lossSeed = lossOptions?.seed ?? computeDefaultLossSeed(questionnaire, answers);

  let loss: TLossSection | null = null;
  let lossSkippedReason: 'disabled' | 'business_profile_incomplete' | null = null;
  if (lossOptions === null) lossSkippedReason = 'disabled';
  else {
    const mapped = mapAnswersToLossInput(core, answers);
    if (!mapped) lossSkippedReason = 'business_profile_incomplete';
    else {
      const trials = lossOptions.trials ?? DEFAULT_LOSS_TRIALS;
      loss = {
        modelVersion: LOSS_MODEL_VERSION,
        seed: lossSeed,
        trials,
        input: mapped.input,
        mapping: mapped.mapping,
        result: simulateAnnualLoss(mapped.input, { trials, seed: lossSeed }),
      };
    }
  }

  const risk: TRiskStage = {
    score: core.score,
    direction: 'higher_is_stronger',
    grade: core.grade,
    uncappedGrade: core.uncappedGrade,
    gradeCap: core.gradeCap,
    dontKnowPenalty: core.dontKnowPenalty,
    sections: core.sections,
    findings: core.findings,
    masterKeyExposure: core.masterKeyExposure,
    provisional: pendingQuestionIds.length > 0,
  };
  const insurance = buildInsuranceIndication(core, answers, criticalQuestionIds, loss ? loss.result.percentiles.p99 : null, { pendingQuestionIds });
  const protection = { recommendations: buildRecommendations(core), insurance, monitoring: buildMonitoringPlan(core, answers, validation.questionIds, criticalQuestionIds) };
  const head = { modelVersion: SCORING_MODEL_VERSION, questionnaireVersion: questionnaire.version };
  const inputs = { lossSeed, completeness: validation.completeness, answers };
  const tail = { claims: buildClaimsSupport(answers, core.claimsReadiness), loss, lossSkippedReason };
  // Keys in the documented order: versions, mode, seed and inputs, the three stages, the loss.
  if (mode === 'preview') return { ok: true, result: { ...head, mode, ...inputs, risk, protection, ...tail } };
  // Final mode has every visible required answer (validation), the rating inputs included, so nothing
  // is pending: a provisional final result would be a bug, not bad input.
  if (risk.provisional || insurance.provisional) throw new Error('scoreAssessment: a final result cannot be provisional.');
  return { ok: true, result: { ...head, mode, ...inputs, risk: { ...risk, provisional: false }, protection: { ...protection, insurance }, ...tail } };
}
