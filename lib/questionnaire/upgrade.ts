// Upgrading stored answers (a draft) from one questionnaire version to a later one: every answer
// whose question still exists with the same meaning is carried over unchanged, the rest is dropped,
// and the questions the new version adds are listed so the form can open them. Pure: no I/O.
import { isAnswered } from './conditions';
import { idpExposureV1 } from './definitions/idp-exposure-v1';
import { idpExposureV2 } from './definitions/idp-exposure-v2';
import { getQuestionnaire } from './registry';
import type { TAnswerValue, TQuestionnaire, TRawAnswers } from './types';

type TUpgradeStep = {
  from: TQuestionnaire;
  to: TQuestionnaire;
  /**
   * Questions of `from` that exist in `to` with another meaning: their answers are dropped (never
   * carried into a question that now asks something else).
   */
  changedMeaning: readonly string[];
  /** Questions that keep their meaning but accept more answers in `to` (documentation; tested). */
  widened: readonly string[];
};

/** One step per released version; a longer upgrade chains them. */
export const UPGRADE_STEPS: readonly TUpgradeStep[] = [
  // @2 keeps every @1 question as it was and adds new ones; MFA coverage also accepts "don't know".
  { from: idpExposureV1, to: idpExposureV2, changedMeaning: [], widened: ['auth_mfa_coverage'] },
];

export type TUpgradeAnswersResult = {
  /** The carried answers, in the target's definition order (unanswered values are left out). */
  answers: Record<string, TAnswerValue>;
  /** Answered questions carried over unchanged, in the target's definition order. */
  carriedQuestionIds: string[];
  /** Answered keys not carried (question gone, meaning changed, or no question of `from`), in input order. */
  droppedQuestionIds: string[];
  /** Questions of the target that `from` did not have: open in the upgraded draft. */
  newQuestionIds: string[];
};

function findPath(from: string, to: string): TUpgradeStep[] | null {
  const source = getQuestionnaire(from);
  if (!source || !getQuestionnaire(to)) return null;
  // The same version: one step onto itself, which keeps every answer to one of its questions.
  if (from === to) return [{ from: source, to: source, changedMeaning: [], widened: [] }];
  const path: TUpgradeStep[] = [];
  let current = from;
  while (current !== to) {
    const step = UPGRADE_STEPS.find((candidate) => candidate.from.version === current);
    if (!step) return null;
    path.push(step);
    current = step.to.version;
  }
  return path;
}

/** Whether answers of `from` can be upgraded to `to` (the same version counts: nothing to do). */
export function canUpgradeAnswers(from: string, to: string): boolean {
  return findPath(from, to) !== null;
}

/**
 * Upgrades answers stored under `from` to `to`. Values are carried as they are: validate the result
 * with validateAnswers(to, …) as for any draft (an upgrade does not make a draft complete). Throws a
 * RangeError when there is no upgrade path (an unknown version, or a downgrade): versions come from
 * the registry, so that is a programming error, not bad input.
 */
export function upgradeAnswers({ from, to, answers }: { from: string; to: string; answers: TRawAnswers }): TUpgradeAnswersResult {
  const path = findPath(from, to);
  if (!path) throw new RangeError(`No upgrade from ${from} to ${to}; known steps: ${UPGRADE_STEPS.map((step) => `${step.from.version} -> ${step.to.version}`).join(', ')}.`);
  let current: Record<string, TAnswerValue> = {};
  for (const [questionId, value] of Object.entries(answers)) if (isAnswered(value)) current[questionId] = value;
  const answeredIds = Object.keys(current);
  const introduced = new Set<string>();
  for (const step of path) {
    const fromIds = new Set(step.from.questions.map((question) => question.id));
    const next: Record<string, TAnswerValue> = {};
    for (const question of step.to.questions) {
      if (!fromIds.has(question.id)) introduced.add(question.id);
      const value = current[question.id];
      if (value !== undefined && fromIds.has(question.id) && !step.changedMeaning.includes(question.id)) next[question.id] = value;
    }
    current = next;
  }
  const targetIds = path[path.length - 1]!.to.questions.map((question) => question.id);
  return {
    answers: current,
    carriedQuestionIds: targetIds.filter((id) => current[id] !== undefined),
    droppedQuestionIds: answeredIds.filter((id) => current[id] === undefined),
    newQuestionIds: targetIds.filter((id) => introduced.has(id)),
  };
}
