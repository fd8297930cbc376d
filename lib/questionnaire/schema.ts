// zod schemas derived from a questionnaire definition — never written per question by hand.
//
// Rules shared by every schema built here (and by validateAnswers):
// - unknown question ids and unknown option ids are rejected;
// - values are checked for every known question, visible or not;
// - `null` and an empty multi-choice selection mean "not answered" (what a cleared form field sends);
// - an answer to a hidden question is DROPPED from the parsed output (pruneHiddenAnswers), the same
//   way the scoring ignores it, and a hidden question is never required;
// - mode 'draft' (autosave) makes everything optional; mode 'final' requires every visible required
//   question;
// - a section validated WITHOUT `context` cannot see the other sections: a condition that reads a
//   question outside the section is undecided, and so is a follow-up of an in-scope gate whose own
//   visibility is undecided; an answer whose visibility is undecided is KEPT (never silently
//   dropped) but not required. Pass `context` (the other sections' answers, possibly
//   `{}`) to decide such gates; with context an unanswered outside gate is simply unanswered.
import { z } from 'zod';

import { evaluateConditionWith, isAnswered, isQuestionVisible, listConditionQuestionIds, pruneHiddenAnswers } from './conditions';
import { getQuestion, getQuestionnaire, getSection } from './registry';
import type {
  TAnswerIssue,
  TAnswerIssueCode,
  TAnswers,
  TAnswerValue,
  TChoiceQuestion,
  TCondition,
  TDateQuestion,
  TQuestion,
  TQuestionnaire,
  TRawAnswers,
  TValidateAnswersResult,
  TValidationMode,
} from './types';

export type TAnswersSchemaOptions = {
  mode: TValidationMode;
  /** Restrict to one section (a questionnaire step); the output holds only that section's answers. */
  sectionId?: string;
  /**
   * Answers of other sections, used only to decide visibility inside the section. Without it, gates
   * reading another section are undecided: such answers are kept and such questions not required.
   */
  context?: TAnswers;
  /**
   * Today's date 'YYYY-MM-DD' in the caller's time zone. Questions about the past (`notInFuture`)
   * refuse later dates only when it is given: the library has no clock of its own.
   */
  today?: string;
};

type TMutableRawAnswers = Record<string, TAnswerValue | null | undefined>;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for 'YYYY-MM-DD' strings naming a real calendar day (no 2023-02-29, no 2024-13-01). */
export function isCalendarDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function buildChoiceSchema(question: TChoiceQuestion): z.ZodType<TAnswerValue> {
  const optionIds = question.options.map((option) => option.id) as [string, ...string[]];
  const optionSchema = z.enum(optionIds);
  if (question.type !== 'multi') return optionSchema;
  const exclusiveIds = new Set(question.options.filter((option) => option.exclusive).map((option) => option.id));
  return z.array(optionSchema).superRefine((selected, context) => {
    if (new Set(selected).size !== selected.length) {
      context.addIssue({ code: 'custom', message: 'duplicate option', params: { code: 'duplicate_option' } });
    }
    const exclusive = selected.find((id) => exclusiveIds.has(id));
    if (exclusive !== undefined && selected.length > 1) {
      context.addIssue({ code: 'custom', message: exclusive, params: { code: 'exclusive_option', option: exclusive } });
    }
  });
}

function buildDateSchema(question: TDateQuestion, today: string | undefined): z.ZodType<TAnswerValue> {
  return z.string().superRefine((text, context) => {
    if (!isCalendarDate(text) || text < question.min || text > question.max) {
      context.addIssue({ code: 'custom', message: 'invalid date', params: { code: 'invalid_date' } });
    } else if (question.notInFuture && today !== undefined && text > today) {
      context.addIssue({ code: 'custom', message: 'date in the future', params: { code: 'future_date', today } });
    }
  });
}

/**
 * The schema of one answer value (without the "not answered" states). `today` ('YYYY-MM-DD') makes
 * questions about the past refuse later dates.
 */
