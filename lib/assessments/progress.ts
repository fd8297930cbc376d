// How far a questionnaire is: per section and overall, the visible required questions and how many
// are answered, and where to resume (the first visible required question without an answer). Pure:
// the page computes the resume point on the server, the wizard the live progress in the browser.
import { isAnswered, isQuestionVisible, pruneHiddenAnswers, type TQuestionnaire, type TRawAnswers } from '../questionnaire';

export type TSectionProgress = {
  sectionId: string;
  /** Visible questions of the section, and how many of them have an answer. */
  visible: number;
  answered: number;
  requiredVisible: number;
  requiredAnswered: number;
};

export type TProgress = {
  sections: TSectionProgress[];
  requiredVisible: number;
  requiredAnswered: number;
  /** Where to resume: the first visible required question without an answer; null when complete. */
  firstMissing: { sectionId: string; questionId: string } | null;
};

export function summariseProgress(questionnaire: TQuestionnaire, values: TRawAnswers): TProgress {
  const visibleAnswers = pruneHiddenAnswers(questionnaire, values);
  const bySection = new Map(questionnaire.sections.map((section) => [section.id, { sectionId: section.id, visible: 0, answered: 0, requiredVisible: 0, requiredAnswered: 0 }]));
  let firstMissing: TProgress['firstMissing'] = null;
  for (const question of questionnaire.questions) {
    if (!isQuestionVisible(question, visibleAnswers)) continue;
    const section = bySection.get(question.sectionId)!;
    const answered = isAnswered(visibleAnswers[question.id]);
    section.visible++;
    if (answered) section.answered++;
    if (question.required) {
      section.requiredVisible++;
      if (answered) section.requiredAnswered++;
      else firstMissing ??= { sectionId: question.sectionId, questionId: question.id };
    }
  }
  const sections = [...bySection.values()];
  return {
    sections,
    requiredVisible: sections.reduce((sum, section) => sum + section.requiredVisible, 0),
    requiredAnswered: sections.reduce((sum, section) => sum + section.requiredAnswered, 0),
    firstMissing,
  };
}
