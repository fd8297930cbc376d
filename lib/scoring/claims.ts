// Stage 3 claims support: an incident playbook for identity-provider compromise tailored to the
// answers (which providers, which logs exist, which authorities and deadlines apply), plus an
// evidence checklist whose status shows what would be available at first notice of loss.
// Legal deadlines are the statutory maxima (GDPR Art. 33, NIS2 Art. 23, DORA Art. 19 with its RTS);
// the insurer's notice window comes from the policy wording, 72 hours is the planning default.
import type { AnswerView } from './answers';
import type { TRiskEvaluation } from './evaluate-risk';
import type { TClaimsSupport, TContact, TDeadline, TEvidenceItem, TEvidenceStatus, TOwnerRole, TPlaybookPhase, TPlaybookStep } from './types';

export const PLAYBOOK_STEP_IDS = [
  'activate_incident_team',
  'notify_insurer_hotline',
  'engage_breach_counsel',
  'preserve_identity_and_mail_logs',
  'engage_forensics_panel',
  'notify_financial_supervisor',
  'notify_nis2_authority',
  'contact_identity_provider',
  'hunt_mail_access',
  'hunt_token_anomalies',
  'revoke_sessions_and_tokens',
  'secure_privileged_accounts',
  'suspend_partner_access',
  'tighten_access_policies',
  'notify_data_protection_authority',
  'notify_affected_individuals',
  'rotate_token_signing_keys',
  'rotate_app_credentials',
  'review_app_consents',
  'verify_own_app_token_validation',
  'remove_mailbox_persistence',
  'restore_from_backups',
  'rebuild_identity_configuration',
  'track_claim_costs',
  'post_incident_review',
] as const;
type TStepId = (typeof PLAYBOOK_STEP_IDS)[number];

export const PLAYBOOK_LOG_IDS = [
  'entra_sign_in_logs',
  'entra_audit_logs',
  'm365_unified_audit_log',
  'exchange_mailbox_audit',
  'exchange_server_logs',
  'okta_system_log',
  'google_login_audit',
  'google_token_audit',
  'google_admin_audit',
  'gmail_log_events',
  'ping_audit_log',
  'other_idp_audit_logs',
  'other_mail_audit_logs',
  'ad_domain_controller_security_logs',
  'adfs_security_audit',
  'token_issuer_logs',
  'own_app_authentication_logs',
  'google_drive_audit',
  'slack_audit_logs',
  'box_dropbox_audit',
  'siem_archive',
] as const;
type TLogId = (typeof PLAYBOOK_LOG_IDS)[number];

export const PLAYBOOK_CONTACT_IDS = [
  'insurer_hotline',
  'breach_counsel_panel',
  'forensics_panel',
  'vendor_microsoft',
  'vendor_okta',
  'vendor_google',
  'vendor_ping',
  'vendor_other_idp',
  'managed_service_provider',
  'authority_financial_supervisor',
  'authority_nis2_csirt',
  'authority_dpa_germany',
  'authority_dpa_austria',
  'authority_dpa_eu',
  'authority_ico_uk',
  'authority_fdpic_switzerland',
  'authority_local_regulator',
] as const;
type TContactId = (typeof PLAYBOOK_CONTACT_IDS)[number];

export const PLAYBOOK_DEADLINE_IDS = [
  'insurer_notice',
  'dora_initial_4h',
  'dora_initial_24h',
  'dora_intermediate_72h',
  'dora_final_1_month',
  'nis2_early_warning_24h',
  'nis2_notification_72h',
  'nis2_final_report_1_month',
  'gdpr_art33_72h',
  'uk_gdpr_art33_72h',
  'swiss_fadp_art24_asap',
  'local_breach_law',
  'notify_data_subjects_without_undue_delay',
] as const;
type TDeadlineId = (typeof PLAYBOOK_DEADLINE_IDS)[number];

