// The fast core: answers -> section scores, overall score, grade, findings, master-key exposure and
// claims readiness. No validation and no allocation-heavy work here, because the recommendations
// re-run it once per candidate control (tens of microseconds per call).
import { compileCondition, listConditionQuestionIds } from '@/lib/questionnaire';
import type { TAnswers, TQuestionnaire, TRawAnswers } from '@/lib/questionnaire';

import { createAnswerView, deriveAnswerView, getViewModel, toAnswersObject } from './answer-view';
import type { TAnswerOverride, TAnswerView } from './answer-view';
import { MASTER_KEY_FINDING_ID, evaluateFindings, listTriggers } from './findings';
import { computeMasterKeyExposure } from './master-key';
import { QUESTION_SCORING } from './question-credits';
import type { TQuestionScoring } from './question-credits';
import type { TFinding, TGrade, TGradeCap, TGradeCapReason, TMasterKeyExposure, TSectionScore } from './types';
import {
  CLAIMS_READINESS_WEIGHTS,
  CORE_SECTION_IDS,
  DONT_KNOW_PENALTY_MAX,
  DONT_KNOW_PENALTY_PER_ITEM,
  GRADE_CAP_ANY_CRITICAL,
  GRADE_CAP_MANY_CRITICAL,
  GRADE_CAP_SEVERE_MASTER_KEY,
  MANY_CRITICAL_FINDINGS,
  MEAN_WEIGHT,
  SECTION_WEIGHTS,
  WEAKEST_WEIGHT,
  clamp,
  getGradeForScore,
  getWorseGrade,
  roundTo,
} from './weights';

export type TRiskCore = {
  /** 0..100, HIGHER = STRONGER. */
  score: number;
  grade: TGrade;
  uncappedGrade: TGrade;
  gradeCap: TGradeCap | null;
  dontKnowPenalty: number;
  sections: TSectionScore[];
  findings: TFinding[];
  masterKeyExposure: TMasterKeyExposure;
  /** 0..100, null when none of its questions is answered. */
  claimsReadiness: number | null;
  /** The pruned answers the core was computed from. */
  view: TAnswerView;
  /** Internal, for incremental re-scoring: the credit per scoring-table entry and the section sums. */
  credits: ReadonlyArray<number | null | undefined>;
  sectionSums: Readonly<{ weighted: number[]; weights: number[]; scored: number[]; notApplicable: number[] }>;
};

type TScoringEntry = TQuestionScoring & {
  sectionIndex: number;
  questionIndex: number;
  fullCredit?: ReturnType<typeof compileCondition>;
};

type TCompiledModel = {
  questionnaire: TQuestionnaire;
  sectionIds: readonly string[];
  coreSections: readonly boolean[];
  scoring: readonly TScoringEntry[];
  /** Scoring-entry positions per section, in table order (sums are always added in this order). */
  entriesBySection: ReadonlyArray<readonly number[]>;
  entryByQuestion: ReadonlyMap<string, number>;
  criticalQuestionIndexes: readonly number[];
  /** Questions that decide visibility or full credit elsewhere: changing one needs a full re-score. */
  gateQuestionIds: ReadonlySet<string>;
  claims: ReadonlyArray<{ weight: number; scoring: TQuestionScoring; questionIndex: number }>;
};

let compiled: TCompiledModel | undefined;

/** signet-scoring@1 is defined for idp-exposure@1; the tables are compiled once. */
function getCompiledModel(): TCompiledModel {
  if (compiled) return compiled;
  const { questionnaire } = getViewModel();
  const sectionIds = questionnaire.sections.map((section) => section.id);
  const scoring = QUESTION_SCORING.map((entry) => {
    const question = questionnaire.questions.find((candidate) => candidate.id === entry.questionId);
    if (!question) throw new Error(`Scoring table names unknown question ${entry.questionId}`);
    return {
      ...entry,
      sectionIndex: sectionIds.indexOf(question.sectionId),
      questionIndex: questionnaire.questions.indexOf(question),
      fullCredit: entry.fullCreditWhenHidden ? compileCondition(entry.fullCreditWhenHidden) : undefined,
    };
  });
  const claims = Object.entries(CLAIMS_READINESS_WEIGHTS).map(([questionId, weight]) => {
    const entry = QUESTION_SCORING.find((candidate) => candidate.questionId === questionId);
    if (!entry) throw new Error(`Claims readiness names unscored question ${questionId}`);
    return { weight, scoring: entry, questionIndex: questionnaire.questions.findIndex((question) => question.id === questionId) };
  });
  const gateQuestionIds = new Set<string>();
  for (const question of questionnaire.questions) {
    if (question.visibleWhen) for (const id of listConditionQuestionIds(question.visibleWhen)) gateQuestionIds.add(id);
  }
  for (const entry of QUESTION_SCORING) {
    if (entry.fullCreditWhenHidden) for (const id of listConditionQuestionIds(entry.fullCreditWhenHidden)) gateQuestionIds.add(id);
  }
  compiled = {
    questionnaire,
    sectionIds,
    coreSections: sectionIds.map((id) => CORE_SECTION_IDS.includes(id)),
    scoring,
    entriesBySection: sectionIds.map((_, sectionIndex) => scoring.flatMap((entry, position) => (entry.sectionIndex === sectionIndex ? [position] : []))),
    entryByQuestion: new Map(scoring.map((entry, position) => [entry.questionId, position])),
    criticalQuestionIndexes: questionnaire.questions.flatMap((question, index) => (question.critical ? [index] : [])),
    gateQuestionIds,
    claims,
  };
  return compiled;
}

