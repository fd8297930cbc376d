// The one scoring path: answers -> section scores, overall score, grade and cap, findings,
// master-key exposure and claims readiness. scoreAssessment runs it once on the answers, and the
// recommendations run it once per candidate control on the answers with that control in place.
//
// Speed comes from caching inside this path, never from a second implementation: a what-if
// evaluation is given the evaluation it derives from (`base`), and every part whose inputs did not
// change is taken from it — a question's credit, a section's sums, a finding rule's outcome (a rule
// reads only its questionIds), the master-key exposure (it reads only MASTER_KEY_QUESTION_IDS) and
// claims readiness. What may have changed is computed exactly as without a base, and a section's sums
// are always re-added over the whole section in table order, so the result is the same either way
// (property-tested).
import { compileCondition, listConditionQuestionIds } from '@/lib/questionnaire';
import type { TCompiledCondition, TQuestionnaire, TRawAnswers } from '@/lib/questionnaire';

import { createAnswerView, getAnswerLayout } from './answers';
import type { AnswerView, TAnswerLayout } from './answers';
import { FINDING_RULES, MASTER_KEY_FINDING_ID, evaluateFindingRule, listTriggers } from './findings';
import { computeGradeCap, getGradeForScore, getWorseGrade } from './grades';
import { clamp, roundTo } from './math';
import { MASTER_KEY_QUESTION_IDS, computeMasterKeyExposure } from './master-key';
import { QUESTION_SCORING } from './question-credits';
import type { TQuestionScoring } from './question-credits';
import type { TFinding, TMasterKeyExposure, TRiskAssessment, TSectionScore } from './types';
import {
  CLAIMS_READINESS_WEIGHTS,
  CORE_SECTION_IDS,
  DONT_KNOW_PENALTY_MAX,
  DONT_KNOW_PENALTY_PER_ITEM,
  MEAN_WEIGHT,
  SECTION_WEIGHTS,
  WEAKEST_WEIGHT,
} from './weights';

/** The risk stage's fields (score 0..100, HIGHER = STRONGER) plus what re-scoring needs. */
export type TRiskEvaluation = Omit<TRiskAssessment, 'direction'> & {
  /** The score before it is clamped to 0..100 (one decimal): what a what-if gains even at 0. */
  rawScore: number;
  /** 0..100, null when none of its questions is answered. */
  claimsReadiness: number | null;
  /** The pruned answers the evaluation was computed from. */
  view: AnswerView;
  /** The cache a what-if evaluation derived from this one reuses (see the header). */
  memo: TMemo;
};

type TMemo = {
  /** By scoring-entry position: a credit in 0..1, null (not applicable) or undefined (not counted). */
  credits: ReadonlyArray<number | null | undefined>;
  /** By section position: the unrounded section score, or null when nothing of it is scored. */
  sectionRaw: ReadonlyArray<number | null>;
  /** By finding-rule position: the finding it raises, or null. */
  ruleFindings: ReadonlyArray<TFinding | null>;
  /** The master-key finding (high, or critical when severe), or null. */
  masterKeyFinding: TFinding | null;
  /** How many findings are critical (knock-outs). */
  criticalCount: number;
};

type TCompiledEntry = TQuestionScoring & {
  sectionIndex: number;
  questionIndex: number;
  fullCredit: TCompiledCondition | undefined;
};

type TCompiledModel = {
  layout: TAnswerLayout;
  sectionIds: readonly string[];
  /** SECTION_WEIGHTS by section position (0 for a section without weight). */
  sectionWeights: readonly number[];
  coreSections: readonly boolean[];
  /** The scoring entries whose question this questionnaire has, in table order. */
  entries: readonly TCompiledEntry[];
  /** Entry positions per section, in table order (sums are always added in this order). */
  entriesBySection: ReadonlyArray<readonly number[]>;
  /** By question position: the entries whose credit reads it (its own, or the gate of fullCreditWhenHidden). */
  entriesByQuestion: ReadonlyArray<readonly number[]>;
  /** By question position: the finding rules that read it (their questionIds). */
  rulesByQuestion: ReadonlyArray<readonly number[]>;
  /** By question position: whether the master-key exposure reads it (MASTER_KEY_QUESTION_IDS). */
  readByMasterKey: readonly boolean[];
  /** By question position: whether claims readiness reads it. */
  readByClaims: readonly boolean[];
  claims: ReadonlyArray<{ weight: number; entry: TCompiledEntry }>;
};

