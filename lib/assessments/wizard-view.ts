// The questionnaire as the wizard shows it: the definition's logic plus every text the wizard needs,
// translated on the server so the browser receives only this questionnaire's texts in one language.
import type { TQuestion, TQuestionnaire } from '../questionnaire';

/** The wizard's last step after one step per section: review and submit. */
export const REVIEW_STEP = 'review';

/** The wizard's steps in order: the sections, then the review. */
export function wizardSteps(questionnaire: { sections: readonly { id: string }[] }): string[] {
  return [...questionnaire.sections.map((section) => section.id), REVIEW_STEP];
}

export type TWizardOption = { id: string; label: string; exclusive: boolean };

export type TWizardQuestion = {
  id: string;
  sectionId: string;
  type: TQuestion['type'];
  required: boolean;
  critical: boolean;
  text: string;
  help: string;
  options: TWizardOption[];
  min?: number | string;
  max?: number | string;
  /** Dates only: the question asks about the past. */
  notInFuture?: boolean;
};

export type TWizardSection = { id: string; title: string; description: string };

export type TWizardView = { version: string; sections: TWizardSection[]; questions: TWizardQuestion[] };

export function buildWizardView(questionnaire: TQuestionnaire, t: (key: string) => string): TWizardView {
  return {
    version: questionnaire.version,
    sections: questionnaire.sections.map((section) => ({
      id: section.id,
      title: t(`questionnaire.sections.${section.id}.title`),
      description: t(`questionnaire.sections.${section.id}.description`),
    })),
    questions: questionnaire.questions.map((question) => ({
      id: question.id,
      sectionId: question.sectionId,
      type: question.type,
      required: question.required,
      critical: question.critical === true,
      text: t(`questionnaire.questions.${question.id}.text`),
      help: t(`questionnaire.questions.${question.id}.help`),
      options: 'options' in question ? question.options.map((option) => ({ id: option.id, label: t(`questionnaire.questions.${question.id}.options.${option.id}`), exclusive: option.exclusive === true })) : [],
      ...('min' in question ? { min: question.min, max: question.max } : {}),
      ...(question.type === 'date' && question.notInFuture ? { notInFuture: true } : {}),
    })),
  };
}