export function buildAnswerValueSchema(question: TQuestion, today?: string): z.ZodType<TAnswerValue> {
  switch (question.type) {
    case 'yes_no':
    case 'single':
    case 'multi':
      return buildChoiceSchema(question);
    case 'integer':
    case 'percentage': {
      const number = question.type === 'integer' ? z.number().int().min(question.min).max(question.max) : z.number().min(question.min).max(question.max);
      return question.dontKnow ? z.union([number, z.literal('dont_know')]) : number;
    }
    case 'date':
      return buildDateSchema(question, today);
  }
}

function listScopeQuestions(questionnaire: TQuestionnaire, sectionId: string | undefined): readonly TQuestion[] {
  if (sectionId === undefined) return questionnaire.questions;
  return questionnaire.questions.filter((question) => question.sectionId === sectionId);
}

/** Merged view used for visibility: context answers, overridden by the answers in scope. */
function mergeForVisibility(raw: TRawAnswers, context: TAnswers | undefined, scope: readonly TQuestion[]): TRawAnswers {
  if (!context) return raw;
  const merged: TMutableRawAnswers = { ...context };
  for (const question of scope) delete merged[question.id];
  return { ...merged, ...raw };
}

/** true / false, or undefined when the outcome depends on a question the caller did not provide. */
type TVisibility = boolean | undefined;

/**
 * A condition on answers in scope, for a section validated without context. A leaf on a question
 * outside the scope is undecided. A leaf on an in-scope gate whose OWN visibility is undecided is
 * undecided too when its outcome depends on that visibility: a hidden gate reads as unanswered (false
 * for every leaf), so only a leaf that holds for the kept answer is undecided; one that is false
 * either way is false.
 */
function evaluateScopedCondition(
  condition: TCondition,
  pruned: TAnswers,
  gateVisibility: (questionId: string) => TVisibility | 'out_of_scope',
): TVisibility {
  if ('all' in condition) {
    const parts = condition.all.map((part) => evaluateScopedCondition(part, pruned, gateVisibility));
    if (parts.includes(false)) return false;
    return parts.includes(undefined) ? undefined : true;
  }
  if ('any' in condition) {
    const parts = condition.any.map((part) => evaluateScopedCondition(part, pruned, gateVisibility));
    if (parts.includes(true)) return true;
    return parts.includes(undefined) ? undefined : false;
  }
  const gate = gateVisibility(condition.q);
  if (gate === 'out_of_scope') return undefined;
  const holds = evaluateConditionWith(condition, (questionId) => pruned[questionId]);
  if (gate === undefined && holds) return undefined;
  return holds;
}

/**
 * Visibility of the questions in scope. For the whole questionnaire, or a section with context, this
 * is exactly pruneHiddenAnswers. For a section without context, gates outside the section are
 * undecided (undefined): the answer is kept, the question is not required; so is a follow-up of an
 * in-scope gate whose own visibility is undecided (the gate may turn out hidden).
 */
function resolveScope(
  questionnaire: TQuestionnaire,
  scope: readonly TQuestion[],
  raw: TRawAnswers,
  context: TAnswers | undefined,
): { pruned: TAnswers; visibility: (question: TQuestion) => TVisibility } {
  if (context || scope === questionnaire.questions) {
    const pruned = pruneHiddenAnswers(questionnaire, mergeForVisibility(raw, context, scope));
    return { pruned, visibility: (question) => isQuestionVisible(question, pruned) };
  }
  const inScope = new Map(scope.map((question) => [question.id, question]));
  const pruned: Record<string, TAnswerValue> = {};
  const decided = new Map<string, TVisibility>();
  const gateVisibility = (questionId: string): TVisibility | 'out_of_scope' => {
    const gate = inScope.get(questionId);
    return gate ? visibility(gate) : 'out_of_scope';
  };
  const visibility = (question: TQuestion): TVisibility => {
    if (question.visibleWhen === undefined) return true;
    if (!decided.has(question.id)) decided.set(question.id, evaluateScopedCondition(question.visibleWhen, pruned, gateVisibility));
    return decided.get(question.id);
  };
  // Definition order: a gate precedes its follow-ups, so `pruned` holds every gate when it is read.
  for (const question of scope) {
    const value = raw[question.id];
    if (isAnswered(value) && visibility(question) !== false) pruned[question.id] = value;
  }
  return { pruned, visibility };
}

