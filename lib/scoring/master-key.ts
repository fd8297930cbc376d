// Master-key exposure (the Storm-0558 and Golden SAML scenarios): how far a forged or stolen
// identity-provider token would get, and how likely the client is to notice. 0..100, HIGHER = MORE
// EXPOSED. Model of signet-scoring@2.0.0:
//
//   exposure = reach × (0.15 + 0.85 × U),   U = 1 − (1 − f)(1 − r)
//   f = forgery/100 × (1 − 0.30 × capability/100)   forged tokens: logging helps little
//   r = replay/100  × (1 − 0.65 × capability/100)   stolen tokens: logging helps much more
//
// reach:      what a valid token opens (cloud mail on the IdP, SSO share, collaboration, sensitive
//             data, apps with organisation-wide mail access, customers on the same IdP) — 0..100
// forgery:    how easily a valid token is minted or accepted from outside: issuer/tenant validation of
//             own apps, apps keying users on email (nOAuth), personal and consumer accounts, a
//             self-run signer with its key in software and not rotated, open cross-tenant and guest
//             access — 0..100
// replay:     how long a stolen token or session stays useful: session lifetime, token binding,
//             admin workstations without EDR — 0..100
// capability: detection (mail-access events, retention, SIEM, mail-anomaly monitoring, token-anomaly
//             alerts; halved when the central audit log is off); detectionGap = 100 − capability.
//             Retention, SIEM and mail-anomaly monitoring count only as far as mail access is
//             recorded (all 100 %, some 40 %, none/unknown 0): a forged token leaves no sign-in at the
//             identity provider, only its use in the mail-access events shows (Storm-0558).
// Why the two paths differ (../shared/domain/golden-saml.md): good logging shortens the damage
// window of a forged token but does not stop it — a forged token is valid — so the best detection
// takes at most 30 % off the forgery path, while it takes 65 % off a replayed stolen token, which
// token-anomaly alerts and short sessions do catch. Perfect hardening keeps 15 % of the reach: a
// valid token is a valid token.
//
// Floors — an organisation that forges or accepts tokens it cannot see is severe (>= 60) whatever the
// formula gives:
// - Storm-0558 pattern: own multi-tenant sign-in apps without issuer/tenant validation (none or
//   unknown) + cloud mail on the provider's identity platform + mail access it cannot see (not
//   recorded, or recorded for some mailboxes or all with nobody watching).
// - Golden SAML pattern: a self-run token signer whose key sits in software (or nobody knows) and is
//   rotated less than yearly (or never, or unknown) + forged tokens it cannot see (issuer and
//   application sign-ins not all in a SIEM, or nobody watching).
// The floor's points are a driver of group 'floor', so the drivers still account for the score.
// Unanswered questions add nothing to reach, forgery or replay and no detection credit.
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

/** The least exposure of the Storm-0558 and Golden SAML patterns: severe (critical finding, grade at most D). */
export const MASTER_KEY_PATTERN_FLOOR = 60;
/** Share of the reach that stays exposed with no forgery or replay risk at all. */
export const RESIDUAL_REACH_SHARE = 0.15;
/** The most that full detection takes off the forgery path, and off the replay path. */
export const DETECTION_RELIEF_FORGERY = 0.3;
export const DETECTION_RELIEF_REPLAY = 0.65;

export const MASTER_KEY_DRIVER_IDS = [
  'cloud_mail_on_idp',
  'sso_share',
  'collaboration_on_idp',
  'sensitive_data_in_mail',
  'app_level_mail_access',
  'shared_workforce_customer_idp',
  'issuer_validation_gap',
  'mutable_user_claims',
  'personal_accounts_accepted',
  'consumer_accounts',
  'self_run_signer',
  'cross_tenant_inbound_open',
  'guest_access_open',
  'long_token_lifetime',
  'no_token_binding',
  'admin_endpoints_unprotected',
  'mail_access_not_logged',
  'short_log_retention',
  'no_siem',
  'mail_anomaly_unwatched',
  'no_token_anomaly_alerts',
  'audit_log_off',
  'storm_pattern',
  'golden_saml_pattern',
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
  for (const entry of MASTER_KEY_LEVELS) if (score >= entry.min) return entry.level;
  return 'low';
}

