// The fast core: answers -> section scores, overall score, grade, findings, master-key exposure and
// claims readiness. No validation and no allocation-heavy work here, because the recommendations
// re-run it once per candidate control (tens of microseconds per call).
import { compileCondition, isAnswered, listConditionQuestionIds } from '@/lib/questionnaire';
import type { TAnswers, TQuestionnaire, TRawAnswers } from '@/lib/questionnaire';

import { AnswerView, createAnswerView, deriveAnswerView, getViewModel, toAnswersObject } from './answer-view';
import type { TAnswerOverride, TAnswerView } from './answer-view';
import { FINDING_RULES, MASTER_KEY_FINDING_ID, evaluateFindings, listTriggers } from './findings';
import { MASTER_KEY_QUESTION_IDS, computeMasterKeyExposure } from './master-key';
import { QUESTION_SCORING } from './question-credits';
import type { TQuestionScoring } from './question-credits';
import type { TGrade, TGradeCap, TGradeCapReason, TMasterKeyExposure, TMasterKeyLevel, TRiskAssessment, TSectionScore } from './types';
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

/** The risk stage's fields (score 0..100, HIGHER = STRONGER) plus what re-scoring needs. */
export type TRiskCore = Omit<TRiskAssessment, 'direction'> & {
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
  /** SECTION_WEIGHTS by section position (0 for a section without weight). */
  sectionWeights: readonly number[];
  coreSections: readonly boolean[];
  scoring: readonly TScoringEntry[];
  /** Scoring-entry positions per section, in table order (sums are always added in this order). */
  entriesBySection: ReadonlyArray<readonly number[]>;
  /** By question position: its scoring-entry positions. */
  entriesByQuestion: ReadonlyArray<readonly number[]>;
  /** Scoring entries whose credit depends on other answers (full credit when hidden). */
  gatedCreditPositions: readonly number[];
  criticalQuestionIndexes: readonly number[];
  /** Questions that decide visibility or full credit elsewhere: changing one can change other credits. */
  gateQuestionIds: ReadonlySet<string>;
  claims: ReadonlyArray<{ weight: number; scoring: TQuestionScoring; questionIndex: number }>;
  /** Position of each finding rule in FINDING_RULES, by id. */
  ruleIndexById: ReadonlyMap<string, number>;
  /** By question position: the finding rules that read the question (their questionIds). */
  rulesByQuestion: ReadonlyArray<readonly number[]>;
  criticalRuleIndexes: readonly number[];
  /** By question position: whether the master-key exposure reads the question. */
  readByMasterKey: readonly boolean[];
  /** By question position: whether claims readiness reads the question. */
  readByClaims: readonly boolean[];
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
  const ruleIndexById = new Map(FINDING_RULES.map((rule, index) => [rule.id, index]));
  if (ruleIndexById.size !== FINDING_RULES.length) throw new Error('Finding rule ids must be unique');
  compiled = {
    questionnaire,
    sectionIds,
    sectionWeights: sectionIds.map((id) => SECTION_WEIGHTS[id] ?? 0),
    coreSections: sectionIds.map((id) => CORE_SECTION_IDS.includes(id)),
    scoring,
    entriesBySection: sectionIds.map((_, sectionIndex) => scoring.flatMap((entry, position) => (entry.sectionIndex === sectionIndex ? [position] : []))),
    entriesByQuestion: questionnaire.questions.map((_, questionIndex) =>
      scoring.flatMap((entry, position) => (entry.questionIndex === questionIndex ? [position] : [])),
    ),
    gatedCreditPositions: scoring.flatMap((entry, position) => (entry.fullCredit ? [position] : [])),
    criticalQuestionIndexes: questionnaire.questions.flatMap((question, index) => (question.critical ? [index] : [])),
    gateQuestionIds,
    claims,
    ruleIndexById,
    rulesByQuestion: questionnaire.questions.map((question) =>
      FINDING_RULES.flatMap((rule, index) => (rule.questionIds.includes(question.id) ? [index] : [])),
    ),
    criticalRuleIndexes: FINDING_RULES.flatMap((rule, index) => (rule.severity === 'critical' ? [index] : [])),
    readByMasterKey: questionnaire.questions.map((question) => MASTER_KEY_QUESTION_IDS.includes(question.id)),
    readByClaims: questionnaire.questions.map((_, index) => claims.some((entry) => entry.questionIndex === index)),
  };
  return compiled;
}

export function getScoringQuestionnaire(): TQuestionnaire {
  return getCompiledModel().questionnaire;
}

function isDontKnow(value: unknown): boolean {
  return value === 'dont_know' || (Array.isArray(value) && value.includes('dont_know'));
}

