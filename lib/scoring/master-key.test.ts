import { describe, expect, test } from 'vitest';

import type { TAnswers, TAnswerValue } from '@/lib/questionnaire';

import { createAnswerView } from './answer-view';
import hardened from './fixtures/hardened-enterprise.json';
import storm from './fixtures/storm-0558-victim.json';
import { MASTER_KEY_DRIVER_IDS, computeMasterKeyExposure, getMasterKeyLevel } from './master-key';

const HARDENED = hardened.answers as TAnswers;
const STORM = storm.answers as TAnswers;

function exposure(answers: TAnswers, patch: Record<string, TAnswerValue> = {}) {
  return computeMasterKeyExposure(createAnswerView({ ...answers, ...patch }));
}

describe('master-key exposure', () => {
  test.each([
    [0, 'low'],
    [19.9, 'low'],
    [20, 'moderate'],
    [40, 'high'],
    [59.9, 'high'],
    [60, 'severe'],
    [100, 'severe'],
  ])('%d -> %s', (score, level) => {
    expect(getMasterKeyLevel(score)).toBe(level);
  });

  test('a Storm-0558-like victim is severely exposed', () => {
    const result = exposure(STORM);
    expect(result.level).toBe('severe');
    expect(result.reach).toBeGreaterThan(70);
    expect(result.detectionGap).toBeGreaterThan(90);
    expect(result.drivers.map((driver) => driver.id)).toEqual(expect.arrayContaining(['cloud_mail_on_idp', 'issuer_validation_gap', 'mail_access_not_logged']));
  });

  test('a hardened tenant with cloud mail keeps some reach but low exposure', () => {
    const result = exposure(HARDENED);
    expect(result.level).toBe('low');
    expect(result.reach).toBeGreaterThan(50);
    expect(result.persistence).toBe(0);
    expect(result.detectionGap).toBe(0);
    expect(result.score).toBeCloseTo(result.reach * 0.5 * 0.35, 1);
  });

  test('the formula combines reach, persistence and detection gap', () => {
    const result = exposure(STORM);
    const expected = result.reach * (0.5 + (0.5 * result.persistence) / 100) * (0.35 + (0.65 * result.detectionGap) / 100);
    expect(result.score).toBeCloseTo(expected, 0);
  });

  test('on-premises mail reaches far less than cloud mail on the identity provider', () => {
    expect(exposure(STORM, { dep_mail_platform: 'exchange_on_prem' }).reach).toBeLessThan(exposure(STORM).reach - 25);
  });

  test('mail-access logging and SIEM shrink the detection gap', () => {
    const logged = exposure(STORM, { log_mail_access_events: 'all', log_siem: 'all' });
    expect(logged.detectionGap).toBe(exposure(STORM).detectionGap - 50);
    expect(logged.score).toBeLessThan(exposure(STORM).score);
  });

  test('a disabled audit log halves the detection capability', () => {
    expect(exposure(HARDENED, { log_unified_audit: 'no' }).detectionGap).toBe(50);
    expect(exposure(HARDENED, { log_unified_audit: 'no' }).drivers.map((driver) => driver.id)).toContain('audit_log_off');
  });

  test('a self-run signer with software keys and stale rotation adds persistence', () => {
    const weakSigner = exposure(HARDENED, { key_self_issuers: ['adfs'], key_storage: 'software_keystore', key_rotation: 'never', key_emergency_rollover: 'no', key_debug_artifacts: 'no' });
    expect(weakSigner.persistence).toBe(25);
    const strongSigner = exposure(HARDENED, { key_self_issuers: ['adfs'], key_storage: 'hsm_or_kms', key_rotation: 'automated_90d', key_emergency_rollover: 'tested', key_debug_artifacts: 'yes' });
    expect(strongSigner.persistence).toBe(5);
  });

  test('unanswered questions add no reach and give no detection credit (preview)', () => {
    const result = computeMasterKeyExposure(createAnswerView({}));
    expect(result.reach).toBe(0);
    expect(result.detectionGap).toBe(100);
    expect(result.score).toBe(0);
  });

  test('drivers are sorted by points and use declared ids', () => {
    const { drivers } = exposure(STORM);
    for (let index = 1; index < drivers.length; index++) expect(drivers[index - 1]!.points).toBeGreaterThanOrEqual(drivers[index]!.points);
    for (const driver of drivers) expect(MASTER_KEY_DRIVER_IDS).toContain(driver.id);
  });
});
