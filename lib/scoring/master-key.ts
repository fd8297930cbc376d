// Master-key exposure (Storm-0558 scenario): how far a forged or stolen identity-provider token
// would get, and how likely the client is to notice. 0..100, HIGHER = MORE EXPOSED.
//
//   exposure = reach × (0.5 + 0.5 × persistence/100) × (0.35 + 0.65 × detectionGap/100)
//
// reach:        what a valid token opens (cloud mail on the IdP, SSO share, collaboration, sensitive
//               data, apps with organisation-wide mail access) — 0..100
// persistence:  how easily tokens are forged, replayed or kept alive (issuer validation of own apps,
//               personal accounts, self-run signers and their keys, session lifetime, token binding)
// detectionGap: 100 − detection capability (mail-access events, retention, SIEM, mail-anomaly
//               monitoring, token-anomaly alerts; halved when the central audit log is off).
//               Forged tokens leave no sign-in events at the identity provider: the customer sees
//               them only in mail-access events (MailItemsAccessed caught Storm-0558). So retention,
//               SIEM and mail-anomaly monitoring count only as far as mail access is recorded
//               (all = 100 %, some = 40 %, none/unknown = 0); token-anomaly alerts count on their own
//               (they catch replayed stolen tokens and risky sign-ins).
// The Storm-0558 pattern — own multi-tenant sign-in apps without issuer/tenant validation (none or
// unknown), cloud mail on the provider's identity platform, mail access not recorded (none or
// unknown) — is at least MASTER_KEY_STORM_PATTERN_FLOOR (60, severe) whatever the formula gives:
// forged tokens are accepted and their use cannot be seen. Severe makes the master-key finding
// critical and caps the grade at D (evaluate-risk.ts). When the floor lifts the score, the
// `storm_pattern` driver (group 'floor') carries the score points it adds, so the drivers still
// account for the whole score.
// Even a perfectly hardened tenant keeps half of its reach and a third of it unnoticed: a valid token
// is a valid token. Unanswered questions add nothing to reach/persistence and no detection credit.
import type { AnswerView } from './answers';
import { clamp, roundTo } from './math';
import type { TMasterKeyDriver, TMasterKeyExposure, TMasterKeyLevel } from './types';

/** Master-key exposure levels (score >= bound); higher = more exposed. */
export const MASTER_KEY_LEVELS = [
  { level: 'severe', min: 60 },
  { level: 'high', min: 40 },
  { level: 'moderate', min: 20 },
  { level: 'low', min: 0 },
] as const;

/**
 * Minimum master-key exposure of the Storm-0558 pattern (own multi-tenant sign-in apps without
 * issuer/tenant validation + cloud mail on the provider's identity platform + mail access not
 * recorded): severe, which makes the master-key finding critical and caps the grade at D.
 */
export const MASTER_KEY_STORM_PATTERN_FLOOR = 60;

export const MASTER_KEY_DRIVER_IDS = [
  'cloud_mail_on_idp',
  'sso_share',
  'collaboration_on_idp',
  'sensitive_data_in_mail',
  'app_level_mail_access',
  'issuer_validation_gap',
  'personal_accounts_accepted',
  'consumer_accounts',
  'self_run_signer',
  'long_token_lifetime',
  'no_token_binding',
  'mail_access_not_logged',
  'short_log_retention',
  'no_siem',
  'mail_anomaly_unwatched',
  'no_token_anomaly_alerts',
  'audit_log_off',
  'storm_pattern',
] as const;
type TDriverId = (typeof MASTER_KEY_DRIVER_IDS)[number];

function pick(table: Readonly<Record<string, number>>, value: string | undefined): number {
  return value === undefined ? 0 : (table[value] ?? 0);
}

/** How many selected ids are in `set` (the same count as selected.filter(in set).length). */
function countIncluded(selected: readonly string[], set: readonly string[]): number {
  let count = 0;
  for (const id of selected) if (set.includes(id)) count++;
  return count;
}

/** Options of mail_sensitive_data that name a category of sensitive data (not 'none' / 'dont_know'). */
export const SENSITIVE_CATEGORIES = [
  'customer_personal_data',
  'special_category_data',
  'payment_card_data',
  'trade_secrets',
  'credentials_secrets',
  'privileged_legal',
];
const SELF_RUN_ISSUERS = ['adfs', 'keycloak', 'custom_oidc_saml', 'other_issuer'];

export function getMasterKeyLevel(score: number): TMasterKeyLevel {
  return MASTER_KEY_LEVELS.find((entry) => score >= entry.min)?.level ?? 'low';
}

