// The one shape answers take inside the scoring library. Validated answers (`TAnswers`) are turned
// into an AnswerView once, at the entry point; every rule (credits, findings, master-key exposure,
// insurance, claims, loss mapping, controls) reads that view through its typed readers, and the
// result reports the plain answers again (`toAnswers`).
//
// Why not the plain object: re-scoring once per control needs cheap copies with one answer changed.
// Plain answer objects with ~80 computed keys fall into V8's dictionary mode, where a copy costs
// ~20 µs; the view keeps the values in an array indexed by question position. It applies the same
// visibility rule as pruneHiddenAnswers (conditions read earlier questions only). It is a class so
// that no closure is allocated per view (closures are costly under tsx/esbuild's keepNames, which
// the CLI and the benchmark run on).
import { compileCondition, isAnswered, listConditionQuestionIds } from '@/lib/questionnaire';
import type { TAnswers, TAnswerValue, TCompiledCondition, TQuestionnaire, TRawAnswers } from '@/lib/questionnaire';

export type TAnswerOverride = { questionId: string; value: TAnswerValue };

/** Positions and compiled visibility of one questionnaire version, built once per version. */
export type TAnswerLayout = {
  questionnaire: TQuestionnaire;
  questionIds: readonly string[];
  indexById: ReadonlyMap<string, number>;
  visibility: ReadonlyArray<TCompiledCondition | undefined>;
  /** Positions of the required questions, in definition order. */
  requiredIndexes: readonly number[];
  /** Positions of the critical (knock-out) questions, in definition order. */
  criticalIndexes: readonly number[];
  /** Questions that some visibility condition reads: changing one can show or hide others. */
  gateIds: ReadonlySet<string>;
};

const layouts = new WeakMap<TQuestionnaire, TAnswerLayout>();

export function getAnswerLayout(questionnaire: TQuestionnaire): TAnswerLayout {
  let layout = layouts.get(questionnaire);
  if (!layout) {
    const { questions } = questionnaire;
    layout = {
      questionnaire,
      questionIds: questions.map((question) => question.id),
      indexById: new Map(questions.map((question, index) => [question.id, index])),
      visibility: questions.map((question) => (question.visibleWhen ? compileCondition(question.visibleWhen) : undefined)),
      requiredIndexes: questions.flatMap((question, index) => (question.required ? [index] : [])),
      criticalIndexes: questions.flatMap((question, index) => (question.critical ? [index] : [])),
      gateIds: new Set(questions.flatMap((question) => (question.visibleWhen ? listConditionQuestionIds(question.visibleWhen) : []))),
    };
    layouts.set(questionnaire, layout);
  }
  return layout;
}

export class AnswerView {
  readonly layout: TAnswerLayout;
  /** Values by question position; undefined = unanswered or hidden. */
  readonly values: Array<TAnswerValue | undefined>;

  constructor(layout: TAnswerLayout, values: Array<TAnswerValue | undefined>) {
    this.layout = layout;
    this.values = values;
  }

  get(questionId: string): TAnswerValue | undefined {
    const index = this.layout.indexById.get(questionId);
    return index === undefined ? undefined : this.values[index];
  }

  /** A single-choice (or yes/no, or date) answer. */
  string(questionId: string): string | undefined {
    const value = this.get(questionId);
    return typeof value === 'string' ? value : undefined;
  }

  number(questionId: string): number | undefined {
    const value = this.get(questionId);
    return typeof value === 'number' ? value : undefined;
  }

  /** A multi-choice answer. */
  list(questionId: string): readonly string[] | undefined {
    const value = this.get(questionId);
    return Array.isArray(value) ? value : undefined;
  }

  /** The single-choice answer is one of `optionIds`. */
  isOneOf(questionId: string, optionIds: readonly string[]): boolean {
    const value = this.get(questionId);
    return typeof value === 'string' && optionIds.includes(value);
  }

  /** The answer is `optionId` (single choice) or includes it (multi choice). */
  selects(questionId: string, optionId: string): boolean {
    const value = this.get(questionId);
    return value === optionId || (Array.isArray(value) && value.includes(optionId));
  }

  /** The multi-choice answer includes at least one of `optionIds`. */
  selectsAny(questionId: string, optionIds: readonly string[]): boolean {
    const value = this.get(questionId);
    return Array.isArray(value) && value.some((id) => optionIds.includes(id));
  }

  /** Whether the question at `index` is visible for these (pruned) answers. */
  isVisible(index: number): boolean {
    const visible = this.layout.visibility[index];
    return visible === undefined || visible(this);
  }
}

/** Fills the view in definition order, dropping a value when its question is hidden so far. */
function fillView(view: AnswerView, source: ReadonlyArray<TAnswerValue | null | undefined>): AnswerView {
  const { values } = view;
  const { visibility } = view.layout;
  for (let index = 0; index < source.length; index++) {
    const value = source[index];
    if (!isAnswered(value)) continue;
    const visible = visibility[index];
    if (visible && !visible(view)) continue;
    values[index] = value;
  }
  return view;
}

/** The pruned view of raw answers (hidden, unknown and empty answers dropped). */
export function createAnswerView(questionnaire: TQuestionnaire, answers: TRawAnswers): AnswerView {
  const layout = getAnswerLayout(questionnaire);
  const source = layout.questionIds.map((questionId) => answers[questionId]);
  return fillView(new AnswerView(layout, new Array(source.length)), source);
}

/**
 * A view with some answers replaced, re-pruned so a changed gate hides its follow-ups. When no
 * override touches a gate and each replaces a visible answer with an answer, re-pruning would keep
 * every value, so the values are copied and replaced without it.
 */
export function deriveAnswerView(base: AnswerView, overrides: readonly TAnswerOverride[]): AnswerView {
  const { layout } = base;
  const values = base.values.slice();
  let repruning = false;
  for (const override of overrides) {
    const index = layout.indexById.get(override.questionId);
    if (index === undefined) continue;
    if (layout.gateIds.has(override.questionId) || values[index] === undefined || !isAnswered(override.value)) repruning = true;
    values[index] = override.value;
  }
  return repruning ? fillView(new AnswerView(layout, new Array(values.length)), values) : new AnswerView(layout, values);
}

/** The view as a plain answers object in definition order. */
export function toAnswers(view: AnswerView): TAnswers {
  const { questionIds } = view.layout;
  const answers: Record<string, TAnswerValue> = {};
  for (let index = 0; index < questionIds.length; index++) {
    const value = view.values[index];
    if (value !== undefined) answers[questionIds[index]!] = value;
  }
  return answers;
}