export const PLAYBOOK_LIMITATION_IDS = [
  'audit_log_disabled',
  'mail_access_not_logged',
  'mail_access_partially_logged',
  'short_log_retention',
  'no_siem_copy',
  'no_backups',
  'signing_keys_unprotected',
] as const;
type TLimitationId = (typeof PLAYBOOK_LIMITATION_IDS)[number];

export const EVIDENCE_ITEM_IDS = [
  'evidence_sign_in_logs',
  'evidence_mail_access_logs',
  'evidence_audit_log_export',
  'evidence_access_policy_export',
  'evidence_role_assignment_history',
  'evidence_app_consent_inventory',
  'evidence_signing_key_inventory',
  'evidence_own_app_token_validation',
  'evidence_backup_integrity',
  'evidence_baseline_report',
  'evidence_policy_documents',
  'evidence_incident_timeline',
  'evidence_cost_records',
  'evidence_communications_log',
] as const;
type TEvidenceId = (typeof EVIDENCE_ITEM_IDS)[number];

export const LOG_PROVIDER_IDS = [
  'microsoft_entra_id',
  'microsoft_365',
  'exchange_server',
  'okta',
  'google_workspace',
  'ping_identity',
  'other_idp',
  'other_mail',
  'active_directory',
  'adfs',
  'self_run_issuer',
  'own_applications',
  'slack',
  'box_dropbox',
  'siem',
] as const;
type TProviderId = (typeof LOG_PROVIDER_IDS)[number];

const EU_COUNTRIES = ['germany', 'austria', 'other_eu_eea'];
const SELF_RUN_ISSUERS = ['keycloak', 'custom_oidc_saml', 'other_issuer'];

type TLogSource = { id: TLogId; provider: TProviderId };

function listLogs(answers: AnswerView): TLogSource[] {
  const logs: TLogSource[] = [];
  const push = (provider: TProviderId, ...ids: TLogId[]): void => {
    for (const id of ids) if (!logs.some((log) => log.id === id)) logs.push({ id, provider });
  };
  const mail = answers.string('dep_mail_platform');
  if (answers.selects('dep_idps', 'entra_id') || mail === 'exchange_online' || mail === 'exchange_hybrid') {
    push('microsoft_entra_id', 'entra_sign_in_logs', 'entra_audit_logs');
  }
  if (mail === 'exchange_online' || mail === 'exchange_hybrid') push('microsoft_365', 'm365_unified_audit_log', 'exchange_mailbox_audit');
  if (mail === 'exchange_hybrid' || mail === 'exchange_on_prem') push('exchange_server', 'exchange_server_logs');
  if (answers.selects('dep_idps', 'okta')) push('okta', 'okta_system_log');
  if (answers.selects('dep_idps', 'google_workspace') || mail === 'google_workspace') {
    push('google_workspace', 'google_login_audit', 'google_token_audit', 'google_admin_audit');
  }
  if (mail === 'google_workspace') push('google_workspace', 'gmail_log_events');
  if (answers.selects('dep_idps', 'ping_identity')) push('ping_identity', 'ping_audit_log');
  if (answers.selects('dep_idps', 'other_idp')) push('other_idp', 'other_idp_audit_logs');
  if (mail === 'other_mail') push('other_mail', 'other_mail_audit_logs');
  if (answers.selects('dep_idps', 'on_prem_ad') || answers.isOneOf('dep_ad_connection', ['password_hash_sync', 'pass_through', 'federation_adfs', 'dont_know'])) {
    push('active_directory', 'ad_domain_controller_security_logs');
  }
  if (answers.selects('key_self_issuers', 'adfs') || answers.string('dep_ad_connection') === 'federation_adfs') {
    push('adfs', 'adfs_security_audit');
  }
  if (SELF_RUN_ISSUERS.some((id) => answers.selects('key_self_issuers', id)) || answers.selects('key_self_issuers', 'dont_know')) {
    push('self_run_issuer', 'token_issuer_logs');
  }
  if (answers.isOneOf('tok_own_signin_apps', ['yes', 'dont_know'])) push('own_applications', 'own_app_authentication_logs');
  if (answers.selects('mail_collab_services', 'google_drive')) push('google_workspace', 'google_drive_audit');
  if (answers.selects('mail_collab_services', 'slack')) push('slack', 'slack_audit_logs');
  if (answers.selects('mail_collab_services', 'box_dropbox')) push('box_dropbox', 'box_dropbox_audit');
  if (answers.isOneOf('log_siem', ['all', 'some'])) push('siem', 'siem_archive');
  return logs;
}

