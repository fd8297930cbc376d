// Every text key the scoring output can reference, as dotted paths into
// lib/i18n/messages/<locale>/scoring.json. The catalog test compares this list with both catalogs in
// both directions, so an id added to the model without wording (or wording for a removed id) fails.
import { getQuestionnaire } from '@/lib/questionnaire';

import {
  EVIDENCE_ITEM_IDS,
  LOG_PROVIDER_IDS,
  PLAYBOOK_CONTACT_IDS,
  PLAYBOOK_DEADLINE_IDS,
  PLAYBOOK_LIMITATION_IDS,
  PLAYBOOK_LOG_IDS,
  PLAYBOOK_STEP_IDS,
} from './claims';
import { CONTROLS } from './controls';
import { FINDING_RULES, MASTER_KEY_FINDING_ID } from './findings';
import { ACCUMULATION_TAGS } from './accumulation';
import { INSURABILITY_REASON_IDS } from './insurability';
import { LOSS_SCENARIOS } from './loss-mapping';
import { MASTER_KEY_DRIVER_IDS } from './master-key';
import { MONITORING_DUE_DATE_IDS, MONITORING_TRIGGER_IDS } from './monitoring';
import { LIMIT_BANDS, RETENTION_BANDS } from './rating-tables';
import { EXTRA_SUBJECTIVITY_IDS, KNOCK_OUT_SUBJECTIVITIES } from './subjectivities';
import { SUPPORTED_QUESTIONNAIRE_VERSIONS } from './version';
import { SECTION_WEIGHTS } from './weights';

export const GRADE_IDS = ['A', 'B', 'C', 'D', 'E'] as const;
export const SEVERITY_IDS = ['critical', 'high', 'medium', 'low'] as const;
export const EFFORT_IDS = ['low', 'medium', 'high'] as const;
export const GRADE_CAP_REASON_IDS = ['critical_finding', 'multiple_critical_findings', 'master_key_exposure_severe'] as const;
export const MASTER_KEY_LEVEL_IDS = ['low', 'moderate', 'high', 'severe'] as const;
export const MASTER_KEY_GROUP_IDS = ['reach', 'forgery', 'replay', 'persistence', 'detection', 'floor'] as const;
export const INSURABILITY_IDS = ['accept', 'accept_with_conditions', 'refer', 'decline'] as const;
export const PLAYBOOK_PHASE_IDS = ['mobilise', 'preserve', 'investigate', 'contain', 'eradicate', 'recover', 'notify', 'review'] as const;
export const OWNER_ROLE_IDS = [
  'incident_lead',
  'legal_counsel',
  'security_operations',
  'identity_admin',
  'application_owner',
  'data_protection_officer',
  'communications',
  'management',
] as const;
export const EVIDENCE_STATUS_IDS = ['ready', 'at_risk', 'missing', 'during_incident'] as const;
export const ISSUE_CODE_IDS = [
  'invalid_answers',
  'unknown_questionnaire_version',
  'unsupported_questionnaire_version',
  'unknown_section',
  'unknown_question',
  'unknown_option',
  'invalid_type',
  'required',
  'too_small',
  'too_big',
  'not_integer',
  'invalid_date',
  'future_date',
  'duplicate_option',
  'exclusive_option',
  'hidden_answer',
  'invalid_option',
] as const;
export const LABEL_IDS = [
  'scoreDirection',
  'masterKeyDirection',
  'premiumDisclaimer',
  'lossDisclaimer',
  'gradeThresholds',
] as const;
export const RATING_FACTOR_IDS = ['expense_and_capital_loading', 'uncertainty_loading'];

/**
 * Texts that results of earlier model versions refer to and the current model no longer produces:
 * stored snapshots (signet-scoring@1.x) stay readable. The rating factors of the 1.x premium.
 */
export const LEGACY_RATING_FACTOR_IDS = [
  'base_rate',
  'industry',
  'records',
  'increased_limit',
  'retention_credit',
  ...Object.entries(SECTION_WEIGHTS)
    .filter(([, weight]) => weight > 0)
    .map(([sectionId]) => `section_${sectionId}`),
  'master_key_exposure',
  'prior_incidents',
  'public_sector_customers',
];

export function listInformationalReasonIds(): string[] {
  const reasons = SUPPORTED_QUESTIONNAIRE_VERSIONS.flatMap(
    (version) => getQuestionnaire(version)?.questions.flatMap((question) => (question.informationalReason ? [question.informationalReason] : [])) ?? [],
  );
  return [...new Set(reasons)];
}

/** All dotted keys the English and German scoring catalogs must define — no more, no less. */
export function listScoringTextKeys(): string[] {
  const keys: string[] = [];
  const each = (prefix: string, ids: readonly string[], suffixes: readonly string[] = ['']): void => {
    for (const id of ids) for (const suffix of suffixes) keys.push(`${prefix}.${id}${suffix}`);
  };
  each('labels', LABEL_IDS);
  each('grades', GRADE_IDS, ['.label', '.description']);
  each('gradeCapReasons', GRADE_CAP_REASON_IDS);
  each('severities', SEVERITY_IDS);
  each('efforts', EFFORT_IDS);
  each('findings', [...FINDING_RULES.map((rule) => rule.id), MASTER_KEY_FINDING_ID], ['.title', '.explanation']);
  each('controls', CONTROLS.map((control) => control.id), ['.title', '.description']);
  each('masterKey.levels', MASTER_KEY_LEVEL_IDS);
  each('masterKey.groups', MASTER_KEY_GROUP_IDS);
  each('masterKey.drivers', MASTER_KEY_DRIVER_IDS);
  each('insurability.outcomes', INSURABILITY_IDS);
  each('insurability.reasons', INSURABILITY_REASON_IDS);
  each('limitBands', LIMIT_BANDS.map((band) => band.id));
  each('retentionBands', RETENTION_BANDS.map((band) => band.id));
  each('ratingFactors', [...RATING_FACTOR_IDS, ...LEGACY_RATING_FACTOR_IDS]);
  each('subjectivities', [...new Set([...Object.values(KNOCK_OUT_SUBJECTIVITIES).map((entry) => entry.id), ...EXTRA_SUBJECTIVITY_IDS])]);
  each('accumulationTags', [...new Set(ACCUMULATION_TAGS.map((entry) => entry.tag))]);
  each('monitoring.triggers', MONITORING_TRIGGER_IDS);
  each('monitoring.dueDates', MONITORING_DUE_DATE_IDS);
  each('playbook.phases', PLAYBOOK_PHASE_IDS);
  each('playbook.roles', OWNER_ROLE_IDS);
  each('playbook.steps', PLAYBOOK_STEP_IDS, ['.title', '.description']);
  each('playbook.logs', PLAYBOOK_LOG_IDS);
  each('playbook.providers', LOG_PROVIDER_IDS);
  each('playbook.contacts', PLAYBOOK_CONTACT_IDS);
  each('playbook.deadlines', PLAYBOOK_DEADLINE_IDS);
  each('playbook.limitations', PLAYBOOK_LIMITATION_IDS);
  each('evidence.statuses', EVIDENCE_STATUS_IDS);
  each('evidence.items', EVIDENCE_ITEM_IDS);
  each('lossScenarios', LOSS_SCENARIOS.map((scenario) => scenario.id), ['.title', '.description']);
  each('informationalReasons', listInformationalReasonIds());
  each('issues', ISSUE_CODE_IDS);
  return keys;
}
