import type { TAnswers, TAnswerValue, TCondition, TQuestion, TQuestionnaire, TRawAnswers } from './types';

/** Unanswered means absent, null or an empty multi-choice selection. */
export function isAnswered(value: TAnswerValue | null | undefined): value is TAnswerValue {
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
}

/**
 * Evaluates a visibility condition against answers that are already pruned (hidden questions absent).
 * A leaf on an unanswered question is false, so `notEquals` does not reveal a follow-up before its
 * gate is answered.
 */
export function evaluateCondition(condition: TCondition, answers: TRawAnswers): boolean {
  return evaluateConditionWith(condition, (questionId) => answers[questionId]);
}

/** Same as evaluateCondition, reading answers through a function (for non-object answer stores). */
export function evaluateConditionWith(
  condition: TCondition,
  read: (questionId: string) => TAnswerValue | null | undefined,
): boolean {
  if ('all' in condition) return condition.all.every((part) => evaluateConditionWith(part, read));
  if ('any' in condition) return condition.any.some((part) => evaluateConditionWith(part, read));
  const value = read(condition.q);
  if (!isAnswered(value)) return false;
  if ('equals' in condition) return value === condition.equals;
  if ('notEquals' in condition) return value !== condition.notEquals;
  if ('in' in condition) return typeof value === 'string' && condition.in.includes(value);
  if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes);
  if ('includesAny' in condition) return Array.isArray(value) && condition.includesAny.some((id) => value.includes(id));
  if ('gt' in condition) return typeof value === 'number' && value > condition.gt;
  return typeof value === 'number' && value < condition.lt;
}

/** Anything answers can be read from by question id (an object, a Map-like view, …). */
export type TConditionSource = { get: (questionId: string) => TAnswerValue | null | undefined };
export type TCompiledCondition = (source: TConditionSource) => boolean;

/**
 * Compiles a condition into a closure with the same semantics as evaluateCondition, for hot paths
 * that evaluate the same conditions many times (the scoring re-runs visibility once per control).
 */
export function compileCondition(condition: TCondition): TCompiledCondition {
  if ('all' in condition) {
    const parts = condition.all.map(compileCondition);
    return (source) => parts.every((part) => part(source));
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileCondition);
    return (source) => parts.some((part) => part(source));
  }
  const id = condition.q;
  if ('equals' in condition) {
    const expected = condition.equals;
    return (source) => {
      const value = source.get(id);
      return isAnswered(value) && value === expected;
    };
  }
  if ('notEquals' in condition) {
    const excluded = condition.notEquals;
    return (source) => {
      const value = source.get(id);
      return isAnswered(value) && value !== excluded;
    };
  }
  if ('in' in condition) {
    const allowed = condition.in;
    return (source) => {
      const value = source.get(id);
      return typeof value === 'string' && allowed.includes(value);
    };
  }
  if ('includes' in condition) {
    const wanted = condition.includes;
    return (source) => {
      const value = source.get(id);
      return Array.isArray(value) && value.includes(wanted);
    };
  }
  if ('includesAny' in condition) {
    const wanted = condition.includesAny;
    return (source) => {
      const value = source.get(id);
      return Array.isArray(value) && wanted.some((entry) => value.includes(entry));
    };
  }
  if ('gt' in condition) {
    const bound = condition.gt;
    return (source) => {
      const value = source.get(id);
      return typeof value === 'number' && value > bound;
    };
  }
  const bound = condition.lt;
  return (source) => {
    const value = source.get(id);
    return typeof value === 'number' && value < bound;
  };
}

/** Ids of every question a condition reads, in order of appearance. */
export function listConditionQuestionIds(condition: TCondition): string[] {
  if ('all' in condition) return condition.all.flatMap(listConditionQuestionIds);
  if ('any' in condition) return condition.any.flatMap(listConditionQuestionIds);
  return [condition.q];
}

/** True when every question the condition reads has an answer, i.e. its outcome is final. */
export function isConditionDecided(condition: TCondition, answers: TRawAnswers): boolean {
  return listConditionQuestionIds(condition).every((id) => isAnswered(answers[id]));
}

export function isQuestionVisible(question: TQuestion, prunedAnswers: TAnswers): boolean {
  return question.visibleWhen === undefined || evaluateCondition(question.visibleWhen, prunedAnswers);
}

/**
 * Drops every answer whose question is hidden (cascading: a follow-up of a hidden follow-up is hidden
 * too), every unknown question id and every empty multi-choice answer. The zod schemas and the scoring
 * both use this, so a hidden answer is ignored the same way everywhere: it never counts, it is never
 * required, and the validated output omits it.
 */
export function pruneHiddenAnswers(questionnaire: TQuestionnaire, answers: TRawAnswers): TAnswers {
  const pruned: Record<string, TAnswerValue> = {};
  for (const question of questionnaire.questions) {
    const value = answers[question.id];
    if (!isAnswered(value)) continue;
    if (!isQuestionVisible(question, pruned)) continue;
    pruned[question.id] = value;
  }
  return pruned;
}

/** Questions visible for these answers, in definition order. */
export function listVisibleQuestions(questionnaire: TQuestionnaire, answers: TRawAnswers): TQuestion[] {
  const pruned = pruneHiddenAnswers(questionnaire, answers);
  return questionnaire.questions.filter((question) => isQuestionVisible(question, pruned));
}