function listVendorContacts(answers: AnswerView): Array<TContact & { id: TContactId }> {
  const contacts: Array<TContact & { id: TContactId }> = [];
  const mail = answers.string('dep_mail_platform');
  if (answers.selects('dep_idps', 'entra_id') || mail === 'exchange_online' || mail === 'exchange_hybrid') {
    contacts.push({ id: 'vendor_microsoft', kind: 'idp_vendor' });
  }
  if (answers.selects('dep_idps', 'okta')) contacts.push({ id: 'vendor_okta', kind: 'idp_vendor' });
  if (answers.selects('dep_idps', 'google_workspace') || mail === 'google_workspace') contacts.push({ id: 'vendor_google', kind: 'idp_vendor' });
  if (answers.selects('dep_idps', 'ping_identity')) contacts.push({ id: 'vendor_ping', kind: 'idp_vendor' });
  if (answers.selects('dep_idps', 'other_idp')) contacts.push({ id: 'vendor_other_idp', kind: 'idp_vendor' });
  return contacts;
}

type TTypedDeadline = TDeadline & { id: TDeadlineId; contactId: TContactId | null };

const DPA_BY_COUNTRY: Readonly<Record<string, { contactId: TContactId; deadline: TTypedDeadline }>> = {
  germany: { contactId: 'authority_dpa_germany', deadline: { id: 'gdpr_art33_72h', hours: 72, from: 'awareness', contactId: 'authority_dpa_germany' } },
  austria: { contactId: 'authority_dpa_austria', deadline: { id: 'gdpr_art33_72h', hours: 72, from: 'awareness', contactId: 'authority_dpa_austria' } },
  other_eu_eea: { contactId: 'authority_dpa_eu', deadline: { id: 'gdpr_art33_72h', hours: 72, from: 'awareness', contactId: 'authority_dpa_eu' } },
  united_kingdom: { contactId: 'authority_ico_uk', deadline: { id: 'uk_gdpr_art33_72h', hours: 72, from: 'awareness', contactId: 'authority_ico_uk' } },
  switzerland: { contactId: 'authority_fdpic_switzerland', deadline: { id: 'swiss_fadp_art24_asap', hours: null, from: 'awareness', contactId: 'authority_fdpic_switzerland' } },
  rest_of_world: { contactId: 'authority_local_regulator', deadline: { id: 'local_breach_law', hours: null, from: 'awareness', contactId: 'authority_local_regulator' } },
};

