// fast-check arbitraries derived from a questionnaire definition, for property tests only (not
// exported from index.ts, so fast-check never reaches an app bundle). zod-fast-check does not
// support zod 4, and deriving from the definition also lets the generators respect visibility.
import fc from 'fast-check';

import { pruneHiddenAnswers } from './conditions';
import type { TAnswers, TAnswerValue, TQuestion, TQuestionnaire } from './types';

function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Any valid value for one question (ignoring visibility). */
export function arbitraryAnswerValue(question: TQuestion): fc.Arbitrary<TAnswerValue> {
  switch (question.type) {
    case 'yes_no':
    case 'single':
      return fc.constantFrom(...question.options.map((option) => option.id));
    case 'multi': {
      const exclusive = question.options.filter((option) => option.exclusive).map((option) => [option.id]);
      const regular = question.options.filter((option) => !option.exclusive).map((option) => option.id);
      const selections: Array<fc.Arbitrary<TAnswerValue>> = [fc.subarray(regular, { minLength: 1 })];
      if (exclusive.length > 0) selections.push(fc.constantFrom(...exclusive));
      return fc.oneof(...selections);
    }
    case 'integer': {
      // Small values are where the thresholds sit; the full range keeps the extremes covered.
      const numbers = [fc.integer({ min: question.min, max: Math.min(question.max, question.min + 30) }), fc.integer({ min: question.min, max: question.max })];
      return question.dontKnow ? fc.oneof(...numbers, fc.constant('dont_know')) : fc.oneof(...numbers);
    }
    case 'percentage': {
      const numbers = [fc.integer({ min: question.min, max: question.max }), fc.double({ min: question.min, max: question.max, noNaN: true, noDefaultInfinity: true })];
      return question.dontKnow ? fc.oneof(...numbers, fc.constant('dont_know')) : fc.oneof(...numbers);
    }
    case 'date':
      return fc
        .date({ min: new Date(`${question.min}T00:00:00Z`), max: new Date(`${question.max}T00:00:00Z`), noInvalidDate: true })
        .map(formatDate);
  }
}

export type TArbitraryAnswersOptions = {
  /** 'complete': every visible required question answered (valid in final mode); 'partial': any subset. */
  completeness: 'complete' | 'partial';
};

/** Answer sets that respect visibility (hidden questions never answered). */
export function arbitraryAnswers(questionnaire: TQuestionnaire, options: TArbitraryAnswersOptions): fc.Arbitrary<TAnswers> {
  const entries = questionnaire.questions.map((question) =>
    fc.record({
      value: arbitraryAnswerValue(question),
      keep: question.required && options.completeness === 'complete' ? fc.constant(true) : fc.boolean(),
    }),
  );
  return fc.tuple(...entries).map((values) => {
    const raw: Record<string, TAnswerValue> = {};
    questionnaire.questions.forEach((question, index) => {
      const entry = values[index]!;
      if (entry.keep) raw[question.id] = entry.value;
    });
    return pruneHiddenAnswers(questionnaire, raw);
  });
}
