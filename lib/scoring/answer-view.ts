// A compact, pruned view of the answers for the hot path. Plain answer objects with ~70 computed
// keys fall into V8's dictionary mode, where copying one costs ~20 µs; re-scoring once per control
// needs something cheaper. The view stores values in an array indexed by question position and
// applies the same visibility rule as pruneHiddenAnswers (conditions read earlier questions only).
// It is a class so that no closure is allocated per view (closures are costly under tsx/esbuild's
// keepNames, which the CLI and the benchmark run on).
import { compileCondition, getQuestionnaire, isAnswered } from '@/lib/questionnaire';
import type { TAnswers, TAnswerValue, TCompiledCondition, TQuestionnaire, TRawAnswers } from '@/lib/questionnaire';

export type TAnswerOverride = { questionId: string; value: TAnswerValue };

type TViewModel = {
  questionnaire: TQuestionnaire;
  questionIds: readonly string[];
  indexById: ReadonlyMap<string, number>;
  visibility: ReadonlyArray<TCompiledCondition | undefined>;
  /** Positions of the required questions, in definition order. */
  requiredIndexes: readonly number[];
  /** Ids of the critical (knock-out) questions, in definition order. */
  criticalQuestionIds: readonly string[];
};

let viewModel: TViewModel | undefined;

/** The questionnaire the scoring model is defined for (signet-scoring@1 scores idp-exposure@1). */
export function getViewModel(): TViewModel {
  if (!viewModel) {
    const questionnaire = getQuestionnaire('idp-exposure@1');
    if (!questionnaire) throw new Error('idp-exposure@1 is not registered');
    viewModel = {
      questionnaire,
      questionIds: questionnaire.questions.map((question) => question.id),
      indexById: new Map(questionnaire.questions.map((question, index) => [question.id, index])),
      visibility: questionnaire.questions.map((question) => (question.visibleWhen ? compileCondition(question.visibleWhen) : undefined)),
      requiredIndexes: questionnaire.questions.flatMap((question, index) => (question.required ? [index] : [])),
      criticalQuestionIds: questionnaire.questions.filter((question) => question.critical).map((question) => question.id),
    };
  }
  return viewModel;
}

export class AnswerView {
  /** Values by question position; undefined = unanswered or hidden. */
  readonly values: Array<TAnswerValue | undefined>;
  private readonly indexById: ReadonlyMap<string, number>;

  constructor(values: Array<TAnswerValue | undefined>, indexById: ReadonlyMap<string, number>) {
    this.values = values;
    this.indexById = indexById;
  }

  get(questionId: string): TAnswerValue | undefined {
    const index = this.indexById.get(questionId);
    return index === undefined ? undefined : this.values[index];
  }
}

export type TAnswerView = AnswerView;

/** Fills the view in definition order, dropping a value when its question is hidden so far. */
function fillView(view: AnswerView, model: TViewModel, source: ReadonlyArray<TAnswerValue | null | undefined>): AnswerView {
  const { values } = view;
  for (let index = 0; index < source.length; index++) {
    const value = source[index];
    if (!isAnswered(value)) continue;
    const visible = model.visibility[index];
    if (visible && !visible(view)) continue;
    values[index] = value;
  }
  return view;
}

/** Whether the question at `index` is visible: isQuestionVisible on the pruned answers the view holds. */
export function isVisibleInView(view: AnswerView, index: number): boolean {
  const visible = getViewModel().visibility[index];
  return visible === undefined || visible(view);
}

/** Pruned view of raw answers (hidden, unknown and empty answers dropped). */
export function createAnswerView(answers: TRawAnswers): AnswerView {
  const model = getViewModel();
  const source = model.questionIds.map((questionId) => answers[questionId]);
  return fillView(new AnswerView(new Array(source.length), model.indexById), model, source);
}

/** A view with some answers replaced, re-pruned so a changed gate hides its follow-ups. */
export function deriveAnswerView(base: AnswerView, overrides: readonly TAnswerOverride[]): AnswerView {
  const model = getViewModel();
  const source: Array<TAnswerValue | undefined> = base.values.slice();
  for (const override of overrides) {
    const index = model.indexById.get(override.questionId);
    if (index !== undefined) source[index] = override.value;
  }
  return fillView(new AnswerView(new Array(source.length), model.indexById), model, source);
}

/** The view as a plain answers object in definition order. */
export function toAnswersObject(view: AnswerView): TAnswers {
  const { questionIds } = getViewModel();
  const answers: Record<string, TAnswerValue> = {};
  for (let index = 0; index < questionIds.length; index++) {
    const value = view.values[index];
    if (value !== undefined) answers[questionIds[index]!] = value;
  }
  return answers;
}