// Point tables and driver question lists, built once.
const MAIL_PLATFORM_REACH = { exchange_online: 35, exchange_hybrid: 35, google_workspace: 35, other_mail: 15, exchange_on_prem: 5 };
const MAIL_ACCESS_APP_REACH = { one_to_three: 3, four_to_ten: 6, more_than_ten: 10, dont_know: 10 };
const SHARED_IDP_REACH = { shared: 10, dont_know: 10 };
const ISSUER_VALIDATION_POINTS = { none: 40, dont_know: 40, some: 20 };
const MUTABLE_CLAIMS_POINTS = { none: 15, dont_know: 15, some: 8 };
const ACCOUNT_TYPE_POINTS = { work_and_personal: 10, dont_know: 10, any_work_tenant: 5 };
const CONSUMER_ACCOUNT_POINTS = { tolerated: 10, dont_know: 10, guests_only: 3 };
const KEY_STORAGE_POINTS = { software_keystore: 20, dont_know: 20 };
const KEY_ROTATION_POINTS = { over_1y: 20, never: 20, dont_know: 20, within_1y: 8 };
const KEY_ROLLOVER_POINTS = { no: 5, dont_know: 5, untested: 3 };
const CROSS_TENANT_POINTS = { no: 5, dont_know: 5 };
const GUEST_ACCESS_POINTS = { neither: 5, dont_know: 5, one: 2 };
const SESSION_LIFETIME_POINTS = { not_restricted: 35, dont_know: 35, up_to_7d: 25, up_to_24h: 10 };
const ADMIN_EDR_POINTS = { none: 15, dont_know: 15, some_admins: 7 };
const MAIL_ACCESS_LOGGING = { all: 30, some: 12 };
/** Detection points that depend on mail-access events (retention 20 + SIEM 20 + mail anomaly 15). */
const MAIL_DEPENDENT_DETECTION = 55;
/** Cloud mail signed in through the provider's identity platform (Entra ID, Google). */
const CLOUD_MAIL_PLATFORMS = ['exchange_online', 'exchange_hybrid', 'google_workspace'];
const UNVALIDATED_ISSUER = ['none', 'dont_know'];
const MAIL_ACCESS_UNRECORDED = ['none', 'dont_know'];
const NOBODY_WATCHING = ['nobody', 'dont_know'];
const SOFTWARE_KEY = ['software_keystore', 'dont_know'];
const STALE_KEY = ['over_1y', 'never', 'dont_know'];
const LOG_RETENTION = { over_one_year: 20, one_year: 18, days_180: 10, days_90: 4 };
const SIEM = { all: 20, some: 10 };
const MAIL_ANOMALY_DETECTION = { around_the_clock: 15, business_hours: 7 };

// Shared by every driver of the id (results are plain JSON and never mutated; copying them on each of
// the many what-if evaluations would cost more than the rest of the exposure).
const DRIVER_QUESTION_IDS: Readonly<Record<TDriverId, string[]>> = {
  cloud_mail_on_idp: ['dep_mail_platform'],
  sso_share: ['dep_sso_share'],
  collaboration_on_idp: ['mail_collab_services'],
  sensitive_data_in_mail: ['mail_sensitive_data'],
  app_level_mail_access: ['app_mail_access_apps'],
  shared_workforce_customer_idp: ['dep_shared_workforce_customer_idp'],
  issuer_validation_gap: ['tok_own_signin_apps', 'tok_issuer_validation'],
  mutable_user_claims: ['tok_immutable_user_claims'],
  personal_accounts_accepted: ['tok_account_types'],
  consumer_accounts: ['dep_consumer_accounts'],
  self_run_signer: ['key_self_issuers', 'key_storage', 'key_rotation', 'key_emergency_rollover'],
  cross_tenant_inbound_open: ['app_cross_tenant_default'],
  guest_access_open: ['app_guest_restrictions'],
  long_token_lifetime: ['tok_session_lifetime'],
  no_token_binding: ['tok_mitigations'],
  admin_endpoints_unprotected: ['priv_admin_workstation_edr'],
  mail_access_not_logged: ['log_mail_access_events'],
  short_log_retention: ['log_retention'],
  no_siem: ['log_siem'],
  mail_anomaly_unwatched: ['log_mail_anomaly_detection'],
  no_token_anomaly_alerts: ['log_token_anomaly_alerts'],
  audit_log_off: ['log_unified_audit'],
  storm_pattern: ['tok_issuer_validation', 'dep_mail_platform', 'log_mail_access_events', 'log_mail_anomaly_detection'],
  golden_saml_pattern: ['key_self_issuers', 'key_storage', 'key_rotation', 'log_siem', 'log_mail_anomaly_detection'],
};

