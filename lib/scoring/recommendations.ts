// Prioritised recommendations: each candidate control is applied to the answers and the answers are
// re-scored. Uplift, exposure reduction and claims-readiness gain are differences between the two
// scorings — computed, never typed by hand — so they stay consistent with the model by construction.
import type { TAnswers, TRawAnswers } from '@/lib/questionnaire';

import { createAnswerView, deriveAnswerView, toAnswersObject } from './answer-view';
import { rescoreWithOverrides } from './compute-risk-score';
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

/**
 * Order: controls that remove a knock-out (critical) finding first; then by uplift per unit of
 * effort (low 1, medium 2, high 4); then by uplift, exposure reduction and id for a stable order.
 */
export function buildRecommendations(core: TRiskCore): TRecommendation[] {
  const severityById = new Map(core.findings.map((finding) => [finding.id, finding.severity]));
  const candidates: Array<Omit<TRecommendation, 'rank'>> = [];
  for (const control of CONTROLS) {
    const changes = listControlChanges(control, core.view);
    if (!changes) continue;
    const overrides = changes.map((change) => ({ questionId: change.questionId, value: change.to }));
    const after = rescoreWithOverrides(core, overrides);
    const remaining = new Set(after.findings.map((finding) => finding.id));
    const resolvesFindingIds = core.findings.filter((finding) => !remaining.has(finding.id)).map((finding) => finding.id);
    const uplift = roundTo(after.score - core.score, 1);
    const masterKeyExposureReduction = roundTo(core.masterKeyExposure.score - after.masterKeyExposure.score, 1);
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
      resolvesKnockOut: resolvesFindingIds.some((id) => severityById.get(id) === 'critical'),
      changes,
    });
  }
  candidates.sort(
    (a, b) =>
      Number(b.resolvesKnockOut) - Number(a.resolvesKnockOut) ||
      b.uplift / EFFORT_COST[b.effort] - a.uplift / EFFORT_COST[a.effort] ||
      b.uplift - a.uplift ||
      b.masterKeyExposureReduction - a.masterKeyExposureReduction ||
      a.id.localeCompare(b.id),
  );
  return candidates.map((candidate, index) => ({ ...candidate, rank: index + 1 }));
}