function listMissingRequired(
  questionnaire: TQuestionnaire,
  scope: readonly TQuestion[],
  raw: TRawAnswers,
  context: TAnswers | undefined,
): TQuestion[] {
  const { visibility } = resolveScope(questionnaire, scope, raw, context);
  return scope.filter((question) => question.required && !isAnswered(raw[question.id]) && visibility(question) === true);
}

function pickScope(pruned: TAnswers, scope: readonly TQuestion[]): TAnswers {
  const picked: Record<string, TAnswerValue> = {};
  for (const question of scope) {
    const value = pruned[question.id];
    if (value !== undefined) picked[question.id] = value;
  }
  return picked;
}

function buildAnswersSchema(questionnaire: TQuestionnaire, options: TAnswersSchemaOptions): z.ZodType<TAnswers> {
  const scope = listScopeQuestions(questionnaire, options.sectionId);
  const shape: Record<string, z.ZodType<TAnswerValue | null | undefined>> = {};
  for (const question of scope) shape[question.id] = buildAnswerValueSchema(question, options.today).nullable().optional();
  const base = z.strictObject(shape);
  const refined =
    options.mode === 'final'
      ? base.superRefine((raw, context) => {
          for (const question of listMissingRequired(questionnaire, scope, raw as TRawAnswers, options.context)) {
            context.addIssue({ code: 'custom', path: [question.id], message: 'required', params: { code: 'required' } });
          }
        })
      : base;
  return refined.transform((raw) => pickScope(resolveScope(questionnaire, scope, raw as TRawAnswers, options.context).pruned, scope));
}

const MAX_CACHED_SCHEMAS = 64;
const schemaCache = new WeakMap<TQuestionnaire, Map<string, z.ZodType<TAnswers>>>();

/**
 * The answers schema of a whole questionnaire or of one section. Without `context` the schema is
 * cached per (questionnaire, mode, section); with context it is rebuilt (cheap) because visibility
 * depends on it.
 */
export function getAnswersSchema(questionnaire: TQuestionnaire, options: TAnswersSchemaOptions): z.ZodType<TAnswers> {
  if (options.sectionId !== undefined && !getSection(questionnaire, options.sectionId)) {
    throw new Error(`Unknown section "${options.sectionId}" in ${questionnaire.version}`);
  }
  if (options.context) return buildAnswersSchema(questionnaire, options);
  let cache = schemaCache.get(questionnaire);
  if (!cache) {
    cache = new Map();
    schemaCache.set(questionnaire, cache);
  }
  const key = `${options.mode}|${options.sectionId ?? '*'}|${options.today ?? ''}`;
  let schema = cache.get(key);
  if (!schema) {
    // Keys include `today`, so a long-running server would collect one set per day: start afresh.
    if (cache.size >= MAX_CACHED_SCHEMAS) cache.clear();
    schema = buildAnswersSchema(questionnaire, options);
    cache.set(key, schema);
  }
  return schema;
}

function describeExpected(question: TQuestion): string {
  switch (question.type) {
    case 'yes_no':
    case 'single':
      return 'one option id (a string)';
    case 'multi':
      return 'an array of option ids';
    case 'integer':
      return `an integer from ${question.min} to ${question.max}${question.dontKnow ? ` or "dont_know"` : ''}`;
    case 'percentage':
      return `a number from ${question.min} to ${question.max}${question.dontKnow ? ` or "dont_know"` : ''}`;
    case 'date':
      return `a date 'YYYY-MM-DD' from ${question.min} to ${question.max}`;
  }
}