// Point tables and driver question lists, built once.
const MAIL_PLATFORM_REACH = { exchange_online: 35, exchange_hybrid: 35, google_workspace: 35, other_mail: 15, exchange_on_prem: 5 };
const MAIL_ACCESS_APP_REACH = { one_to_three: 3, four_to_ten: 6, more_than_ten: 10, dont_know: 10 };
const ISSUER_VALIDATION_POINTS = { none: 30, dont_know: 30, some: 15 };
const ACCOUNT_TYPE_POINTS = { work_and_personal: 10, dont_know: 10, any_work_tenant: 5 };
const CONSUMER_ACCOUNT_POINTS = { tolerated: 10, dont_know: 10, guests_only: 3 };
const KEY_STORAGE_POINTS = { software_keystore: 10, dont_know: 10 };
const KEY_ROTATION_POINTS = { over_1y: 10, never: 10, dont_know: 10, within_1y: 5 };
const SESSION_LIFETIME_POINTS = { not_restricted: 10, dont_know: 10, up_to_7d: 7, up_to_24h: 3 };
const MAIL_ACCESS_LOGGING = { all: 30, some: 12 };
/** Detection points that depend on mail-access events (retention 20 + SIEM 20 + mail anomaly 15). */
const MAIL_DEPENDENT_DETECTION = 55;
/** Cloud mail signed in through the provider's identity platform (Entra ID, Google). */
const CLOUD_MAIL_PLATFORMS = ['exchange_online', 'exchange_hybrid', 'google_workspace'];
const UNVALIDATED_ISSUER = ['none', 'dont_know'];
const MAIL_ACCESS_UNRECORDED = ['none', 'dont_know'];
const LOG_RETENTION = { over_one_year: 20, one_year: 18, days_180: 10, days_90: 4 };
const SIEM = { all: 20, some: 10 };
const MAIL_ANOMALY_DETECTION = { around_the_clock: 15, business_hours: 7 };

const DRIVER_QUESTION_IDS: Readonly<Record<TDriverId, readonly string[]>> = {
  cloud_mail_on_idp: ['dep_mail_platform'],
  sso_share: ['dep_sso_share'],
  collaboration_on_idp: ['mail_collab_services'],
  sensitive_data_in_mail: ['mail_sensitive_data'],
  app_level_mail_access: ['app_mail_access_apps'],
  issuer_validation_gap: ['tok_own_signin_apps', 'tok_issuer_validation'],
  personal_accounts_accepted: ['tok_account_types'],
  consumer_accounts: ['dep_consumer_accounts'],
  self_run_signer: ['key_self_issuers', 'key_storage', 'key_rotation'],
  long_token_lifetime: ['tok_session_lifetime'],
  no_token_binding: ['tok_mitigations'],
  mail_access_not_logged: ['log_mail_access_events'],
  short_log_retention: ['log_retention'],
  no_siem: ['log_siem'],
  mail_anomaly_unwatched: ['log_mail_anomaly_detection'],
  no_token_anomaly_alerts: ['log_token_anomaly_alerts'],
  audit_log_off: ['log_unified_audit'],
  storm_pattern: ['tok_issuer_validation', 'dep_mail_platform', 'log_mail_access_events'],
};

/** Every question the exposure reads (its drivers' questions); nothing else changes it. */
export const MASTER_KEY_QUESTION_IDS: readonly string[] = [...new Set(Object.values(DRIVER_QUESTION_IDS).flat())];

/** Records a driver and passes its points through. */
function addDriver(drivers: TMasterKeyDriver[], id: TDriverId, group: TMasterKeyDriver['group'], points: number): number {
  if (points > 0) drivers.push({ id, group, points: roundTo(points, 1), questionIds: [...DRIVER_QUESTION_IDS[id]] });
  return points;
}