export function getScoringQuestionnaire(): TQuestionnaire {
  return getCompiledModel().questionnaire;
}

function isDontKnow(value: unknown): boolean {
  return value === 'dont_know' || (Array.isArray(value) && value.includes('dont_know'));
}

function computeGradeCap(findings: readonly TFinding[], exposure: TMasterKeyExposure): TGradeCap | null {
  const criticalCount = findings.filter((finding) => finding.severity === 'critical').length;
  const reasons: TGradeCapReason[] = [];
  let grade: TGrade | undefined;
  if (criticalCount >= MANY_CRITICAL_FINDINGS) {
    reasons.push('multiple_critical_findings');
    grade = GRADE_CAP_MANY_CRITICAL;
  } else if (criticalCount > 0) {
    reasons.push('critical_finding');
    grade = GRADE_CAP_ANY_CRITICAL;
  }
  if (exposure.level === 'severe') {
    reasons.push('master_key_exposure_severe');
    grade = grade === undefined ? GRADE_CAP_SEVERE_MASTER_KEY : getWorseGrade(grade, GRADE_CAP_SEVERE_MASTER_KEY);
  }
  return grade === undefined ? null : { grade, reasons };
}

/**
 * Scores answers (hidden answers are pruned first, so raw form state is fine). Expects values that
 * passed validation; use scoreAssessment for untrusted input. Returns the pruned answers with it.
 */
export function computeRiskScore(
  answers: TRawAnswers,
): Omit<TRiskCore, 'view' | 'credits' | 'sectionSums'> & { answers: TAnswers } {
  const view = createAnswerView(answers);
  const { view: _view, credits: _credits, sectionSums: _sums, ...core } = computeRiskCore(view);
  return { ...core, answers: toAnswersObject(view) };
}

/** Credit of one scoring entry for a view: a number, null (not applicable) or undefined (not counted). */
function creditFor(entry: TScoringEntry, view: TAnswerView): number | null | undefined {
  const value = view.values[entry.questionIndex];
  if (value !== undefined) return entry.credit(value);
  return entry.fullCredit && entry.fullCredit(view) ? 1 : undefined;
}

type TSectionSums = { weighted: number[]; weights: number[]; scored: number[]; notApplicable: number[] };

/** (Re)computes one section's sums from the credits, always adding in table order. */
function sumSection(model: TCompiledModel, credits: ReadonlyArray<number | null | undefined>, sums: TSectionSums, sectionIndex: number): void {
  let weighted = 0;
  let weights = 0;
  let scored = 0;
  let notApplicable = 0;
  for (const position of model.entriesBySection[sectionIndex]!) {
    const credit = credits[position];
    if (credit === undefined) continue;
    if (credit === null) {
      notApplicable++;
      continue;
    }
    const entry = model.scoring[position]!;
    weighted += entry.weight * credit;
    weights += entry.weight;
    scored++;
  }
  sums.weighted[sectionIndex] = weighted;
  sums.weights[sectionIndex] = weights;
  sums.scored[sectionIndex] = scored;
  sums.notApplicable[sectionIndex] = notApplicable;
}

/**
 * The hot path on an already pruned view (see answer-view.ts). With `detail: false` (re-scoring for
 * recommendations) finding triggers and master-key drivers are left empty; every number is the same.
 */
export function computeRiskCore(view: TAnswerView, options: { detail?: boolean } = {}): TRiskCore {
  const model = getCompiledModel();
  const credits = model.scoring.map((entry) => creditFor(entry, view));
  const sectionCount = model.sectionIds.length;
  const sums: TSectionSums = { weighted: new Array<number>(sectionCount), weights: new Array<number>(sectionCount), scored: new Array<number>(sectionCount), notApplicable: new Array<number>(sectionCount) };
  for (let index = 0; index < sectionCount; index++) sumSection(model, credits, sums, index);
  let dontKnowCount = 0;
  for (const index of model.criticalQuestionIndexes) if (isDontKnow(view.values[index])) dontKnowCount++;
  return finishRiskCore(model, view, credits, sums, dontKnowCount, options.detail ?? true);
}

