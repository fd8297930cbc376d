// Prioritised recommendations: each candidate control is applied to the answers and the answers are
// re-scored. Uplift, exposure reduction and claims-readiness gain are differences between the two
// scorings — computed, never typed by hand — so they stay consistent with the model by construction.
import type { TAnswers, TRawAnswers } from '@/lib/questionnaire';

import { createAnswerView, deriveAnswerView, toAnswersObject } from './answer-view';
import { prepareRescore, summariseRescore } from './compute-risk-score';
import type { TRiskCore } from './compute-risk-score';
import { CONTROLS, getControl, listControlChanges } from './controls';
import type { TControlChange } from './controls';
import type { TRecommendation } from './types';
import { EFFORT_COST, roundTo } from './weights';

/**
 * The answers with one control in place (pruned, so a changed gate hides its follow-ups), or null
 * when the control is unknown or changes nothing. Re-scoring these answers gives the uplift.
 */
export function applyControl(controlId: string, answers: TRawAnswers): { answers: TAnswers; changes: TControlChange[] } | null {
  const control = getControl(controlId);
  if (!control) return null;
  const view = createAnswerView(answers);
  const changes = listControlChanges(control, view);
  if (!changes) return null;
  const applied = deriveAnswerView(view, changes.map((change) => ({ questionId: change.questionId, value: change.to })));
  return { answers: toAnswersObject(applied), changes };
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

/**
 * Order: controls that remove a knock-out (critical) finding first; then by uplift per unit of
 * effort (low 1, medium 2, high 4); then by uplift, exposure reduction and id for a stable order.
 */
export function buildRecommendations(core: TRiskCore): TRecommendation[] {
  const candidates: TRecommendation[] = [];
  const prepared = prepareRescore(core);
  for (const control of CONTROLS) {
    const changes = listControlChanges(control, core.view);
    if (!changes) continue;
    const overrides = changes.map((change) => ({ questionId: change.questionId, value: change.to }));
    const after = summariseRescore(prepared, overrides);
    const resolvesFindingIds = after.resolvedFindingIds;
    const uplift = roundTo(after.score - core.score, 1);
    const masterKeyExposureReduction = roundTo(core.masterKeyExposure.score - after.masterKeyExposureScore, 1);
    const claimsReadinessUplift =
      core.claimsReadiness === null || after.claimsReadiness === null ? 0 : roundTo(after.claimsReadiness - core.claimsReadiness, 1);
    if (uplift <= 0 && masterKeyExposureReduction <= 0 && claimsReadinessUplift <= 0 && resolvesFindingIds.length === 0) continue;
    candidates.push({
      id: control.id,
      sectionId: control.sectionId,
      effort: control.effort,
      uplift,
      scoreAfter: after.score,
      gradeAfter: after.grade,
      masterKeyExposureReduction,
      claimsReadinessUplift,
      resolvesFindingIds,
      resolvesKnockOut: after.resolvesKnockOut,
      changes,
      // Numbered after sorting (in place: copying objects of this size with a spread is slow).
      rank: 0,
    });
  }
  candidates.sort(
    (a, b) =>
      Number(b.resolvesKnockOut) - Number(a.resolvesKnockOut) ||
      b.uplift / EFFORT_COST[b.effort] - a.uplift / EFFORT_COST[a.effort] ||
      b.uplift - a.uplift ||
      b.masterKeyExposureReduction - a.masterKeyExposureReduction ||
      compareControlIds(a.id, b.id),
  );
  for (let index = 0; index < candidates.length; index++) candidates[index]!.rank = index + 1;
  return candidates;
}
