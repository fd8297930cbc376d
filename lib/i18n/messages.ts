// Message catalogs: one JSON file per namespace and locale under lib/i18n/messages/<locale>/
// (common.json holds the small shared namespaces). Every user-facing string lives here;
// lib/i18n/messages.test.ts fails when a key exists in one locale but not the other. Client
// components get only the namespaces they use (components/i18n/client-messages.tsx).
import deApiTokens from './messages/de/apiTokens.json';
import deAssessments from './messages/de/assessments.json';
import deClaims from './messages/de/claims.json';
import deClients from './messages/de/clients.json';
import deCommon from './messages/de/common.json';
import dePortal from './messages/de/portal.json';
import dePortfolio from './messages/de/portfolio.json';
import deQuestionnaire from './messages/de/questionnaire.json';
import deQueue from './messages/de/queue.json';
import deRecommendations from './messages/de/recommendations.json';
import deReport from './messages/de/report.json';
import deResults from './messages/de/results.json';
import deNotifications from './messages/de/notifications.json';
import dePlacement from './messages/de/placement.json';
import deScoring from './messages/de/scoring.json';
import deSecurity from './messages/de/security.json';
import deWizard from './messages/de/wizard.json';
import enApiTokens from './messages/en/apiTokens.json';
import enAssessments from './messages/en/assessments.json';
import enClaims from './messages/en/claims.json';
import enClients from './messages/en/clients.json';
import enCommon from './messages/en/common.json';
import enPortal from './messages/en/portal.json';
import enPortfolio from './messages/en/portfolio.json';
import enQuestionnaire from './messages/en/questionnaire.json';
import enQueue from './messages/en/queue.json';
import enRecommendations from './messages/en/recommendations.json';
import enReport from './messages/en/report.json';
import enResults from './messages/en/results.json';
import enNotifications from './messages/en/notifications.json';
import enPlacement from './messages/en/placement.json';
import enScoring from './messages/en/scoring.json';
import enSecurity from './messages/en/security.json';
import enWizard from './messages/en/wizard.json';
import type { TLocale } from './config';

export type TMessages = Record<string, unknown>;

export const MESSAGES: Record<TLocale, TMessages> = {
  en: { ...enCommon, clients: enClients, assessments: enAssessments, wizard: enWizard, results: enResults, report: enReport, portfolio: enPortfolio, apiTokens: enApiTokens, questionnaire: enQuestionnaire, scoring: enScoring, security: enSecurity, queue: enQueue, placement: enPlacement, notifications: enNotifications, claims: enClaims, recommendations: enRecommendations, portal: enPortal },
  de: { ...deCommon, clients: deClients, assessments: deAssessments, wizard: deWizard, results: deResults, report: deReport, portfolio: dePortfolio, apiTokens: deApiTokens, questionnaire: deQuestionnaire, scoring: deScoring, security: deSecurity, queue: deQueue, placement: dePlacement, notifications: deNotifications, claims: deClaims, recommendations: deRecommendations, portal: dePortal },
};

export function getMessages(locale: TLocale): TMessages {
  return MESSAGES[locale];
}

/**
 * The parts of a catalog that client components need: whole namespaces ('clients') or sub-trees
 * ('scoring.issues'). Everything else stays on the server, so a page ships only what it shows.
 */
export function pickMessages(messages: TMessages, paths: readonly string[]): TMessages {
  const picked: TMessages = {};
  for (const path of paths) {
    const parts = path.split('.');
    let source: unknown = messages;
    for (const part of parts) source = source && typeof source === 'object' ? (source as TMessages)[part] : undefined;
    if (source === undefined) throw new Error(`No messages at ${path}`);
    let target = picked;
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as TMessages;
    target[parts.at(-1)!] = source;
  }
  return picked;
}
