import { describe, expect, test } from 'vitest';

import { getQuestionnaire } from '@/lib/questionnaire';
import type { TAnswers, TAnswerValue } from '@/lib/questionnaire';

import { createAnswerView } from './answers';
import { PLAYBOOK_STEP_IDS, buildClaimsSupport } from './claims';
import { evaluateRisk } from './evaluate-risk';
import hardened from './fixtures/hardened-enterprise.json';
import hybrid from './fixtures/hybrid-adfs-manufacturer.json';
import okta from './fixtures/okta-saas-company.json';
import storm from './fixtures/storm-0558-victim.json';

const questionnaire = getQuestionnaire('idp-exposure@1')!;
const HARDENED = hardened.answers as TAnswers;

function claims(answers: TAnswers, patch: Record<string, TAnswerValue> = {}) {
  return buildClaimsSupport(evaluateRisk(createAnswerView(questionnaire, { ...answers, ...patch })));
}

function stepIds(answers: TAnswers, patch: Record<string, TAnswerValue> = {}): string[] {
  return claims(answers, patch).playbook.steps.map((step) => step.id);
}

describe('incident playbook', () => {
  test('starts with mobilising and calling the insurer, ends with the review', () => {
    const ids = stepIds(HARDENED);
    expect(ids.slice(0, 2)).toEqual(['activate_incident_team', 'notify_insurer_hotline']);
    expect(ids.at(-1)).toBe('post_incident_review');
  });

  test('steps are numbered in order, unique and declared', () => {
    const { steps } = claims(storm.answers as TAnswers).playbook;
    expect(steps.map((step) => step.order)).toEqual(steps.map((_, index) => index + 1));
    expect(new Set(steps.map((step) => step.id)).size).toBe(steps.length);
    for (const step of steps) expect(PLAYBOOK_STEP_IDS).toContain(step.id);
  });

  test('contacts the identity-provider vendors in use', () => {
    const vendorIds = (answers: TAnswers) => claims(answers).playbook.contacts.filter((contact) => contact.kind === 'idp_vendor').map((contact) => contact.id);
    expect(vendorIds(HARDENED)).toEqual(['vendor_microsoft']);
    expect(vendorIds(okta.answers as TAnswers)).toEqual(['vendor_okta', 'vendor_google']);
  });

  test('preserves the logs of the providers in use', () => {
    const logIds = (answers: TAnswers) => claims(answers).playbook.logs.map((log) => log.id);
    expect(logIds(HARDENED)).toEqual(expect.arrayContaining(['entra_sign_in_logs', 'm365_unified_audit_log', 'exchange_mailbox_audit', 'siem_archive']));
    expect(logIds(HARDENED)).not.toContain('okta_system_log');
    expect(logIds(okta.answers as TAnswers)).toEqual(expect.arrayContaining(['okta_system_log', 'gmail_log_events', 'google_token_audit', 'token_issuer_logs', 'own_app_authentication_logs']));
    expect(logIds(hybrid.answers as TAnswers)).toEqual(expect.arrayContaining(['adfs_security_audit', 'exchange_server_logs', 'ad_domain_controller_security_logs']));
  });

  test('log preservation is urgent when retention is short or logs cannot be exported', () => {
    const urgent = (answers: TAnswers) => claims(answers).playbook.steps.find((step) => step.id === 'preserve_identity_and_mail_logs')?.urgent;
    expect(urgent(HARDENED)).toBe(false);
    expect(urgent(storm.answers as TAnswers)).toBe(true);
  });

  test('self-run signers add a key rotation step; own sign-in apps a validation check', () => {
    expect(stepIds(HARDENED)).not.toContain('rotate_token_signing_keys');
    expect(stepIds(hybrid.answers as TAnswers)).toContain('rotate_token_signing_keys');
    expect(stepIds(HARDENED)).not.toContain('verify_own_app_token_validation');
    expect(stepIds(storm.answers as TAnswers)).toContain('verify_own_app_token_validation');
  });

  test('partners with admin rights are suspended', () => {
    expect(stepIds(HARDENED)).not.toContain('suspend_partner_access');
    expect(stepIds(HARDENED, { priv_delegated_partners: 'not_bound' })).toContain('suspend_partner_access');
  });

  test('restores from backups when they exist, otherwise rebuilds', () => {
    expect(stepIds(HARDENED)).toContain('restore_from_backups');
    expect(stepIds(HARDENED, { ir_backups: 'neither' })).toContain('rebuild_identity_configuration');
  });
});