const models = new WeakMap<TQuestionnaire, TCompiledModel>();

/** For each question position, the positions in `items` whose read list contains it. */
function invert(questionCount: number, items: ReadonlyArray<readonly number[]>): number[][] {
  const byQuestion = Array.from({ length: questionCount }, (): number[] => []);
  items.forEach((reads, position) => {
    for (const index of reads) if (!byQuestion[index]!.includes(position)) byQuestion[index]!.push(position);
  });
  return byQuestion;
}

/** The model's tables resolved against one questionnaire version (built once per version). */
function getCompiledModel(questionnaire: TQuestionnaire): TCompiledModel {
  const cached = models.get(questionnaire);
  if (cached) return cached;
  const layout = getAnswerLayout(questionnaire);
  const positionsOf = (questionIds: readonly string[]): number[] =>
    questionIds.flatMap((id) => (layout.indexById.has(id) ? [layout.indexById.get(id)!] : []));
  const sectionIds = questionnaire.sections.map((section) => section.id);
  const entries: TCompiledEntry[] = [];
  const entryReads: number[][] = [];
  for (const entry of QUESTION_SCORING) {
    const questionIndex = layout.indexById.get(entry.questionId);
    if (questionIndex === undefined) continue;
    entries.push({
      ...entry,
      sectionIndex: sectionIds.indexOf(questionnaire.questions[questionIndex]!.sectionId),
      questionIndex,
      fullCredit: entry.fullCreditWhenHidden ? compileCondition(entry.fullCreditWhenHidden) : undefined,
    });
    entryReads.push(positionsOf([entry.questionId, ...(entry.fullCreditWhenHidden ? listConditionQuestionIds(entry.fullCreditWhenHidden) : [])]));
  }
  const claims = Object.entries(CLAIMS_READINESS_WEIGHTS).flatMap(([questionId, weight]) => {
    const entry = entries.find((candidate) => candidate.questionId === questionId);
    return entry ? [{ weight, entry }] : [];
  });
  const masterKeyReads = positionsOf(MASTER_KEY_QUESTION_IDS);
  const claimsReads = claims.map(({ entry }) => entry.questionIndex);
  const model: TCompiledModel = {
    layout,
    sectionIds,
    sectionWeights: sectionIds.map((id) => SECTION_WEIGHTS[id] ?? 0),
    coreSections: sectionIds.map((id) => CORE_SECTION_IDS.includes(id)),
    entries,
    entriesBySection: sectionIds.map((_, sectionIndex) => entries.flatMap((entry, position) => (entry.sectionIndex === sectionIndex ? [position] : []))),
    entriesByQuestion: invert(layout.questionIds.length, entryReads),
    rulesByQuestion: invert(
      layout.questionIds.length,
      FINDING_RULES.map((rule) => positionsOf(rule.questionIds)),
    ),
    readByMasterKey: layout.questionIds.map((_, index) => masterKeyReads.includes(index)),
    readByClaims: layout.questionIds.map((_, index) => claimsReads.includes(index)),
    claims,
  };
  models.set(questionnaire, model);
  return model;
}

/** Credit of one scoring entry: a number, null (not applicable) or undefined (not counted). */
function creditFor(entry: TCompiledEntry, view: AnswerView): number | null | undefined {
  const value = view.values[entry.questionIndex];
  if (value !== undefined) return entry.credit(value);
  return entry.fullCredit && entry.fullCredit(view) ? 1 : undefined;
}

function isDontKnow(value: unknown): boolean {
  return value === 'dont_know' || (Array.isArray(value) && value.includes('dont_know'));
}

