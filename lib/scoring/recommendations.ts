// Prioritised recommendations: each candidate control is applied to the answers and the answers are
// re-scored through the same path as the assessment itself (evaluateRisk, with the assessment's
// evaluation as its cache). Uplift, exposure reduction, claims-readiness gain, expected-loss
// reduction and the insurability after are differences between the two scorings — computed, never
// typed by hand — so they stay consistent with the model by construction.
import type { TAnswers, TQuestionnaire, TRawAnswers } from '@/lib/questionnaire';

import { createAnswerView, deriveAnswerView, toAnswers } from './answers';
import type { TAnswerOverride } from './answers';
import { CONTROLS, getControl, listControlChanges } from './controls';
import type { TControlChange } from './controls';
import { evaluateRisk } from './evaluate-risk';
import type { TRiskEvaluation } from './evaluate-risk';
import { roundTo } from './math';
import { hasSameInsurabilityInputs } from './insurability';
import { assessInsurability } from './insurance-indication';
import { computeExpectedLossOfRisk, readLossContext, sharesLossContext } from './loss-mapping';
import type { TFinding, TInsurability, TRecommendation } from './types';

/** Effort weights used to order recommendations by uplift per effort. */
export const EFFORT_COST = { low: 1, medium: 2, high: 4 } as const;

/**
 * The answers with one control in place (pruned, so a changed gate hides its follow-ups), or null
 * when the control is unknown or changes nothing. Re-scoring these answers gives the uplift.
 */
export function applyControl(
  questionnaire: TQuestionnaire,
  controlId: string,
  answers: TRawAnswers,
): { answers: TAnswers; changes: TControlChange[] } | null {
  const control = getControl(controlId);
  if (!control) return null;
  const view = createAnswerView(questionnaire, answers);
  const changes = listControlChanges(control, view);
  if (!changes) return null;
  const applied = deriveAnswerView(view, toOverrides(changes));
  return { answers: toAnswers(applied), changes };
}

// Loops below use plain functions, not closures: the CLI and the benchmark run under tsx, whose
// keepNames makes every closure created in a hot loop costly.
function toOverrides(changes: readonly TControlChange[]): TAnswerOverride[] {
  const overrides: TAnswerOverride[] = [];
  for (const change of changes) overrides.push({ questionId: change.questionId, value: change.to });
  return overrides;
}

/** The base's findings that no longer fire after the change, in base order (rules, then the master key). */
function listResolvedFindings(base: TRiskEvaluation, after: TRiskEvaluation): TFinding[] {
  const resolved: TFinding[] = [];
  if (after.findings === base.findings) return resolved;
  const before = base.memo.ruleFindings;
  for (let position = 0; position < before.length; position++) {
    const finding = before[position];
    if (finding && after.memo.ruleFindings[position] === null) resolved.push(finding);
  }
  if (base.memo.masterKeyFinding && !after.memo.masterKeyFinding) resolved.push(base.memo.masterKeyFinding);
  return resolved;
}

let controlIdRanks: ReadonlyMap<string, number> | undefined;

/**
 * a.localeCompare(b) for two control ids, read from the ids' positions in the catalogue sorted once
 * with localeCompare (ids that collate equal share a position, so the sign is always the same).
 */
function compareControlIds(a: string, b: string): number {
  if (!controlIdRanks) {
    const sorted = CONTROLS.map((control) => control.id).sort((x, y) => x.localeCompare(y));
    const ranks = new Map<string, number>();
    sorted.forEach((id, index) => ranks.set(id, index > 0 && sorted[index - 1]!.localeCompare(id) === 0 ? ranks.get(sorted[index - 1]!)! : index));
    controlIdRanks = ranks;
  }
  const rankA = controlIdRanks.get(a);
  const rankB = controlIdRanks.get(b);
  return rankA === undefined || rankB === undefined ? a.localeCompare(b) : rankA - rankB;
}

/** Outcomes from best to worst: a lower position is better. */
const INSURABILITY_ORDER: readonly TInsurability[] = ['accept', 'accept_with_conditions', 'refer', 'decline'];