function listOptionIds(question: TQuestion): string {
  return 'options' in question ? question.options.map((option) => option.id).join(', ') : '';
}

const MAX_DESCRIBED_STRING = 80;
const MAX_LISTED_ITEMS = 10;

function describeString(text: string): string {
  if (text.length <= MAX_DESCRIBED_STRING) return JSON.stringify(text);
  let head = text.slice(0, MAX_DESCRIBED_STRING);
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return `a string of ${text.length.toLocaleString('en')} characters starting ${JSON.stringify(`${head}…`)}`;
}

function describeNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN, which is not a number';
  if (!Number.isFinite(value)) return `${value > 0 ? '' : '-'}Infinity, which is not a finite number`;
  return String(value);
}

function describeItems(items: readonly unknown[]): string {
  const count = items.length;
  const size = `an array of ${count.toLocaleString('en')} ${count === 1 ? 'item' : 'items'}`;
  if (count === 0) return 'an empty array';
  if (count > MAX_LISTED_ITEMS) return size;
  const parts: string[] = [];
  for (const item of items) {
    if (typeof item === 'string' && item.length <= MAX_DESCRIBED_STRING) parts.push(JSON.stringify(item));
    else if ((typeof item === 'number' && Number.isFinite(item)) || typeof item === 'boolean' || item === null) parts.push(String(item));
    else return size;
  }
  const listed = `[${parts.join(',')}]`;
  return listed.length <= MAX_DESCRIBED_STRING * 2 ? listed : size;
}

/**
 * A short, bounded description of any value for an issue message: never recurses, never throws, and
 * never echoes more than a few hundred characters (nested arrays and objects are named by type and
 * size, long strings are cut with an ellipsis, NaN and Infinity are named as such).
 */
export function describeValue(value: unknown): string {
  try {
    if (value === null) return 'null';
    switch (typeof value) {
      case 'undefined':
        return 'nothing';
      case 'string':
        return describeString(value);
      case 'number':
        return describeNumber(value);
      case 'boolean':
        return String(value);
      case 'bigint':
        return `${value.toString().length > MAX_DESCRIBED_STRING ? 'a very large integer' : value.toString()} (a bigint)`;
      case 'symbol':
        return 'a symbol';
      case 'function':
        return 'a function';
      default: {
        if (Array.isArray(value)) return describeItems(value);
        const count = Object.keys(value).length;
        return count === 0 ? 'an empty object' : `an object with ${count.toLocaleString('en')} ${count === 1 ? 'key' : 'keys'}`;
      }
    }
  } catch {
    return 'a value that cannot be described';
  }
}

function createIssue(questionId: string, code: TAnswerIssueCode, message: string): TAnswerIssue {
  return { questionId, code, message };
}