/**
 * Re-scores with some answers replaced, reusing the base credits: only the sections of the changed
 * questions are summed again. A change to a gate question (one that decides visibility or full
 * credit elsewhere) falls back to a full re-score. The result equals
 * computeRiskCore(deriveAnswerView(base.view, overrides), { detail: false }) exactly — the sums are
 * added in the same order — which the recommendation tests verify against the plain re-score.
 */
export function rescoreWithOverrides(base: TRiskCore, overrides: readonly TAnswerOverride[]): TRiskCore {
  const model = getCompiledModel();
  const view = deriveAnswerView(base.view, overrides);
  if (overrides.some((override) => model.gateQuestionIds.has(override.questionId))) return computeRiskCore(view, { detail: false });
  const credits = base.credits.slice();
  const sums: TSectionSums = {
    weighted: base.sectionSums.weighted.slice(),
    weights: base.sectionSums.weights.slice(),
    scored: base.sectionSums.scored.slice(),
    notApplicable: base.sectionSums.notApplicable.slice(),
  };
  for (const override of overrides) {
    const position = model.entryByQuestion.get(override.questionId);
    if (position === undefined) continue;
    const entry = model.scoring[position]!;
    credits[position] = creditFor(entry, view);
    sumSection(model, credits, sums, entry.sectionIndex);
  }
  let dontKnowCount = 0;
  for (const index of model.criticalQuestionIndexes) if (isDontKnow(view.values[index])) dontKnowCount++;
  return finishRiskCore(model, view, credits, sums, dontKnowCount, false);
}

function finishRiskCore(
  model: TCompiledModel,
  view: TAnswerView,
  credits: ReadonlyArray<number | null | undefined>,
  sums: TSectionSums,
  dontKnowCount: number,
  detail: boolean,
): TRiskCore {
  const sectionCount = model.sectionIds.length;
  const sections: TSectionScore[] = [];
  let meanNumerator = 0;
  let meanDenominator = 0;
  let weakest = Number.POSITIVE_INFINITY;
  let weakestAll = Number.POSITIVE_INFINITY;
  for (let index = 0; index < sectionCount; index++) {
    const sectionId = model.sectionIds[index]!;
    const weight = SECTION_WEIGHTS[sectionId] ?? 0;
    const raw = weight > 0 && sums.weights[index]! > 0 ? (100 * sums.weighted[index]!) / sums.weights[index]! : null;
    if (raw !== null) {
      meanNumerator += weight * raw;
      meanDenominator += weight;
      weakestAll = Math.min(weakestAll, raw);
      if (model.coreSections[index]) weakest = Math.min(weakest, raw);
    }
    sections.push({
      sectionId,
      weight,
      score: raw === null ? null : roundTo(raw, 1),
      scoredQuestions: sums.scored[index]!,
      notApplicableQuestions: sums.notApplicable[index]!,
    });
  }

  const dontKnowPenalty = Math.min(DONT_KNOW_PENALTY_MAX, dontKnowCount * DONT_KNOW_PENALTY_PER_ITEM);
  // In a preview without any core answer yet, the weakest answered section stands in.
  const weakestTerm = Number.isFinite(weakest) ? weakest : weakestAll;
  const base = meanDenominator > 0 ? MEAN_WEIGHT * (meanNumerator / meanDenominator) + WEAKEST_WEIGHT * weakestTerm : 0;
  const score = roundTo(clamp(base - dontKnowPenalty, 0, 100), 1);

  const masterKeyExposure = computeMasterKeyExposure(view, detail);
  const findings = evaluateFindings(view, detail);
  if (masterKeyExposure.level === 'high' || masterKeyExposure.level === 'severe') {
    const questionIds = detail ? [...new Set(masterKeyExposure.drivers.flatMap((driver) => driver.questionIds))] : [];
    findings.push({
      id: MASTER_KEY_FINDING_ID,
      severity: masterKeyExposure.level === 'severe' ? 'critical' : 'high',
      sectionId: 'tokens_keys',
      triggers: listTriggers(view, questionIds),
    });
  }

  const uncappedGrade = getGradeForScore(score);
  const gradeCap = computeGradeCap(findings, masterKeyExposure);
  const grade = gradeCap ? getWorseGrade(uncappedGrade, gradeCap.grade) : uncappedGrade;

  let claimsNumerator = 0;
  let claimsDenominator = 0;
  for (const { weight, scoring, questionIndex } of model.claims) {
    const value = view.values[questionIndex];
    if (value === undefined) continue;
    const credit = scoring.credit(value);
    if (credit === null) continue;
    claimsNumerator += weight * credit;
    claimsDenominator += weight;
  }
  const claimsReadiness = claimsDenominator > 0 ? roundTo((100 * claimsNumerator) / claimsDenominator, 1) : null;

  return {
    score,
    grade,
    uncappedGrade,
    gradeCap,
    dontKnowPenalty,
    sections,
    findings,
    masterKeyExposure,
    claimsReadiness,
    view,
    credits,
    sectionSums: sums,
  };
}
