// Public API of the Signet scoring model (pure, deterministic, versioned); documented in
// docs/scoring-model.md. Everything else in this folder is internal: tests import it directly.
export { SCORING_MODEL_VERSION, SUPPORTED_QUESTIONNAIRE_VERSIONS } from './version';
export { DEFAULT_LOSS_TRIALS, scoreAssessment } from './score-assessment';
export { GRADE_THRESHOLDS, getGradeForScore } from './grades';
export { getMasterKeyLevel } from './master-key';
// Calendar arithmetic the monitoring plan uses; the results page dates the next reassessment with it.
export { addMonths } from './dates';
export type * from './types';
export { SUPPORTED_LOCALES, isSupportedLocale, localizeQuestionnaire, localizeScoringResult, lookupMessage } from './localize';
export type { TLocale, TLocalizedScoringResult, TResultTexts } from './localize';