function computeClaimsReadiness(model: TCompiledModel, view: AnswerView): number | null {
  let numerator = 0;
  let denominator = 0;
  for (const { weight, entry } of model.claims) {
    const value = view.values[entry.questionIndex];
    if (value === undefined) continue;
    const credit = entry.credit(value);
    if (credit === null) continue;
    numerator += weight * credit;
    denominator += weight;
  }
  return denominator > 0 ? roundTo((100 * numerator) / denominator, 1) : null;
}

/**
 * One section's score from the credits, its entries always added in table order; its unrounded score
 * is written to `raws` (no wrapper object: this runs for every what-if).
 */
function scoreSection(model: TCompiledModel, credits: ReadonlyArray<number | null | undefined>, sectionIndex: number, raws: Array<number | null>): TSectionScore {
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
    const entry = model.entries[position]!;
    weighted += entry.weight * credit;
    weights += entry.weight;
    scored++;
  }
  const weight = model.sectionWeights[sectionIndex]!;
  const raw = weight > 0 && weights > 0 ? (100 * weighted) / weights : null;
  raws[sectionIndex] = raw;
  return { sectionId: model.sectionIds[sectionIndex]!, weight, score: raw === null ? null : roundTo(raw, 1), scoredQuestions: scored, notApplicableQuestions: notApplicable };
}

/** The master-key finding: high exposure is a high finding, severe a critical one; triggered by its drivers' answers. */
function buildMasterKeyFinding(exposure: TMasterKeyExposure, view: AnswerView): TFinding | null {
  if (exposure.level !== 'high' && exposure.level !== 'severe') return null;
  const questionIds: string[] = [];
  for (const driver of exposure.drivers) for (const id of driver.questionIds) if (!questionIds.includes(id)) questionIds.push(id);
  return { id: MASTER_KEY_FINDING_ID, severity: exposure.level === 'severe' ? 'critical' : 'high', sectionId: 'tokens_keys', triggers: listTriggers(view, questionIds) };
}

/**
 * Scores a pruned view. With `base` (an evaluation of the same questionnaire) it reuses every part
 * whose inputs are unchanged; the result is identical to evaluating without a base.
 */