/** Largest contribution first; equal ones by id (ids are lowercase ASCII and '_', so code-unit order is collation order). */
function compareDrivers(a: TMasterKeyDriver, b: TMasterKeyDriver): number {
  return b.points - a.points || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function computeMasterKeyExposure(answers: AnswerView): TMasterKeyExposure {
  const drivers: TMasterKeyDriver[] = [];

  // Reach
  let reach = 0;
  reach += addDriver(drivers, 'cloud_mail_on_idp', 'reach', pick(MAIL_PLATFORM_REACH, answers.string('dep_mail_platform')));
  const ssoShare = answers.get('dep_sso_share');
  reach += addDriver(drivers, 'sso_share', 'reach', typeof ssoShare === 'number' ? (30 * ssoShare) / 100 : 0);
  const collaboration = answers.list('mail_collab_services');
  reach += addDriver(drivers, 'collaboration_on_idp', 'reach', collaboration && !collaboration.includes('none') ? 10 : 0);
  const sensitive = answers.list('mail_sensitive_data');
  const sensitivePoints = !sensitive ? 0 : sensitive.includes('dont_know') ? 15 : Math.min(15, 5 * countIncluded(sensitive, SENSITIVE_CATEGORIES));
  reach += addDriver(drivers, 'sensitive_data_in_mail', 'reach', sensitivePoints);
  reach += addDriver(drivers, 'app_level_mail_access', 'reach', pick(MAIL_ACCESS_APP_REACH, answers.string('app_mail_access_apps')));
  reach = clamp(reach, 0, 100);

  // Persistence
  let persistence = 0;
  const issuerValidation = pick(ISSUER_VALIDATION_POINTS, answers.string('tok_issuer_validation'));
  // Not knowing whether own sign-in apps exist adds 10 on top of the follow-ups' answers (shown for
  // "don't know" as for "yes"), so the unknown gate weighs more than an honest "yes".
  const ownAppsUnknown = answers.string('tok_own_signin_apps') === 'dont_know' ? 10 : 0;
  persistence += addDriver(drivers, 'issuer_validation_gap', 'persistence', issuerValidation + ownAppsUnknown);
  persistence += addDriver(drivers, 'personal_accounts_accepted', 'persistence', pick(ACCOUNT_TYPE_POINTS, answers.string('tok_account_types')));
  persistence += addDriver(drivers, 'consumer_accounts', 'persistence', pick(CONSUMER_ACCOUNT_POINTS, answers.string('dep_consumer_accounts')));
  const issuers = answers.list('key_self_issuers');
  let signerPoints = 0;
  // "Don't know" shows the key questions too (an unknown gate is resolved by its follow-ups) and
  // weighs like a self-run signer plus 5 for not knowing which.
  const issuersUnknown = issuers?.includes('dont_know') ?? false;
  if (issuersUnknown || (issuers !== undefined && countIncluded(issuers, SELF_RUN_ISSUERS) > 0)) {
    signerPoints =
      (issuersUnknown ? 10 : 5) + pick(KEY_STORAGE_POINTS, answers.string('key_storage')) + pick(KEY_ROTATION_POINTS, answers.string('key_rotation'));
  }
  persistence += addDriver(drivers, 'self_run_signer', 'persistence', signerPoints);
  persistence += addDriver(drivers, 'long_token_lifetime', 'persistence', pick(SESSION_LIFETIME_POINTS, answers.string('tok_session_lifetime')));
  const mitigations = answers.list('tok_mitigations');
  const bindingPoints = !mitigations
    ? 0
    : mitigations.includes('none') || mitigations.includes('dont_know')
      ? 10
      : mitigations.length === 1
        ? 5
        : 0;
  persistence += addDriver(drivers, 'no_token_binding', 'persistence', bindingPoints);
  persistence = clamp(persistence, 0, 100);

  // Detection: capability first (summed in this order), then the gap drivers are what is missing from
  // it. Retention, SIEM and mail-anomaly monitoring count at the mail-access coverage; what they lose
  // for want of mail-access events is part of the mail_access_not_logged driver, so the detection
  // drivers add up to the gap.
  const mailAccess = answers.string('log_mail_access_events');
  const mailAccessLogging = pick(MAIL_ACCESS_LOGGING, mailAccess);
  const coverage = mailAccessLogging / MAIL_ACCESS_LOGGING.all;
  const logRetention = pick(LOG_RETENTION, answers.string('log_retention'));
  const siem = pick(SIEM, answers.string('log_siem'));
  const mailAnomaly = pick(MAIL_ANOMALY_DETECTION, answers.string('log_mail_anomaly_detection'));
  const tokenAnomaly = answers.string('log_token_anomaly_alerts') === 'yes' ? 15 : 0;
  let capability = 0;
  capability += mailAccessLogging;
  addDriver(drivers, 'mail_access_not_logged', 'detection', 30 - mailAccessLogging + (1 - coverage) * MAIL_DEPENDENT_DETECTION);
  capability += coverage * logRetention;
  addDriver(drivers, 'short_log_retention', 'detection', coverage * (20 - logRetention));
  capability += coverage * siem;
  addDriver(drivers, 'no_siem', 'detection', coverage * (20 - siem));
  capability += coverage * mailAnomaly;
  addDriver(drivers, 'mail_anomaly_unwatched', 'detection', coverage * (15 - mailAnomaly));
  capability += tokenAnomaly;
  addDriver(drivers, 'no_token_anomaly_alerts', 'detection', 15 - tokenAnomaly);
  const audit = answers.string('log_unified_audit');
  if (audit !== undefined && audit !== 'yes') {
    addDriver(drivers, 'audit_log_off', 'detection', capability / 2);
    capability /= 2;
  }
  const detectionGap = clamp(100 - capability, 0, 100);

  const formula = reach * (0.5 + (0.5 * persistence) / 100) * (0.35 + (0.65 * detectionGap) / 100);
  const stormPattern =
    answers.isOneOf('tok_issuer_validation', UNVALIDATED_ISSUER) &&
    answers.isOneOf('dep_mail_platform', CLOUD_MAIL_PLATFORMS) &&
    answers.isOneOf('log_mail_access_events', MAIL_ACCESS_UNRECORDED);
  const score = clamp(stormPattern ? Math.max(formula, MASTER_KEY_STORM_PATTERN_FLOOR) : formula, 0, 100);
  // Score points (not points of a 0..100 component) the floor adds above the formula.
  if (stormPattern) addDriver(drivers, 'storm_pattern', 'floor', score - clamp(formula, 0, 100));
  drivers.sort(compareDrivers);
  return {
    score: roundTo(score, 1),
    level: getMasterKeyLevel(roundTo(score, 1)),
    reach: roundTo(reach, 1),
    persistence: roundTo(persistence, 1),
    detectionGap: roundTo(detectionGap, 1),
    drivers,
  };
}
