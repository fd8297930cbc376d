// Message catalogs: one JSON file per namespace and locale under lib/i18n/messages/<locale>/.
// Every user-facing string lives here; lib/i18n/messages.test.ts fails when a key exists in one
// locale but not the other.
import deCommon from './messages/de/common.json';
import deQuestionnaire from './messages/de/questionnaire.json';
import deScoring from './messages/de/scoring.json';
import enCommon from './messages/en/common.json';
import enQuestionnaire from './messages/en/questionnaire.json';
import enScoring from './messages/en/scoring.json';
import type { TLocale } from './config';

export type TMessages = Record<string, unknown>;

export const MESSAGES: Record<TLocale, TMessages> = {
  en: { ...enCommon, questionnaire: enQuestionnaire, scoring: enScoring },
  de: { ...deCommon, questionnaire: deQuestionnaire, scoring: deScoring },
};

export function getMessages(locale: TLocale): TMessages {
  return MESSAGES[locale];
}