describe('notification deadlines', () => {
  function deadlines(patch: Record<string, TAnswerValue>) {
    return claims(HARDENED, patch).playbook.deadlines;
  }

  test('the insurer notice comes first, 72 hours as planning value', () => {
    expect(deadlines({})[0]).toEqual({ id: 'insurer_notice', hours: 72, from: 'awareness', contactId: 'insurer_hotline' });
  });

  test.each<[string, string, string, number | null]>([
    ['germany', 'authority_dpa_germany', 'gdpr_art33_72h', 72],
    ['austria', 'authority_dpa_austria', 'gdpr_art33_72h', 72],
    ['other_eu_eea', 'authority_dpa_eu', 'gdpr_art33_72h', 72],
    ['united_kingdom', 'authority_ico_uk', 'uk_gdpr_art33_72h', 72],
    ['switzerland', 'authority_fdpic_switzerland', 'swiss_fadp_art24_asap', null],
    ['rest_of_world', 'authority_local_regulator', 'local_breach_law', null],
  ])('%s: %s within %s', (country, contactId, deadlineId, hours) => {
    const list = deadlines({ bp_country: country });
    expect(list).toContainEqual({ id: deadlineId, hours, from: 'awareness', contactId });
  });

  test('NIS2 deadlines (24 h / 72 h / 1 month) only for in-scope EU entities', () => {
    // NIS2 Art. 23(4): the final report runs from the incident notification, not from awareness.
    const inScope = deadlines({ bp_country: 'germany', bp_nis2_scope: 'important' }).map((deadline) => [deadline.id, deadline.hours, deadline.from]);
    expect(inScope).toEqual(
      expect.arrayContaining([
        ['nis2_early_warning_24h', 24, 'awareness'],
        ['nis2_notification_72h', 72, 'awareness'],
        ['nis2_final_report_1_month', 720, 'previous_report'],
      ]),
    );
    expect(deadlines({ bp_country: 'germany', bp_nis2_scope: 'not_in_scope' }).map((deadline) => deadline.id)).not.toContain('nis2_early_warning_24h');
    expect(deadlines({ bp_country: 'united_kingdom', bp_nis2_scope: 'essential' }).map((deadline) => deadline.id)).not.toContain('nis2_early_warning_24h');
  });

  test('DORA deadlines only for EU financial entities, each counted from its own reference point', () => {
    // DORA RTS (EU) 2025/301 Art. 5: initial notification 4 h after classifying the incident as major,
    // but no later than 24 h after becoming aware; intermediate report 72 h after the initial
    // notification; final report one month after the latest intermediate report.
    const dora = deadlines({ bp_industry: 'financial_services', bp_country: 'austria' }).filter((deadline) => deadline.id.startsWith('dora_'));
    expect(dora).toEqual([
      { id: 'dora_initial_4h', hours: 4, from: 'classification', contactId: 'authority_financial_supervisor' },
      { id: 'dora_initial_24h', hours: 24, from: 'awareness', contactId: 'authority_financial_supervisor' },
      { id: 'dora_intermediate_72h', hours: 72, from: 'previous_report', contactId: 'authority_financial_supervisor' },
      { id: 'dora_final_1_month', hours: 720, from: 'previous_report', contactId: 'authority_financial_supervisor' },
    ]);
    const step = claims(HARDENED, { bp_industry: 'financial_services', bp_country: 'austria' }).playbook.steps.find((entry) => entry.id === 'notify_financial_supervisor');
    expect(step?.deadlineIds).toEqual(dora.map((deadline) => deadline.id));
    expect(deadlines({ bp_industry: 'manufacturing', bp_country: 'austria' }).map((deadline) => deadline.id)).not.toContain('dora_initial_4h');
    expect(deadlines({ bp_industry: 'financial_services', bp_country: 'switzerland' }).map((deadline) => deadline.id)).not.toContain('dora_initial_4h');
  });

  test('every deadline names a contact that the playbook lists (or none for affected people)', () => {
    const support = claims(HARDENED, { bp_industry: 'financial_services', bp_nis2_scope: 'essential' });
    const contactIds = new Set(support.playbook.contacts.map((contact) => contact.id));
    for (const deadline of support.playbook.deadlines) {
      if (deadline.contactId !== null) expect(contactIds.has(deadline.contactId), deadline.id).toBe(true);
    }
  });
});

describe('evidence checklist and limitations', () => {
  test('a prepared organisation has its evidence ready', () => {
    const items = claims(HARDENED).evidenceChecklist;
    for (const item of items) expect(['ready', 'during_incident'], item.id).toContain(item.status);
  });

  test('missing mail-access logging shows as missing evidence and as a limitation', () => {
    const support = claims(storm.answers as TAnswers);
    expect(support.evidenceChecklist.find((item) => item.id === 'evidence_mail_access_logs')?.status).toBe('missing');
    expect(support.playbook.limitations).toEqual(expect.arrayContaining(['mail_access_not_logged', 'short_log_retention', 'no_siem_copy']));
  });

  test('backup evidence is ready only when mail, cloud files and identity configuration are backed up', () => {
    const status = (value: string) => claims(HARDENED, { ir_backups: value }).evidenceChecklist.find((item) => item.id === 'evidence_backup_integrity')?.status;
    expect(status('mail_files_and_config')).toBe('ready');
    expect(status('mail_and_config')).toBe('at_risk');
    expect(status('mail_only')).toBe('at_risk');
    expect(status('neither')).toBe('missing');
    const policyExport = (value: string) => claims(HARDENED, { ir_backups: value }).evidenceChecklist.find((item) => item.id === 'evidence_access_policy_export')?.status;
    expect(policyExport('mail_files_and_config')).toBe('ready');
    expect(stepIds(HARDENED, { ir_backups: 'mail_files_and_config' })).toContain('restore_from_backups');
  });

  test('signing-key evidence appears only with self-run issuers', () => {
    expect(claims(HARDENED).evidenceChecklist.map((item) => item.id)).not.toContain('evidence_signing_key_inventory');
    expect(claims(hybrid.answers as TAnswers).evidenceChecklist.find((item) => item.id === 'evidence_signing_key_inventory')?.status).toBe('at_risk');
  });

  test('reports the readiness score of the risk evaluation', () => {
    expect(claims(HARDENED).readinessScore).toBe(100);
    expect(claims(HARDENED, { ir_idp_playbook: 'no' }).readinessScore).toBe(80);
  });
});
