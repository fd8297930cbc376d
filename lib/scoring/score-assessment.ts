// Entry point of the scoring library: validated answers in, the three stages (risk, protection,
// claims) plus the loss estimate out. Pure and deterministic: the same input, options and model
// version always give the same JSON, and bad input is returned as issues, never thrown.
import { getQuestionnaire, listVisibleQuestions, validateAnswers } from '@/lib/questionnaire';
import type { TAnswers, TQuestionnaire } from '@/lib/questionnaire';
import { LOSS_MODEL_VERSION, MAX_SEED, MAX_TRIALS, simulateAnnualLoss } from '@/lib/scoring/loss';

import { createAnswerView } from './answer-view';
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

function computeCompleteness(questionnaire: TQuestionnaire, answers: TAnswers): TCompleteness {
  const required = listVisibleQuestions(questionnaire, answers).filter((question) => question.required);
  const missingQuestionIds = required.filter((question) => answers[question.id] === undefined).map((question) => question.id);
  const requiredAnswered = required.length - missingQuestionIds.length;
  return {
    requiredVisible: required.length,
    requiredAnswered,
    ratio: required.length === 0 ? 1 : Math.round((requiredAnswered / required.length) * 1000) / 1000,
    missingQuestionIds,
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
  const validation = validateAnswers(questionnaire, input.answers, mode === 'final' ? 'final' : 'draft');
  if (!validation.ok || optionIssues.length > 0) {
    return { ok: false, issues: [...optionIssues, ...(validation.ok ? [] : validation.issues)] };
  }

  // validateAnswers already dropped hidden answers; the view is the same set in the hot-path form.
  const answers = validation.answers;
  const core = computeRiskCore(createAnswerView(answers));
  const criticalQuestionIds = questionnaire.questions.filter((question) => question.critical).map((question) => question.id);
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

  return {
    ok: true,
    result: {
      modelVersion: SCORING_MODEL_VERSION,
      questionnaireVersion: questionnaire.version,
      mode,
      lossSeed,
      completeness: computeCompleteness(questionnaire, answers),
      answers,
      risk: {
        score: core.score,
        direction: 'higher_is_stronger',
        grade: core.grade,
        uncappedGrade: core.uncappedGrade,
        gradeCap: core.gradeCap,
        dontKnowPenalty: core.dontKnowPenalty,
        sections: core.sections,
        findings: core.findings,
        masterKeyExposure: core.masterKeyExposure,
      },
      protection: {
        recommendations: buildRecommendations(core),
        insurance: buildInsuranceIndication(core, answers, criticalQuestionIds, loss ? loss.result.percentiles.p99 : null),
        monitoring: buildMonitoringPlan(core, answers, questionnaire.questions.map((question) => question.id), criticalQuestionIds),
      },
      claims: buildClaimsSupport(answers, core.claimsReadiness),
      loss,
      lossSkippedReason,
    },
  };
}
