// Public API of the questionnaire: versioned definitions, visibility and derived zod schemas.
export type {
  TAnswerIssue,
  TAnswerIssueCode,
  TAnswers,
  TAnswerType,
  TAnswerValue,
  TChoiceQuestion,
  TCondition,
  TDateQuestion,
  TNumberQuestion,
  TNumericSafety,
  TOption,
  TQuestion,
  TQuestionnaire,
  TRawAnswers,
  TSection,
  TValidateAnswersResult,
  TValidationMode,
} from './types';
export type { TCompiledCondition, TConditionSource } from './conditions';
export {
  compileCondition,
  evaluateCondition,
  evaluateConditionWith,
  isAnswered,
  isConditionDecided,
  isQuestionVisible,
  listConditionQuestionIds,
  listVisibleQuestions,
  pruneHiddenAnswers,
} from './conditions';
export {
  CURRENT_QUESTIONNAIRE_VERSION,
  getQuestion,
  getQuestionnaire,
  getSection,
  listQuestionnaireVersions,
  listSectionQuestions,
} from './registry';
export { compareAnswerSafety, getRiskiestAnswer, getSafestAnswer, hasSafetyOrder } from './safety';
export { buildAnswerValueSchema, getAnswersSchema, isCalendarDate, validateAnswers } from './schema';
export type { TAnswersSchemaOptions, TValidateAnswersOptions } from './schema';
export { IDP_EXPOSURE_V1 } from './definitions/idp-exposure-v1';
export { IDP_EXPOSURE_V2 } from './definitions/idp-exposure-v2';
export { canUpgradeAnswers, upgradeAnswers } from './upgrade';
export type { TUpgradeAnswersResult } from './upgrade';
