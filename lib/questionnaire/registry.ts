import { idpExposureV1 } from './definitions/idp-exposure-v1';
import { IDP_EXPOSURE_V2, idpExposureV2 } from './definitions/idp-exposure-v2';
import type { TQuestion, TQuestionnaire, TSection } from './types';

/** The version new assessments use. Older drafts can be upgraded to it (upgradeAnswers). */
export const CURRENT_QUESTIONNAIRE_VERSION = IDP_EXPOSURE_V2;

// Every released version stays loadable: stored answers and stored scores name the version they
// were made with, and reproducing an old result must not depend on the current definition.
const QUESTIONNAIRES: ReadonlyMap<string, TQuestionnaire> = new Map([
  [idpExposureV1.version, idpExposureV1],
  [idpExposureV2.version, idpExposureV2],
]);

export function getQuestionnaire(version: string): TQuestionnaire | undefined {
  return QUESTIONNAIRES.get(version);
}

export function listQuestionnaireVersions(): string[] {
  return [...QUESTIONNAIRES.keys()];
}

type TQuestionIndex = { byId: ReadonlyMap<string, TQuestion>; sectionsById: ReadonlyMap<string, TSection> };

const indexCache = new WeakMap<TQuestionnaire, TQuestionIndex>();

function getQuestionIndex(questionnaire: TQuestionnaire): TQuestionIndex {
  let index = indexCache.get(questionnaire);
  if (!index) {
    index = {
      byId: new Map(questionnaire.questions.map((question) => [question.id, question])),
      sectionsById: new Map(questionnaire.sections.map((section) => [section.id, section])),
    };
    indexCache.set(questionnaire, index);
  }
  return index;
}

export function getQuestion(questionnaire: TQuestionnaire, questionId: string): TQuestion | undefined {
  return getQuestionIndex(questionnaire).byId.get(questionId);
}

export function getSection(questionnaire: TQuestionnaire, sectionId: string): TSection | undefined {
  return getQuestionIndex(questionnaire).sectionsById.get(sectionId);
}

export function listSectionQuestions(questionnaire: TQuestionnaire, sectionId: string): TQuestion[] {
  return questionnaire.questions.filter((question) => question.sectionId === sectionId);
}