function computeGradeCap(criticalCount: number, exposureLevel: TMasterKeyLevel): TGradeCap | null {
  const reasons: TGradeCapReason[] = [];
  let grade: TGrade | undefined;
  if (criticalCount >= MANY_CRITICAL_FINDINGS) {
    reasons.push('multiple_critical_findings');
    grade = GRADE_CAP_MANY_CRITICAL;
  } else if (criticalCount > 0) {
    reasons.push('critical_finding');
    grade = GRADE_CAP_ANY_CRITICAL;
  }
  if (exposureLevel === 'severe') {
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

function createSectionSums(model: TCompiledModel): TSectionSums {
  const count = model.sectionIds.length;
  return { weighted: new Array<number>(count), weights: new Array<number>(count), scored: new Array<number>(count), notApplicable: new Array<number>(count) };
}

function countDontKnow(model: TCompiledModel, view: TAnswerView): number {
  let count = 0;
  for (const index of model.criticalQuestionIndexes) if (isDontKnow(view.values[index])) count++;
  return count;
}

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
  const sums = createSectionSums(model);
  for (let index = 0; index < model.sectionIds.length; index++) sumSection(model, credits, sums, index);
  return finishRiskCore(model, view, credits, sums, countDontKnow(model, view), options.detail ?? true);
}

/**
 * The view with overrides applied when none of them can change what else is visible or credited:
 * every override is a non-gate question that is visible and answered in the base, and its new value
 * is answered. Then re-pruning would keep every value, so this equals deriveAnswerView. Otherwise null.
 */
function deriveUngatedView(model: TCompiledModel, base: TAnswerView, overrides: readonly TAnswerOverride[]): AnswerView | null {
  const { indexById } = getViewModel();
  for (const override of overrides) {
    const index = indexById.get(override.questionId);
    if (index === undefined || model.gateQuestionIds.has(override.questionId) || base.values[index] === undefined || !isAnswered(override.value)) return null;
  }
  const values = base.values.slice();
  for (const override of overrides) values[indexById.get(override.questionId)!] = override.value;
  return new AnswerView(values, indexById);
}

type TRescored = {
  view: TAnswerView;
  credits: Array<number | null | undefined>;
  sums: TSectionSums;
  dontKnowCount: number;
  /** Positions of the questions whose value differs from the base view. */
  changedIndexes: number[];
};

/**
 * The view, credits and section sums with overrides applied, recomputing only what can differ from
 * the base: the credits of questions whose value changed (plus, after a gate change, every credit
 * that depends on a gate) and the sums of their sections. Sums are always re-added over the whole
 * section in table order, so every number equals a full re-score.
 */
function rescoreCredits(model: TCompiledModel, base: TRiskCore, overrides: readonly TAnswerOverride[]): TRescored {
  const ungated = deriveUngatedView(model, base.view, overrides);
  const view = ungated ?? deriveAnswerView(base.view, overrides);
  const changedIndexes: number[] = [];
  if (ungated) {
    const { indexById } = getViewModel();
    for (const override of overrides) changedIndexes.push(indexById.get(override.questionId)!);
  } else {
    for (let index = 0; index < view.values.length; index++) if (view.values[index] !== base.view.values[index]) changedIndexes.push(index);
  }
  const credits = base.credits.slice();
  const sums: TSectionSums = {
    weighted: base.sectionSums.weighted.slice(),
    weights: base.sectionSums.weights.slice(),
    scored: base.sectionSums.scored.slice(),
    notApplicable: base.sectionSums.notApplicable.slice(),
  };
  const dirtySections: number[] = [];
  for (const index of changedIndexes) {
    for (const position of model.entriesByQuestion[index]!) updateCredit(model, view, credits, position, dirtySections);
  }
  if (!ungated) for (const position of model.gatedCreditPositions) updateCredit(model, view, credits, position, dirtySections);
  for (const sectionIndex of dirtySections) sumSection(model, credits, sums, sectionIndex);
  return { view, credits, sums, dontKnowCount: countDontKnow(model, view), changedIndexes };
}

function updateCredit(model: TCompiledModel, view: TAnswerView, credits: Array<number | null | undefined>, position: number, dirtySections: number[]): void {
  const entry = model.scoring[position]!;
  credits[position] = creditFor(entry, view);
  if (!dirtySections.includes(entry.sectionIndex)) dirtySections.push(entry.sectionIndex);
}

/**
 * Re-scores with some answers replaced, reusing the base credits where possible (see
 * rescoreCredits). The result equals computeRiskCore(deriveAnswerView(base.view, overrides),
 * { detail: false }) exactly, which the property tests verify against the plain re-score.
 */
export function rescoreWithOverrides(base: TRiskCore, overrides: readonly TAnswerOverride[]): TRiskCore {
  const model = getCompiledModel();
  const { view, credits, sums, dontKnowCount } = rescoreCredits(model, base, overrides);
  return finishRiskCore(model, view, credits, sums, dontKnowCount, false);
}

/** A scored base prepared for many summariseRescore calls. */
export type TRescoreBase = {
  core: TRiskCore;
  /** 1 where the finding rule at that position fires for the base answers. */
  firedRules: readonly number[];
  /** By rule position: the position of its finding in core.findings, or -1. */
  findingPositionByRule: readonly number[];
  /** Position of the master-key finding in core.findings, or -1. */
  masterKeyFindingPosition: number;
  criticalRuleCount: number;
};

export function prepareRescore(core: TRiskCore): TRescoreBase {
  const model = getCompiledModel();
  const firedRules = new Array<number>(FINDING_RULES.length).fill(0);
  const findingPositionByRule = new Array<number>(FINDING_RULES.length).fill(-1);
  let masterKeyFindingPosition = -1;
  core.findings.forEach((finding, position) => {
    const index = model.ruleIndexById.get(finding.id);
    if (index !== undefined) {
      firedRules[index] = 1;
      findingPositionByRule[index] = position;
    } else if (finding.id === MASTER_KEY_FINDING_ID) masterKeyFindingPosition = position;
  });
  let criticalRuleCount = 0;
  for (const index of model.criticalRuleIndexes) criticalRuleCount += firedRules[index]!;
  return { core, firedRules, findingPositionByRule, masterKeyFindingPosition, criticalRuleCount };
}

/** What a recommendation needs from a re-score; the numbers equal rescoreWithOverrides'. */
export type TRescoreSummary = {
  score: number;
  grade: TGrade;
  masterKeyExposureScore: number;
  claimsReadiness: number | null;
  /** Ids of the base findings that no longer fire, in base order. */
  resolvedFindingIds: string[];
  /** Whether one of them is critical (a knock-out). */
  resolvesKnockOut: boolean;
};

/**
 * rescoreWithOverrides reduced to the numbers the recommendations use, without building section,
 * finding or grade-cap objects. Only the finding rules that read an answer that differs from the
 * base are re-evaluated (a rule reads only its questionIds), and the master-key exposure is
 * recomputed only when it reads one of those answers (MASTER_KEY_QUESTION_IDS); the property tests
 * check both dependencies.
 */
export function summariseRescore(prepared: TRescoreBase, overrides: readonly TAnswerOverride[]): TRescoreSummary {
  const model = getCompiledModel();
  const base = prepared.core;
  const { view, sums, dontKnowCount, changedIndexes } = rescoreCredits(model, base, overrides);
  const score = computeOverallScore(model, sums, dontKnowCount);

  // Rule positions whose outcome differs from the base (few: usually the rules of one question).
  const flipped: number[] = [];
  let criticalCount = prepared.criticalRuleCount;
  let masterKeyExposure: Pick<TMasterKeyExposure, 'score' | 'level'> = base.masterKeyExposure;
  let masterKeyChanged = false;
  let claimsChanged = false;
  for (const questionIndex of changedIndexes) {
    for (const ruleIndex of model.rulesByQuestion[questionIndex]!) checkRule(prepared, view, ruleIndex, flipped);
    if (model.readByMasterKey[questionIndex]) masterKeyChanged = true;
    if (model.readByClaims[questionIndex]) claimsChanged = true;
  }
  if (masterKeyChanged) masterKeyExposure = computeMasterKeyExposure(view, false);
  for (const ruleIndex of flipped) {
    if (FINDING_RULES[ruleIndex]!.severity === 'critical') criticalCount += prepared.firedRules[ruleIndex] === 1 ? -1 : 1;
  }
  const masterKeyFinding = masterKeyExposure.level === 'high' || masterKeyExposure.level === 'severe';
  if (masterKeyExposure.level === 'severe') criticalCount++;
  // Resolved = fired in the base and not any more: flipped rules that had a finding, and the
  // master-key finding when the exposure dropped below 'high'. Listed in base order.
  const resolvedPositions: number[] = [];
  for (const ruleIndex of flipped) {
    const position = prepared.findingPositionByRule[ruleIndex]!;
    if (position >= 0) resolvedPositions.push(position);
  }
  if (prepared.masterKeyFindingPosition >= 0 && !masterKeyFinding) resolvedPositions.push(prepared.masterKeyFindingPosition);
  if (resolvedPositions.length > 1) resolvedPositions.sort((a, b) => a - b);
  const resolvedFindingIds: string[] = [];
  let resolvesKnockOut = false;
  for (const position of resolvedPositions) {
    const finding = base.findings[position]!;
    resolvedFindingIds.push(finding.id);
    if (finding.severity === 'critical') resolvesKnockOut = true;
  }
  const uncappedGrade = getGradeForScore(score);
  const gradeCap = computeGradeCap(criticalCount, masterKeyExposure.level);
  return {
    score,
    grade: gradeCap ? getWorseGrade(uncappedGrade, gradeCap.grade) : uncappedGrade,
    masterKeyExposureScore: masterKeyExposure.score,
    claimsReadiness: claimsChanged ? computeClaimsReadiness(model, view) : base.claimsReadiness,
    resolvedFindingIds,
    resolvesKnockOut,
  };
}

/** Evaluates one finding rule on the view and records it when its outcome differs from the base. */
function checkRule(prepared: TRescoreBase, view: TAnswerView, ruleIndex: number, flipped: number[]): void {
  const fires = FINDING_RULES[ruleIndex]!.when(view) ? 1 : 0;
  if (fires !== prepared.firedRules[ruleIndex] && !flipped.includes(ruleIndex)) flipped.push(ruleIndex);
}

/** The section's raw score (0..100, unrounded), or null when it has no weight or nothing scored. */
function computeSectionRaw(sums: TSectionSums, index: number, weight: number): number | null {
  return weight > 0 && sums.weights[index]! > 0 ? (100 * sums.weighted[index]!) / sums.weights[index]! : null;
}

/** Overall score from the section sums: weighted mean and weakest core section, minus the penalty. */
function computeOverallScore(model: TCompiledModel, sums: TSectionSums, dontKnowCount: number): number {
  let meanNumerator = 0;
  let meanDenominator = 0;
  let weakest = Number.POSITIVE_INFINITY;
  let weakestAll = Number.POSITIVE_INFINITY;
  for (let index = 0; index < model.sectionIds.length; index++) {
    const weight = model.sectionWeights[index]!;
    const raw = computeSectionRaw(sums, index, weight);
    if (raw !== null) {
      meanNumerator += weight * raw;
      meanDenominator += weight;
      weakestAll = Math.min(weakestAll, raw);
      if (model.coreSections[index]) weakest = Math.min(weakest, raw);
    }
  }
  const dontKnowPenalty = computeDontKnowPenalty(dontKnowCount);
  // In a preview without any core answer yet, the weakest answered section stands in.
  const weakestTerm = Number.isFinite(weakest) ? weakest : weakestAll;
  const base = meanDenominator > 0 ? MEAN_WEIGHT * (meanNumerator / meanDenominator) + WEAKEST_WEIGHT * weakestTerm : 0;
  return roundTo(clamp(base - dontKnowPenalty, 0, 100), 1);
}

function computeDontKnowPenalty(dontKnowCount: number): number {
  return Math.min(DONT_KNOW_PENALTY_MAX, dontKnowCount * DONT_KNOW_PENALTY_PER_ITEM);
}

function computeClaimsReadiness(model: TCompiledModel, view: TAnswerView): number | null {
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
  return claimsDenominator > 0 ? roundTo((100 * claimsNumerator) / claimsDenominator, 1) : null;
}

function finishRiskCore(
  model: TCompiledModel,
  view: TAnswerView,
  credits: ReadonlyArray<number | null | undefined>,
  sums: TSectionSums,
  dontKnowCount: number,
  detail: boolean,
): TRiskCore {
  const sections: TSectionScore[] = [];
  for (let index = 0; index < model.sectionIds.length; index++) {
    const weight = model.sectionWeights[index]!;
    const raw = computeSectionRaw(sums, index, weight);
    sections.push({
      sectionId: model.sectionIds[index]!,
      weight,
      score: raw === null ? null : roundTo(raw, 1),
      scoredQuestions: sums.scored[index]!,
      notApplicableQuestions: sums.notApplicable[index]!,
    });
  }
  const dontKnowPenalty = computeDontKnowPenalty(dontKnowCount);
  const score = computeOverallScore(model, sums, dontKnowCount);

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
  let criticalCount = 0;
  for (const finding of findings) if (finding.severity === 'critical') criticalCount++;
  const gradeCap = computeGradeCap(criticalCount, masterKeyExposure.level);
  const grade = gradeCap ? getWorseGrade(uncappedGrade, gradeCap.grade) : uncappedGrade;

  return {
    score,
    grade,
    uncappedGrade,
    gradeCap,
    dontKnowPenalty,
    sections,
    findings,
    masterKeyExposure,
    claimsReadiness: computeClaimsReadiness(model, view),
    view,
    credits,
    sectionSums: sums,
  };
}