export function evaluateRisk(view: AnswerView, base?: TRiskEvaluation): TRiskEvaluation {
  const model = getCompiledModel(view.layout.questionnaire);
  if (base && base.view.layout !== view.layout) throw new Error('evaluateRisk: the base was scored on another questionnaire');
  const entryCount = model.entries.length;
  const ruleCount = FINDING_RULES.length;
  const sectionCount = model.sectionIds.length;

  // What may differ from the base: the parts that read a changed answer. Without a base, everything.
  let credits: Array<number | null | undefined>;
  let ruleFindings: Array<TFinding | null>;
  let staleSections: boolean[] | null = null;
  let masterKeyStale = true;
  let claimsStale = true;
  /** Whether a finding rule's outcome may differ from the base (then the findings list is rebuilt). */
  let rulesStale = true;
  if (base) {
    credits = base.memo.credits.slice();
    ruleFindings = base.memo.ruleFindings.slice();
    staleSections = new Array<boolean>(sectionCount).fill(false);
    masterKeyStale = false;
    claimsStale = false;
    rulesStale = false;
    for (let index = 0; index < view.values.length; index++) {
      if (view.values[index] === base.view.values[index]) continue;
      for (const position of model.entriesByQuestion[index]!) {
        credits[position] = creditFor(model.entries[position]!, view);
        staleSections[model.entries[position]!.sectionIndex] = true;
      }
      for (const position of model.rulesByQuestion[index]!) {
        const finding = evaluateFindingRule(FINDING_RULES[position]!, view);
        // A finding re-made here is a new object (its triggers read the changed answer): the list is
        // rebuilt unless the rule stays silent.
        if (finding !== null || base.memo.ruleFindings[position] !== null) rulesStale = true;
        ruleFindings[position] = finding;
      }
      if (model.readByMasterKey[index]) masterKeyStale = true;
      if (model.readByClaims[index]) claimsStale = true;
    }
  } else {
    credits = new Array<number | null | undefined>(entryCount);
    for (let position = 0; position < entryCount; position++) credits[position] = creditFor(model.entries[position]!, view);
    ruleFindings = new Array<TFinding | null>(ruleCount);
    for (let position = 0; position < ruleCount; position++) ruleFindings[position] = evaluateFindingRule(FINDING_RULES[position]!, view);
  }

  // Sections, then the overall score: weighted mean and weakest core section (in a preview without
  // any core answer yet, the weakest answered section stands in), minus the "don't know" penalty.
  const sections = base ? base.sections.slice() : new Array<TSectionScore>(sectionCount);
  const sectionRaw = base ? base.memo.sectionRaw.slice() : new Array<number | null>(sectionCount);
  let meanNumerator = 0;
  let meanDenominator = 0;
  let weakest = Number.POSITIVE_INFINITY;
  let weakestAll = Number.POSITIVE_INFINITY;
  for (let sectionIndex = 0; sectionIndex < sectionCount; sectionIndex++) {
    if (staleSections === null || staleSections[sectionIndex]) sections[sectionIndex] = scoreSection(model, credits, sectionIndex, sectionRaw);
    const raw = sectionRaw[sectionIndex]!;
    if (raw !== null) {
      meanNumerator += model.sectionWeights[sectionIndex]! * raw;
      meanDenominator += model.sectionWeights[sectionIndex]!;
      weakestAll = Math.min(weakestAll, raw);
      if (model.coreSections[sectionIndex]) weakest = Math.min(weakest, raw);
    }
  }
  let dontKnowCount = 0;
  for (const index of model.layout.criticalIndexes) if (isDontKnow(view.values[index])) dontKnowCount++;
  const dontKnowPenalty = Math.min(DONT_KNOW_PENALTY_MAX, dontKnowCount * DONT_KNOW_PENALTY_PER_ITEM);
  const weakestTerm = Number.isFinite(weakest) ? weakest : weakestAll;
  const mean = meanDenominator > 0 ? MEAN_WEIGHT * (meanNumerator / meanDenominator) + WEAKEST_WEIGHT * weakestTerm : 0;
  const rawScore = roundTo(mean - dontKnowPenalty, 1);
  const score = roundTo(clamp(mean - dontKnowPenalty, 0, 100), 1);

  // Findings: the rules in table order, then the master-key finding.
  const masterKeyExposure = base && !masterKeyStale ? base.masterKeyExposure : computeMasterKeyExposure(view);
  const masterKeyFinding = base && !masterKeyStale ? base.memo.masterKeyFinding : buildMasterKeyFinding(masterKeyExposure, view);
  let findings: TFinding[];
  let criticalCount = 0;
  if (base && !rulesStale && masterKeyFinding === base.memo.masterKeyFinding) {
    // Every finding is the base's: share its list (results are never mutated).
    findings = base.findings;
    criticalCount = base.memo.criticalCount;
  } else {
    findings = [];
    for (const finding of ruleFindings) {
      if (finding === null) continue;
      findings.push(finding);
      if (finding.severity === 'critical') criticalCount++;
    }
    if (masterKeyFinding) {
      findings.push(masterKeyFinding);
      if (masterKeyFinding.severity === 'critical') criticalCount++;
    }
  }

  const uncappedGrade = getGradeForScore(score);
  const gradeCap = computeGradeCap(criticalCount, masterKeyExposure.level);
  return {
    score,
    rawScore,
    grade: gradeCap ? getWorseGrade(uncappedGrade, gradeCap.grade) : uncappedGrade,
    uncappedGrade,
    gradeCap,
    dontKnowPenalty,
    sections,
    findings,
    masterKeyExposure,
    claimsReadiness: base && !claimsStale ? base.claimsReadiness : computeClaimsReadiness(model, view),
    view,
    memo: { credits, sectionRaw, ruleFindings, masterKeyFinding, criticalCount },
  };
}

/** evaluateRisk of raw answers (hidden answers pruned first), for callers that hold plain answers. */
export function evaluateRiskOfAnswers(questionnaire: TQuestionnaire, answers: TRawAnswers): TRiskEvaluation {
  return evaluateRisk(createAnswerView(questionnaire, answers));
}