/** Every question the exposure reads (its drivers' questions); nothing else changes it. */
export const MASTER_KEY_QUESTION_IDS: readonly string[] = [...new Set(Object.values(DRIVER_QUESTION_IDS).flat())];

/** Records a driver and passes its points through. */
function addDriver(drivers: TMasterKeyDriver[], id: TDriverId, group: TMasterKeyDriver['group'], points: number): number {
  if (points > 0) drivers.push({ id, group, points: roundTo(points, 1), questionIds: DRIVER_QUESTION_IDS[id] });
  return points;
}

/** Largest contribution first; equal ones by id (ids are lowercase ASCII and '_', so code-unit order is collation order). */
function compareDrivers(a: TMasterKeyDriver, b: TMasterKeyDriver): number {
  return b.points - a.points || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A self-run token signer, or not knowing whether there is one (which shows the key questions). */
function runsOwnSigner(answers: AnswerView): { runs: boolean; unknown: boolean } {
  const issuers = answers.list('key_self_issuers');
  const unknown = issuers?.includes('dont_know') ?? false;
  return { runs: unknown || (issuers !== undefined && countIncluded(issuers, SELF_RUN_ISSUERS) > 0), unknown };
}

function computeReach(answers: AnswerView, drivers: TMasterKeyDriver[]): number {
  let reach = 0;
  reach += addDriver(drivers, 'cloud_mail_on_idp', 'reach', pick(MAIL_PLATFORM_REACH, answers.string('dep_mail_platform')));
  const ssoShare = answers.number('dep_sso_share');
  reach += addDriver(drivers, 'sso_share', 'reach', ssoShare === undefined ? 0 : (30 * ssoShare) / 100);
  const collaboration = answers.list('mail_collab_services');
  reach += addDriver(drivers, 'collaboration_on_idp', 'reach', collaboration && !collaboration.includes('none') ? 10 : 0);
  const sensitive = answers.list('mail_sensitive_data');
  const sensitivePoints = !sensitive ? 0 : sensitive.includes('dont_know') ? 15 : Math.min(15, 5 * countIncluded(sensitive, SENSITIVE_CATEGORIES));
  reach += addDriver(drivers, 'sensitive_data_in_mail', 'reach', sensitivePoints);
  reach += addDriver(drivers, 'app_level_mail_access', 'reach', pick(MAIL_ACCESS_APP_REACH, answers.string('app_mail_access_apps')));
  reach += addDriver(drivers, 'shared_workforce_customer_idp', 'reach', pick(SHARED_IDP_REACH, answers.string('dep_shared_workforce_customer_idp')));
  return clamp(reach, 0, 100);
}

function computeForgery(answers: AnswerView, drivers: TMasterKeyDriver[]): number {
  let forgery = 0;
  // Not knowing whether own sign-in apps exist adds 10 on top of the follow-ups' answers (shown for
  // "don't know" as for "yes"), so the unknown gate weighs more than an honest "yes".
  const ownAppsUnknown = answers.string('tok_own_signin_apps') === 'dont_know' ? 10 : 0;
  forgery += addDriver(drivers, 'issuer_validation_gap', 'forgery', pick(ISSUER_VALIDATION_POINTS, answers.string('tok_issuer_validation')) + ownAppsUnknown);
  forgery += addDriver(drivers, 'mutable_user_claims', 'forgery', pick(MUTABLE_CLAIMS_POINTS, answers.string('tok_immutable_user_claims')));
  forgery += addDriver(drivers, 'personal_accounts_accepted', 'forgery', pick(ACCOUNT_TYPE_POINTS, answers.string('tok_account_types')));
  forgery += addDriver(drivers, 'consumer_accounts', 'forgery', pick(CONSUMER_ACCOUNT_POINTS, answers.string('dep_consumer_accounts')));
  const signer = runsOwnSigner(answers);
  let signerPoints = 0;
  if (signer.runs) {
    // "Don't know" weighs like a self-run signer plus 5 for not knowing which.
    signerPoints =
      (signer.unknown ? 10 : 5) +
      pick(KEY_STORAGE_POINTS, answers.string('key_storage')) +
      pick(KEY_ROTATION_POINTS, answers.string('key_rotation')) +
      pick(KEY_ROLLOVER_POINTS, answers.string('key_emergency_rollover'));
  }
  forgery += addDriver(drivers, 'self_run_signer', 'forgery', signerPoints);
  forgery += addDriver(drivers, 'cross_tenant_inbound_open', 'forgery', pick(CROSS_TENANT_POINTS, answers.string('app_cross_tenant_default')));
  forgery += addDriver(drivers, 'guest_access_open', 'forgery', pick(GUEST_ACCESS_POINTS, answers.string('app_guest_restrictions')));
  return clamp(forgery, 0, 100);
}

function computeReplay(answers: AnswerView, drivers: TMasterKeyDriver[]): number {
  let replay = 0;
  replay += addDriver(drivers, 'long_token_lifetime', 'replay', pick(SESSION_LIFETIME_POINTS, answers.string('tok_session_lifetime')));
  const mitigations = answers.list('tok_mitigations');
  const bindingPoints = !mitigations ? 0 : mitigations.includes('none') || mitigations.includes('dont_know') ? 35 : mitigations.length === 1 ? 15 : 0;
  replay += addDriver(drivers, 'no_token_binding', 'replay', bindingPoints);
  replay += addDriver(drivers, 'admin_endpoints_unprotected', 'replay', pick(ADMIN_EDR_POINTS, answers.string('priv_admin_workstation_edr')));
  return clamp(replay, 0, 100);
}

/**
 * Detection capability, 0..100: capability first (summed in this order), then the gap drivers are
 * what is missing from it. What retention, SIEM and mail-anomaly monitoring lose for want of
 * mail-access events is part of the mail_access_not_logged driver, so the detection drivers add up
 * to the gap.
 */
function computeCapability(answers: AnswerView, drivers: TMasterKeyDriver[]): number {
  const mailAccessLogging = pick(MAIL_ACCESS_LOGGING, answers.string('log_mail_access_events'));
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
  return clamp(capability, 0, 100);
}

/** Which floor applies: forged or accepted tokens the organisation cannot see. */
function findPattern(answers: AnswerView): 'storm_pattern' | 'golden_saml_pattern' | null {
  const nobodyWatching = answers.isOneOf('log_mail_anomaly_detection', NOBODY_WATCHING);
  const mailAccessUnseen = answers.isOneOf('log_mail_access_events', MAIL_ACCESS_UNRECORDED) || (answers.get('log_mail_access_events') !== undefined && nobodyWatching);
  if (answers.isOneOf('tok_issuer_validation', UNVALIDATED_ISSUER) && answers.isOneOf('dep_mail_platform', CLOUD_MAIL_PLATFORMS) && mailAccessUnseen) return 'storm_pattern';
  const forgedUnseen = (answers.get('log_siem') !== undefined && answers.string('log_siem') !== 'all') || nobodyWatching;
  if (runsOwnSigner(answers).runs && answers.isOneOf('key_storage', SOFTWARE_KEY) && answers.isOneOf('key_rotation', STALE_KEY) && forgedUnseen) return 'golden_saml_pattern';
  return null;
}

export function computeMasterKeyExposure(answers: AnswerView): TMasterKeyExposure {
  const drivers: TMasterKeyDriver[] = [];
  const reach = computeReach(answers, drivers);
  const forgery = computeForgery(answers, drivers);
  const replay = computeReplay(answers, drivers);
  const capability = computeCapability(answers, drivers);
  const forged = (forgery / 100) * (1 - (DETECTION_RELIEF_FORGERY * capability) / 100);
  const replayed = (replay / 100) * (1 - (DETECTION_RELIEF_REPLAY * capability) / 100);
  const formula = clamp(reach * (RESIDUAL_REACH_SHARE + (1 - RESIDUAL_REACH_SHARE) * (1 - (1 - forged) * (1 - replayed))), 0, 100);
  const pattern = findPattern(answers);
  const score = pattern ? Math.max(formula, MASTER_KEY_PATTERN_FLOOR) : formula;
  // Score points (not points of a 0..100 component) the floor adds above the formula.
  if (pattern) addDriver(drivers, pattern, 'floor', score - formula);
  drivers.sort(compareDrivers);
  return {
    score: roundTo(score, 1),
    level: getMasterKeyLevel(roundTo(score, 1)),
    reach: roundTo(reach, 1),
    persistence: roundTo(100 * (1 - (1 - forgery / 100) * (1 - replay / 100)), 1),
    forgery: roundTo(forgery, 1),
    replay: roundTo(replay, 1),
    detectionGap: roundTo(100 - capability, 1),
    drivers,
  };
}