function mapZodIssue(
  issue: z.core.$ZodIssue,
  questionnaire: TQuestionnaire,
  raw: TRawAnswers,
  sectionId: string | undefined,
): TAnswerIssue[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const elsewhere = questionnaire.questions.find((question) => question.id === key);
      const message = elsewhere
        ? `"${key}" belongs to section ${elsewhere.sectionId}, not ${String(sectionId)}.`
        : `"${key}" is not a question of ${questionnaire.version}.`;
      return createIssue(key, 'unknown_question', message);
    });
  }
  const questionId = typeof issue.path[0] === 'string' ? issue.path[0] : '';
  const question = questionnaire.questions.find((candidate) => candidate.id === questionId);
  if (!question) return [createIssue(questionId, 'invalid_answers', issue.message)];
  const value = raw[questionId];
  const element = typeof issue.path[1] === 'number' && Array.isArray(value) ? value[issue.path[1]] : value;
  switch (issue.code) {
    // A number question that also takes "dont_know": zod names both branches; say what is expected.
    case 'invalid_union':
      if (typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value) && question.type === 'integer') {
        return [createIssue(questionId, 'not_integer', `${questionId} must be a whole number (got ${describeValue(value)}).`)];
      }
      return [createIssue(questionId, 'invalid_type', `${questionId} expects ${describeExpected(question)} (got ${describeValue(value)}).`)];
    case 'invalid_value':
      if (typeof element !== 'string') {
        return [
          createIssue(questionId, 'invalid_type', `${questionId} expects ${describeExpected(question)} (got ${describeValue(element)}).`),
        ];
      }
      return [
        createIssue(
          questionId,
          'unknown_option',
          `${describeValue(element)} is not an option of ${questionId}; expected one of: ${listOptionIds(question)}.`,
        ),
      ];
    case 'invalid_type':
      if (issue.expected === 'int') {
        return [createIssue(questionId, 'not_integer', `${questionId} must be a whole number (got ${describeValue(value)}).`)];
      }
      return [
        createIssue(questionId, 'invalid_type', `${questionId} expects ${describeExpected(question)} (got ${describeValue(element)}).`),
      ];
    // Always quote the question's own bound: z.int() adds a second, internal safe-integer bound
    // (±9007199254740991) whose duplicate issue validateAnswers drops.
    case 'too_small':
      return [
        createIssue(questionId, 'too_small', `${questionId} must be at least ${String('min' in question ? question.min : issue.minimum)} (got ${describeValue(value)}).`),
      ];
    case 'too_big':
      return [
        createIssue(questionId, 'too_big', `${questionId} must be at most ${String('max' in question ? question.max : issue.maximum)} (got ${describeValue(value)}).`),
      ];
    case 'custom': {
      const code = (issue.params?.code ?? 'invalid_type') as TAnswerIssueCode;
      if (code === 'required') return [createIssue(questionId, 'required', `${questionId} is visible and required but not answered.`)];
      if (code === 'duplicate_option') {
        return [createIssue(questionId, code, `${questionId} lists the same option more than once (${describeValue(value)}).`)];
      }
      if (code === 'exclusive_option') {
        return [
          createIssue(questionId, code, `"${String(issue.params?.option)}" cannot be combined with other options in ${questionId}.`),
        ];
      }
      if (code === 'invalid_date') {
        return [createIssue(questionId, code, `${questionId} expects ${describeExpected(question)} (got ${describeValue(value)}).`)];
      }
      if (code === 'future_date') {
        return [createIssue(questionId, code, `${questionId} asks about the past: ${describeValue(value)} is after today (${String(issue.params?.today)}).`)];
      }
      return [createIssue(questionId, code, issue.message)];
    }
    default:
      return [createIssue(questionId, 'invalid_type', `${questionId} expects ${describeExpected(question)} (got ${describeValue(element)}).`)];
  }
}

