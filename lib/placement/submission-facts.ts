// The facts of a submitted snapshot that the insurer's queue, portfolio dashboard and master-key
// scenario aggregate: copied onto each Submission row so PostgreSQL can group and filter them with
// indexes instead of reading result JSON. Pure: the placement actions, the demo seed and the
// synthetic book (npm run db:seed:book) all build them here.
import { computeLimitedEventMean, fitLognormal } from '../scoring/loss';
import type { TFinalScoringResult } from '../scoring';

/** The providers of the master-key scenario: a forged-token event at one of them (docs/portfolio.md). */
export const SCENARIO_PROVIDERS = ['microsoft', 'okta', 'google_workspace', 'adfs'] as const;
export type TScenarioProvider = (typeof SCENARIO_PROVIDERS)[number];

/** The loss scenario whose magnitude is "this insured's loss given a forged-token event". */
export const TOKEN_FORGERY_SCENARIO_ID = 'idp_token_forgery';

/**
 * The Submission column of each scored section's score (0..100), so the portfolio averages a column
 * (PostgreSQL's avg skips nulls: a section the insured did not have scored does not count as 0).
 * A new section needs a column (migration) and an entry here; the unit test holds the two together.
 */
export const SECTION_SCORE_FIELDS = {
  landscape: 'scoreLandscape',
  authentication: 'scoreAuthentication',
  privileged_access: 'scorePrivilegedAccess',
  tokens_keys: 'scoreTokensKeys',
  third_party_apps: 'scoreThirdPartyApps',
  mail_collaboration: 'scoreMailCollaboration',
  logging_detection: 'scoreLoggingDetection',
  incident_response: 'scoreIncidentResponse',
  governance: 'scoreGovernance',
} as const;
export type TPortfolioSectionId = keyof typeof SECTION_SCORE_FIELDS;
export type TSectionScoreField = (typeof SECTION_SCORE_FIELDS)[TPortfolioSectionId];
export const PORTFOLIO_SECTION_IDS = Object.keys(SECTION_SCORE_FIELDS) as TPortfolioSectionId[];

/** z of the 99.5th percentile of the standard normal: the 1-in-200 severity. */
const Z_995 = 2.5758293;

export type TSubmissionFacts = Record<TSectionScoreField, number | null> & {
  score: number;
  grade: string;
  masterKeyExposure: number;
  identityProviders: TScenarioProvider[];
  mailPlatforms: string[];
  expectedAnnualLossEur: number;
  eventLossMeanEur: number;
  eventLossP995Eur: number;
};

type TAnswerRecord = Readonly<Record<string, unknown>>;

function selects(answers: TAnswerRecord, questionId: string, optionId: string): boolean {
  const value = answers[questionId];
  return Array.isArray(value) ? value.includes(optionId) : value === optionId;
}

/**
 * Which scenario providers' signing keys can forge sign-ins to this insured:
 * - microsoft: Entra ID as an identity provider, or mail on Exchange Online (the 2023 incident forged
 *   Outlook/Exchange Online tokens with a Microsoft consumer key);
 * - okta, google_workspace: used as identity provider (Google also when it hosts the mail);
 * - adfs: a self-run AD FS, as the Entra ID federation or as a token issuer of its own.
 */
export function listScenarioProviders(answers: TAnswerRecord): TScenarioProvider[] {
  const providers: TScenarioProvider[] = [];
  if (selects(answers, 'dep_idps', 'entra_id') || selects(answers, 'dep_mail_platform', 'exchange_online') || selects(answers, 'dep_mail_platform', 'exchange_hybrid')) {
    providers.push('microsoft');
  }
  if (selects(answers, 'dep_idps', 'okta')) providers.push('okta');
  if (selects(answers, 'dep_idps', 'google_workspace') || selects(answers, 'dep_mail_platform', 'google_workspace')) providers.push('google_workspace');
  if (selects(answers, 'dep_ad_connection', 'federation_adfs') || selects(answers, 'key_self_issuers', 'adfs')) providers.push('adfs');
  return providers;
}

/** Mean and 1-in-200 loss of one forged-token event for this insured (EUR, whole), from the model's own scenario. */
export function tokenForgeryEventLoss(result: TFinalScoringResult): { meanEur: number; p995Eur: number } {
  const scenario = result.loss?.input.scenarios.find((candidate) => candidate.id === TOKEN_FORGERY_SCENARIO_ID);
  if (!scenario) return { meanEur: 0, p995Eur: 0 };
  const cap = scenario.magnitudeCap ?? Number.POSITIVE_INFINITY;
  if (scenario.magnitude.p05 === scenario.magnitude.p95) {
    const value = Math.round(Math.min(scenario.magnitude.p05, cap));
    return { meanEur: value, p995Eur: value };
  }
  const parameters = fitLognormal(scenario.magnitude.p05, scenario.magnitude.p95);
  const meanEur = Math.round(computeLimitedEventMean(scenario, parameters, Number.POSITIVE_INFINITY));
  const p995Eur = Math.round(Math.min(cap, Math.exp(parameters.mu + Z_995 * parameters.sigma)));
  return { meanEur, p995Eur };
}

/** Each portfolio section's score from the result (null when the section was not scored). */
export function sectionScoreFacts(result: TFinalScoringResult): Record<TSectionScoreField, number | null> {
  const byId = new Map(result.risk.sections.map((section) => [section.sectionId, section.score]));
  return Object.fromEntries(PORTFOLIO_SECTION_IDS.map((id) => [SECTION_SCORE_FIELDS[id], byId.get(id) ?? null])) as Record<TSectionScoreField, number | null>;
}

export function buildSubmissionFacts(snapshot: { score: number; grade: string; masterKeyExposure: number; answers: TAnswerRecord; result: TFinalScoringResult }): TSubmissionFacts {
  const eventLoss = tokenForgeryEventLoss(snapshot.result);
  const mail = snapshot.answers.dep_mail_platform;
  return {
    ...sectionScoreFacts(snapshot.result),
    score: snapshot.score,
    grade: snapshot.grade,
    masterKeyExposure: snapshot.masterKeyExposure,
    identityProviders: listScenarioProviders(snapshot.answers),
    mailPlatforms: typeof mail === 'string' ? [mail] : [],
    expectedAnnualLossEur: Math.round(snapshot.result.loss?.expectedAnnualLossEur ?? 0),
    eventLossMeanEur: eventLoss.meanEur,
    eventLossP995Eur: eventLoss.p995Eur,
  };
}