function buildEvidenceChecklist(answers: AnswerView): TEvidenceItem[] {
  const items: TEvidenceItem[] = [];
  const add = (id: TEvidenceId, status: TEvidenceStatus, questionIds: string[]): void => {
    items.push({ id, status, questionIds });
  };
  const retention = answers.string('log_retention');
  const siem = answers.string('log_siem');
  const audit = answers.string('log_unified_audit');
  const mailEvents = answers.string('log_mail_access_events');
  const preservation = answers.string('ir_log_preservation');

  add(
    'evidence_sign_in_logs',
    retention === undefined || retention === 'under_90_days' || retention === 'dont_know'
      ? 'missing'
      : retention === 'days_90' || siem === 'none' || siem === 'dont_know'
        ? 'at_risk'
        : 'ready',
    ['log_retention', 'log_siem'],
  );
  add(
    'evidence_mail_access_logs',
    audit !== 'yes' || mailEvents === undefined || mailEvents === 'none' || mailEvents === 'dont_know'
      ? 'missing'
      : mailEvents === 'some'
        ? 'at_risk'
        : 'ready',
    ['log_unified_audit', 'log_mail_access_events'],
  );
  add('evidence_audit_log_export', audit !== 'yes' ? 'missing' : preservation === 'yes' ? 'ready' : 'at_risk', ['log_unified_audit', 'ir_log_preservation']);
  add('evidence_access_policy_export', answers.isOneOf('ir_backups', ['mail_files_and_config', 'mail_and_config', 'config_only']) ? 'ready' : 'at_risk', ['ir_backups']);
  add('evidence_role_assignment_history', answers.string('priv_jit') === 'yes' ? 'ready' : 'at_risk', ['priv_jit']);
  const review = answers.string('app_privileged_review');
  add('evidence_app_consent_inventory', review === 'quarterly' || review === 'annually' ? 'ready' : review === 'never' ? 'at_risk' : 'missing', ['app_privileged_review']);
  if (answers.get('key_storage') !== undefined || answers.get('key_rotation') !== undefined) {
    const ready = answers.string('key_storage') === 'hsm_or_kms' && answers.string('key_rotation') === 'automated_90d';
    add('evidence_signing_key_inventory', ready ? 'ready' : 'at_risk', ['key_storage', 'key_rotation']);
  }
  if (answers.get('tok_issuer_validation') !== undefined) {
    add('evidence_own_app_token_validation', answers.string('tok_issuer_validation') === 'all' ? 'ready' : 'at_risk', ['tok_issuer_validation']);
  }
  const backups = answers.string('ir_backups');
  // Ready only when mailboxes, cloud files and the identity configuration are all backed up.
  add(
    'evidence_backup_integrity',
    backups === 'mail_files_and_config' ? 'ready' : backups === 'mail_and_config' || backups === 'mail_only' || backups === 'config_only' ? 'at_risk' : 'missing',
    ['ir_backups'],
  );
  const baseline = answers.string('gov_baseline_assessment');
  add('evidence_baseline_report', baseline === 'continuous' || baseline === 'quarterly' ? 'ready' : baseline === 'annually' ? 'at_risk' : 'missing', ['gov_baseline_assessment']);
  add('evidence_policy_documents', answers.string('ir_insurer_notification_known') === 'yes' ? 'ready' : 'missing', ['ir_insurer_notification_known']);
  add('evidence_incident_timeline', 'during_incident', []);
  add('evidence_cost_records', 'during_incident', []);
  add('evidence_communications_log', 'during_incident', []);
  return items;
}

function listLimitations(answers: AnswerView): TLimitationId[] {
  const limitations: TLimitationId[] = [];
  if (answers.isOneOf('log_unified_audit', ['no', 'dont_know'])) limitations.push('audit_log_disabled');
  if (answers.isOneOf('log_mail_access_events', ['none', 'dont_know'])) limitations.push('mail_access_not_logged');
  if (answers.string('log_mail_access_events') === 'some') limitations.push('mail_access_partially_logged');
  if (answers.isOneOf('log_retention', ['under_90_days', 'days_90', 'dont_know'])) limitations.push('short_log_retention');
  if (answers.isOneOf('log_siem', ['none', 'dont_know'])) limitations.push('no_siem_copy');
  if (answers.isOneOf('ir_backups', ['neither', 'dont_know'])) limitations.push('no_backups');
  if (answers.isOneOf('key_storage', ['software_keystore', 'dont_know'])) limitations.push('signing_keys_unprotected');
  return limitations;
}