/** One issue per (question, code, message): zod may report the same bound twice (see too_big). */
function dedupeIssues(issues: readonly TAnswerIssue[]): TAnswerIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = JSON.stringify([issue.questionId, issue.code, issue.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isPlainObject(value: unknown): value is TRawAnswers {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sortIssues(questionnaire: TQuestionnaire, issues: TAnswerIssue[]): TAnswerIssue[] {
  const order = new Map(questionnaire.questions.map((question, index) => [question.id, index]));
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort(
      (a, b) =>
        (order.get(a.issue.questionId) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.issue.questionId) ?? Number.MAX_SAFE_INTEGER) ||
        a.index - b.index,
    )
    .map(({ issue }) => issue);
}

export type TValidateAnswersOptions = {
  /** Validate one section (a questionnaire step) only; see TAnswersSchemaOptions. */
  sectionId?: string;
  /** Answers of other sections, to decide visibility inside the section. */
  context?: TAnswers;
  /** Today's date 'YYYY-MM-DD' in the caller's time zone: questions about the past refuse later dates. */
  today?: string;
  /**
   * Answers to questions the visibility rules hide: 'drop' (default) leaves them out of the output and
   * lists them in `droppedHiddenQuestionIds` (the UI warns); 'refuse' reports each as an issue
   * `hidden_answer` (the API, where a client should not send them).
   */
  hiddenAnswers?: 'drop' | 'refuse';
};

/** The gates of a hidden question, for the message that explains why its answer cannot count. */
function describeGates(question: TQuestion): string {
  return question.visibleWhen ? [...new Set(listConditionQuestionIds(question.visibleWhen))].join(', ') : 'its gate';
}

/**
 * Validates answers against a questionnaire version and returns either the parsed answers (hidden
 * answers dropped and listed) or EVERY problem as a flat list `{ questionId, code, message }` —
 * never throws. The API, the server actions and the CLI use this; codes are stable so the UI can
 * localise them.
 */
export function validateAnswers(
  version: string | TQuestionnaire,
  answers: unknown,
  mode: TValidationMode,
  options: TValidateAnswersOptions = {},
): TValidateAnswersResult {
  const questionnaire = typeof version === 'string' ? getQuestionnaire(version) : version;
  if (!questionnaire) {
    return {
      ok: false,
      issues: [createIssue('', 'unknown_questionnaire_version', `Unknown questionnaire version "${String(version)}".`)],
    };
  }
  if (options.sectionId !== undefined && !getSection(questionnaire, options.sectionId)) {
    return {
      ok: false,
      issues: [createIssue('', 'unknown_section', `Unknown section "${options.sectionId}" in ${questionnaire.version}.`)],
    };
  }
  if (!isPlainObject(answers)) {
    return {
      ok: false,
      issues: [createIssue('', 'invalid_answers', `Answers must be a JSON object { "questionId": value } (got ${describeValue(answers)}).`)],
    };
  }
  // The draft schema finds every value problem; the required check runs separately on the valid
  // subset so that one bad value never hides a missing answer (zod skips refinements after some
  // kinds of issues).
  const { hiddenAnswers = 'drop', ...schemaOptions } = options;
  const parsed = getAnswersSchema(questionnaire, { mode: 'draft', ...schemaOptions }).safeParse(answers);
  const issues = parsed.success ? [] : dedupeIssues(parsed.error.issues.flatMap((issue) => mapZodIssue(issue, questionnaire, answers, options.sectionId)));
  if (mode === 'final') {
    const scope = listScopeQuestions(questionnaire, options.sectionId);
    const invalidIds = new Set(issues.map((issue) => issue.questionId));
    const validSubset: TMutableRawAnswers = {};
    for (const question of scope) {
      if (!invalidIds.has(question.id)) validSubset[question.id] = answers[question.id];
    }
    for (const question of listMissingRequired(questionnaire, scope, validSubset, options.context)) {
      if (!invalidIds.has(question.id)) {
        issues.push(createIssue(question.id, 'required', `${question.id} is visible and required but not answered.`));
      }
    }
  }
  // Valid answers the output leaves out are answers to hidden questions (an answer whose visibility
  // a section cannot decide without context is kept, so it is not among them).
  const droppedHiddenQuestionIds: string[] = [];
  if (parsed.success) {
    for (const question of listScopeQuestions(questionnaire, options.sectionId)) {
      if (isAnswered(answers[question.id]) && parsed.data[question.id] === undefined) droppedHiddenQuestionIds.push(question.id);
    }
  }
  if (hiddenAnswers === 'refuse') {
    for (const questionId of droppedHiddenQuestionIds) {
      const question = getQuestion(questionnaire, questionId)!;
      issues.push(createIssue(questionId, 'hidden_answer', `${questionId} is hidden by the answer to ${describeGates(question)}, so its answer cannot count; leave it out.`));
    }
  }
  if (issues.length > 0 || !parsed.success) return { ok: false, issues: sortIssues(questionnaire, issues) };
  return { ok: true, answers: parsed.data, droppedHiddenQuestionIds };
}
