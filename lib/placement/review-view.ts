// The underwriter's review page as plain data: the answers with the broker's notes, the model's
// values beside the overrides in force, and the quote prefill from the model's subjectivities.
// Pure (no database, no clock: `today` comes in).
import { changedAnswerIds } from '@/lib/assessments/answer-diff';
import { getMessages } from '@/lib/i18n/messages';
import { getQuestion, type TAnswerValue, type TQuestionnaire } from '@/lib/questionnaire';
import { describeAnswerValue, type TAnswerDisplay, type TResultsView } from '@/lib/results/build-results-view';
import { lookupMessage, type TLocale } from '@/lib/scoring';

type TMessageTree = Parameters<typeof lookupMessage>[0];

export type TReviewAnswer = { questionId: string; sectionId: string; question: string; answer: TAnswerDisplay; note: string | null };

/** Every answer of the snapshot in questionnaire order, with the broker's note where there is one. */
export function buildReviewAnswers(options: { questionnaire: TQuestionnaire; locale: TLocale; answers: Record<string, unknown>; notes: Record<string, string> }): TReviewAnswer[] {
  const messages = getMessages(options.locale).questionnaire as TMessageTree;
  return options.questionnaire.questions
    .filter((question) => options.answers[question.id] !== undefined && options.answers[question.id] !== null)
    .map((question) => ({
      questionId: question.id,
      sectionId: question.sectionId,
      question: lookupMessage(messages, `questions.${question.id}.text`),
      answer: describeAnswerValue({ questionnaire: options.questionnaire, messages, questionId: question.id, value: options.answers[question.id] as TAnswerValue }),
      note: options.notes[question.id] ?? null,
    }))
    .filter((row) => getQuestion(options.questionnaire, row.questionId) !== undefined);
}

export type TRevisedAnswer = { questionId: string; question: string; before: TAnswerDisplay | null; after: TAnswerDisplay | null };

/** The answers a revision changed (added, removed or different), in questionnaire order, before beside after. */
export function buildRevisedAnswers(options: { questionnaire: TQuestionnaire; locale: TLocale; before: Record<string, unknown>; after: Record<string, unknown> }): TRevisedAnswer[] {
  const messages = getMessages(options.locale).questionnaire as TMessageTree;
  const describe = (answers: Record<string, unknown>, questionId: string) =>
    answers[questionId] === undefined || answers[questionId] === null ? null : describeAnswerValue({ questionnaire: options.questionnaire, messages, questionId, value: answers[questionId] as TAnswerValue });
  return changedAnswerIds({ before: options.before, after: options.after, order: options.questionnaire.questions.map((question) => question.id) })
    .filter((questionId) => getQuestion(options.questionnaire, questionId) !== undefined)
    .map((questionId) => ({ questionId, question: lookupMessage(messages, `questions.${questionId}.text`), before: describe(options.before, questionId), after: describe(options.after, questionId) }));
}

export type TScoreRow = {
  /** 'grade' or 'section:<id>' (the override target). */
  target: string;
  label: string;
  modelValue: string;
  /** The override in force (the newest for the target), or null. */
  override: { value: string; justification: string; authorName: string | null; createdAt: Date } | null;
};

/** The grade and each scored section: the model's value beside the override in force. */
export function buildScoreRows(options: {
  view: TResultsView;
  gradeLabel: string;
  overrides: ReadonlyArray<{ target: string; overrideValue: string; justification: string; authorName: string | null; createdAt: Date }>;
}): TScoreRow[] {
  // Overrides come newest first: the first per target is in force.
  const inForce = new Map<string, (typeof options.overrides)[number]>();
  for (const override of options.overrides) if (!inForce.has(override.target)) inForce.set(override.target, override);
  const row = (target: string, label: string, modelValue: string): TScoreRow => {
    const override = inForce.get(target);
    return { target, label, modelValue, override: override ? { value: override.overrideValue, justification: override.justification, authorName: override.authorName, createdAt: override.createdAt } : null };
  };
  return [
    row('grade', options.gradeLabel, options.view.risk.grade),
    ...options.view.risk.sections.filter((section) => section.score !== null).map((section) => row(`section:${section.id}`, section.title, String(Math.round(section.score!)))),
  ];
}

/** 'YYYY-MM-DD' plus days (calendar arithmetic in UTC). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The model's subjectivities as quote rows: due before binding -> in 14 days; after binding -> that many days from today. */
export function suggestedSubjectivities(options: { view: TResultsView; today: string }): Array<{ text: string; dueDate: string }> {
  return options.view.protection.insurance.subjectivities.map((subjectivity) => ({ text: subjectivity.text, dueDate: addDays(options.today, subjectivity.dueDays ?? 14) }));
}