/** Builds the playbook, contacts, deadlines and evidence checklist; readiness comes from the core. */
export function buildClaimsSupport(risk: TRiskEvaluation): TClaimsSupport {
  const answers = risk.view;
  const logs = listLogs(answers);
  const contacts: Array<TContact & { id: TContactId }> = [
    { id: 'insurer_hotline', kind: 'insurer' },
    { id: 'breach_counsel_panel', kind: 'breach_counsel' },
    { id: 'forensics_panel', kind: 'forensics' },
    ...listVendorContacts(answers),
  ];
  const deadlines: TTypedDeadline[] = [{ id: 'insurer_notice', hours: 72, from: 'awareness', contactId: 'insurer_hotline' }];
  const steps: TPlaybookStep[] = [];
  const step = (
    id: TStepId,
    phase: TPlaybookPhase,
    ownerRole: TOwnerRole,
    extra: { logIds?: TLogId[]; contactIds?: TContactId[]; deadlineIds?: TDeadlineId[]; urgent?: boolean } = {},
  ): void => {
    // Numbered as added (copying the steps with a spread afterwards is slow).
    steps.push({ id, phase, ownerRole, logIds: extra.logIds ?? [], contactIds: extra.contactIds ?? [], deadlineIds: extra.deadlineIds ?? [], urgent: extra.urgent ?? false, order: steps.length + 1 });
  };

  const country = answers.string('bp_country');
  const inEu = country !== undefined && EU_COUNTRIES.includes(country);
  const doraApplies = inEu && answers.string('bp_industry') === 'financial_services';
  const nis2Applies = inEu && answers.isOneOf('bp_nis2_scope', ['essential', 'important', 'dont_know']);
  const partners = answers.isOneOf('priv_delegated_partners', ['bound_by_policies', 'not_bound', 'dont_know']);
  const shortRetention = answers.isOneOf('log_retention', ['under_90_days', 'days_90', 'dont_know']) || answers.string('ir_log_preservation') !== 'yes';
  const vendorIds = contacts.filter((contact) => contact.kind === 'idp_vendor').map((contact) => contact.id);
  const mailLogSet: ReadonlySet<TLogId> = new Set(['m365_unified_audit_log', 'exchange_mailbox_audit', 'exchange_server_logs', 'gmail_log_events', 'other_mail_audit_logs']);
  const nonTokenLogSet: ReadonlySet<TLogId> = new Set(['siem_archive', 'google_drive_audit', 'slack_audit_logs', 'box_dropbox_audit']);
  const mailLogIds = logs.filter((log) => mailLogSet.has(log.id)).map((log) => log.id);
  const tokenLogIds = logs.filter((log) => !mailLogSet.has(log.id) && !nonTokenLogSet.has(log.id)).map((log) => log.id);

  step('activate_incident_team', 'mobilise', 'incident_lead');
  step('notify_insurer_hotline', 'notify', 'incident_lead', { contactIds: ['insurer_hotline'], deadlineIds: ['insurer_notice'] });
  step('engage_breach_counsel', 'mobilise', 'legal_counsel', { contactIds: ['breach_counsel_panel'] });
  step('preserve_identity_and_mail_logs', 'preserve', 'security_operations', { logIds: logs.map((log) => log.id), urgent: shortRetention });
  step('engage_forensics_panel', 'mobilise', 'incident_lead', { contactIds: ['forensics_panel'] });
  if (doraApplies) {
    contacts.push({ id: 'authority_financial_supervisor', kind: 'authority' });
    // DORA RTS (EU) 2025/301 Art. 5: the initial notification is due 4 h after the incident is
    // classified as major and no later than 24 h after becoming aware of it (whichever comes first:
    // two deadlines, each with its own reference point); the intermediate report 72 h after the
    // initial notification, the final report one month after the latest intermediate report.
    deadlines.push(
      { id: 'dora_initial_4h', hours: 4, from: 'classification', contactId: 'authority_financial_supervisor' },
      { id: 'dora_initial_24h', hours: 24, from: 'awareness', contactId: 'authority_financial_supervisor' },
      { id: 'dora_intermediate_72h', hours: 72, from: 'previous_report', contactId: 'authority_financial_supervisor' },
      { id: 'dora_final_1_month', hours: 720, from: 'previous_report', contactId: 'authority_financial_supervisor' },
    );
    step('notify_financial_supervisor', 'notify', 'management', {
      contactIds: ['authority_financial_supervisor'],
      deadlineIds: ['dora_initial_4h', 'dora_initial_24h', 'dora_intermediate_72h', 'dora_final_1_month'],
    });
  }
  if (nis2Applies) {
    contacts.push({ id: 'authority_nis2_csirt', kind: 'authority' });
    deadlines.push(
      // NIS2 Art. 23(4): early warning 24 h and notification 72 h after becoming aware; the final
      // report one month after the incident notification.
      { id: 'nis2_early_warning_24h', hours: 24, from: 'awareness', contactId: 'authority_nis2_csirt' },
      { id: 'nis2_notification_72h', hours: 72, from: 'awareness', contactId: 'authority_nis2_csirt' },
      { id: 'nis2_final_report_1_month', hours: 720, from: 'previous_report', contactId: 'authority_nis2_csirt' },
    );
    step('notify_nis2_authority', 'notify', 'management', {
      contactIds: ['authority_nis2_csirt'],
      deadlineIds: ['nis2_early_warning_24h', 'nis2_notification_72h', 'nis2_final_report_1_month'],
    });
  }
  step('contact_identity_provider', 'notify', 'identity_admin', { contactIds: vendorIds });
  step('hunt_mail_access', 'investigate', 'security_operations', { logIds: mailLogIds });
  step('hunt_token_anomalies', 'investigate', 'security_operations', { logIds: tokenLogIds });
  step('revoke_sessions_and_tokens', 'contain', 'identity_admin');
  step('secure_privileged_accounts', 'contain', 'identity_admin');
  if (partners) {
    contacts.push({ id: 'managed_service_provider', kind: 'service_provider' });
    step('suspend_partner_access', 'contain', 'identity_admin', { contactIds: ['managed_service_provider'] });
  }
  step('tighten_access_policies', 'contain', 'identity_admin');
  const dpa = country === undefined ? undefined : DPA_BY_COUNTRY[country];
  if (dpa) {
    contacts.push({ id: dpa.contactId, kind: 'authority' });
    deadlines.push(dpa.deadline);
    const deadlineIds: TDeadlineId[] = [dpa.deadline.id];
    if (country !== 'rest_of_world') {
      deadlines.push({ id: 'notify_data_subjects_without_undue_delay', hours: null, from: 'awareness', contactId: null });
    }
    step('notify_data_protection_authority', 'notify', 'data_protection_officer', { contactIds: [dpa.contactId], deadlineIds });
    if (country !== 'rest_of_world') {
      step('notify_affected_individuals', 'notify', 'communications', { deadlineIds: ['notify_data_subjects_without_undue_delay'] });
    }
  }
  if (answers.get('key_storage') !== undefined || answers.selects('key_self_issuers', 'dont_know') || logs.some((log) => log.id === 'adfs_security_audit')) {
    step('rotate_token_signing_keys', 'eradicate', 'identity_admin', {
      logIds: logs.filter((log) => log.id === 'adfs_security_audit' || log.id === 'token_issuer_logs').map((log) => log.id),
    });
  }
  step('rotate_app_credentials', 'eradicate', 'application_owner');
  step('review_app_consents', 'eradicate', 'identity_admin');
  if (answers.isOneOf('tok_own_signin_apps', ['yes', 'dont_know'])) {
    step('verify_own_app_token_validation', 'eradicate', 'application_owner', { logIds: ['own_app_authentication_logs'] });
  }
  step('remove_mailbox_persistence', 'eradicate', 'security_operations');
  if (answers.isOneOf('ir_backups', ['mail_files_and_config', 'mail_and_config', 'mail_only', 'config_only'])) step('restore_from_backups', 'recover', 'identity_admin');
  else step('rebuild_identity_configuration', 'recover', 'identity_admin');
  step('track_claim_costs', 'recover', 'incident_lead');
  step('post_incident_review', 'review', 'management');

  return {
    readinessScore: risk.claimsReadiness,
    playbook: {
      steps,
      contacts,
      deadlines,
      logs,
      limitations: listLimitations(answers),
    },
    evidenceChecklist: buildEvidenceChecklist(answers),
  };
}