/** Whether the evaluations share sections, master-key exposure and loss context (so the loss model reads the same). */
function hasSameLossInputs(base: TRiskEvaluation, after: TRiskEvaluation): boolean {
  if (after.masterKeyExposure !== base.masterKeyExposure || !sharesLossContext(base, after)) return false;
  for (let index = 0; index < base.sections.length; index++) if (after.sections[index] !== base.sections[index]) return false;
  return true;
}

/**
 * Order: controls that remove a knock-out (critical) finding first; then those that improve
 * insurability (decline -> refer -> accept with conditions -> accept); then by uplift per unit of
 * effort (low 1, medium 2, high 4) — the uplift of the unclamped score, so a score stuck at 0 still
 * ranks by what each control is worth —, then uplift, exposure reduction, expected-loss reduction
 * and id for a stable order.
 */
export function buildRecommendations(base: TRiskEvaluation): TRecommendation[] {
  const candidates: TRecommendation[] = [];
  /** By candidate: how many outcomes better its insurability gets (kept apart: the result has no such field). */
  const insurabilityGains = new Map<TRecommendation, number>();
  const lossContext = readLossContext(base);
  const baseLoss = computeExpectedLossOfRisk(base, lossContext);
  const baseOutcome = assessInsurability(base);
  const baseInsurability = INSURABILITY_ORDER.indexOf(baseOutcome);
  for (const control of CONTROLS) {
    const changes = listControlChanges(control, base.view);
    if (!changes) continue;
    const after = evaluateRisk(deriveAnswerView(base.view, toOverrides(changes)), base);
    const resolved = listResolvedFindings(base, after);
    const uplift = roundTo(after.rawScore - base.rawScore, 1);
    const masterKeyExposureReduction = roundTo(base.masterKeyExposure.score - after.masterKeyExposure.score, 1);
    const claimsReadinessUplift =
      base.claimsReadiness === null || after.claimsReadiness === null ? 0 : roundTo(after.claimsReadiness - base.claimsReadiness, 1);
    const afterLoss =
      baseLoss === null || hasSameLossInputs(base, after) ? baseLoss : computeExpectedLossOfRisk(after, sharesLossContext(base, after) ? lossContext : readLossContext(after));
    const expectedLossReductionEur = baseLoss === null || afterLoss === null ? null : baseLoss - afterLoss;
    const insurabilityAfter = hasSameInsurabilityInputs(base, after) ? baseOutcome : assessInsurability(after);
    const insurabilityGain = baseInsurability - INSURABILITY_ORDER.indexOf(insurabilityAfter);
    const benefit =
      uplift > 0 || masterKeyExposureReduction > 0 || claimsReadinessUplift > 0 || resolved.length > 0 || (expectedLossReductionEur ?? 0) > 0 || insurabilityGain > 0;
    if (!benefit) continue;
    let resolvesKnockOut = false;
    const resolvesFindingIds: string[] = [];
    for (const finding of resolved) {
      resolvesFindingIds.push(finding.id);
      if (finding.severity === 'critical') resolvesKnockOut = true;
    }
    const candidate: TRecommendation = {
      id: control.id,
      sectionId: control.sectionId,
      effort: control.effort,
      uplift,
      scoreAfter: after.score,
      gradeAfter: after.grade,
      masterKeyExposureReduction,
      claimsReadinessUplift,
      expectedLossReductionEur,
      insurabilityAfter,
      resolvesFindingIds,
      resolvesKnockOut,
      changes,
      // Numbered after sorting (in place: copying objects of this size with a spread is slow).
      rank: 0,
    };
    candidates.push(candidate);
    insurabilityGains.set(candidate, insurabilityGain);
  }
  candidates.sort(
    (a, b) =>
      Number(b.resolvesKnockOut) - Number(a.resolvesKnockOut) ||
      insurabilityGains.get(b)! - insurabilityGains.get(a)! ||
      b.uplift / EFFORT_COST[b.effort] - a.uplift / EFFORT_COST[a.effort] ||
      b.uplift - a.uplift ||
      b.masterKeyExposureReduction - a.masterKeyExposureReduction ||
      (b.expectedLossReductionEur ?? 0) - (a.expectedLossReductionEur ?? 0) ||
      compareControlIds(a.id, b.id),
  );
  for (let index = 0; index < candidates.length; index++) candidates[index]!.rank = index + 1;
  return candidates;
}
