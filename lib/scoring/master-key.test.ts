import { describe, expect, test } from 'vitest';

import { getQuestionnaire } from '@/lib/questionnaire';
import type { TAnswers, TAnswerValue } from '@/lib/questionnaire';

import { createAnswerView } from './answers';
import hardenedV2 from './fixtures/consistency-grade-a.json';
import storm from './fixtures/storm-0558-victim.json';
import { MASTER_KEY_DRIVER_IDS, computeMasterKeyExposure, getMasterKeyLevel } from './master-key';

/** The hardened profile under idp-exposure@2 (the questions @2 added answered the safe way). */
const HARDENED = hardenedV2.answers as TAnswers;
const STORM = storm.answers as TAnswers;

/** The exposure formula without a floor, from a result's components. */
function formulaOf(result: { reach: number; forgery: number; replay: number; detectionGap: number }): number {
  const capability = 100 - result.detectionGap;
  const forged = (result.forgery / 100) * (1 - (0.3 * capability) / 100);
  const replayed = (result.replay / 100) * (1 - (0.65 * capability) / 100);
  return result.reach * (0.15 + 0.85 * (1 - (1 - forged) * (1 - replayed)));
}

function exposure(answers: TAnswers, patch: Record<string, TAnswerValue> = {}) {
  return computeMasterKeyExposure(createAnswerView(getQuestionnaire('idp-exposure@2')!, { ...answers, ...patch }));
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
    expect([result.forgery, result.replay, result.persistence, result.detectionGap]).toEqual([0, 0, 0, 0]);
    expect(result.score).toBeCloseTo(result.reach * 0.15, 1);
  });

  test('the formula combines reach, forgery, replay and detection (where no floor applies)', () => {
    const answers = { log_mail_access_events: 'some', log_mail_anomaly_detection: 'business_hours', tok_session_lifetime: 'up_to_7d', dep_consumer_accounts: 'tolerated' };
    const result = exposure(HARDENED, answers);
    expect(formulaOf(result)).toBeCloseTo(result.score, 0);
    expect(result.persistence).toBeCloseTo(100 * (1 - (1 - result.forgery / 100) * (1 - result.replay / 100)), 0);
  });

  test('detection helps less against forged tokens than against replayed ones', () => {
    // The same forgery or replay points, blind and fully detected: detection takes 30 % off forgery, 65 % off replay.
    const forged = { dep_consumer_accounts: 'tolerated', app_guest_restrictions: 'neither', app_cross_tenant_default: 'no' };
    const replayed = { tok_session_lifetime: 'not_restricted' };
    const blind = { log_mail_access_events: 'none', log_token_anomaly_alerts: 'no' };
    const forgedSeen = exposure(HARDENED, forged).score;
    const forgedBlind = exposure(HARDENED, { ...forged, ...blind }).score;
    const replayedSeen = exposure(HARDENED, replayed).score;
    const replayedBlind = exposure(HARDENED, { ...replayed, ...blind }).score;
    expect(forgedSeen - exposure(HARDENED).score).toBeGreaterThan(0.65 * (forgedBlind - exposure(HARDENED, blind).score));
    expect(replayedSeen - exposure(HARDENED).score).toBeLessThan(0.4 * (replayedBlind - exposure(HARDENED, blind).score));
  });

  test('on-premises mail reaches far less than cloud mail on the identity provider', () => {
    expect(exposure(STORM, { dep_mail_platform: 'exchange_on_prem' }).reach).toBeLessThan(exposure(STORM).reach - 25);
  });

  test('mail-access logging and SIEM shrink the detection gap', () => {
    const logged = exposure(STORM, { log_mail_access_events: 'all', log_siem: 'all' });
    // 30 for the mail-access events, then retention (90 days: 4) and SIEM (20) count in full.
    expect(logged.detectionGap).toBe(exposure(STORM).detectionGap - 54);
    expect(logged.score).toBeLessThan(exposure(STORM).score);
  });

  test('without mail-access events, retention, SIEM and mail-anomaly monitoring give no detection credit', () => {
    // Forged tokens leave no sign-in events at the identity provider: only mail-access events show
    // them, so keeping, forwarding or watching logs helps only as far as those events are recorded.
    const blind = exposure(HARDENED, { log_mail_access_events: 'none' });
    expect(blind.detectionGap).toBe(85);
    expect(blind.drivers.find((driver) => driver.id === 'mail_access_not_logged')?.points).toBe(85);
    expect(exposure(HARDENED, { log_mail_access_events: 'dont_know' }).detectionGap).toBe(85);
    // Partly recorded: 12 of 30 points, and 40 % of the 55 points that depend on them.
    expect(exposure(HARDENED, { log_mail_access_events: 'some' }).detectionGap).toBe(100 - 12 - 0.4 * 55 - 15);
    // Token-anomaly alerts (stolen-token replay, risky users) do not depend on mail-access events.
    expect(exposure(HARDENED, { log_mail_access_events: 'none', log_token_anomaly_alerts: 'no' }).detectionGap).toBe(100);
  });

  test('detection drivers add up to the detection gap', () => {
    const patches: Array<Record<string, TAnswerValue>> = [{}, { log_mail_access_events: 'some', log_retention: 'days_180' }, { log_mail_access_events: 'none' }, { log_siem: 'some' }];
    for (const patch of patches) {
      const result = exposure(HARDENED, patch);
      const sum = result.drivers.filter((driver) => driver.group === 'detection').reduce((total, driver) => total + driver.points, 0);
      expect(sum, JSON.stringify(patch)).toBeCloseTo(result.detectionGap, 1);
    }
  });

  describe('the Storm-0558 pattern: forgeable own app + cloud mail + mail access not logged', () => {
    const MINIMAL_STORM = { tok_own_signin_apps: 'yes', tok_issuer_validation: 'none', tok_account_types: 'work_and_personal', log_mail_access_events: 'none' };

    test('a hardened tenant with only these facts is severely exposed', () => {
      const result = exposure(HARDENED, MINIMAL_STORM);
      expect(result.level).toBe('severe');
      expect(result.score).toBeGreaterThanOrEqual(60);
    });

    test.each([
      ['issuer validation unknown', { tok_issuer_validation: 'dont_know' }],
      ['own apps unknown', { tok_own_signin_apps: 'dont_know' }],
      ['mail logging unknown', { log_mail_access_events: 'dont_know' }],
      ['own tenant only', { tok_account_types: 'own_tenant_only' }],
      ['Google Workspace mail', { dep_mail_platform: 'google_workspace' }],
      ['hybrid Exchange', { dep_mail_platform: 'exchange_hybrid' }],
    ])('holds for %s', (_label, patch) => {
      expect(exposure(HARDENED, { ...MINIMAL_STORM, ...patch }).level).toBe('severe');
    });

    test('applies even when little else is reachable (the rating floor)', () => {
      const smallReach = { dep_sso_share: 0, mail_collab_services: ['none'], mail_sensitive_data: ['none'], app_mail_access_apps: 'none' };
      const result = exposure(HARDENED, { ...MINIMAL_STORM, ...smallReach });
      expect(result.reach).toBe(35);
      expect(result.score).toBe(60);
      expect(result.level).toBe('severe');
    });

    test('a storm_pattern driver carries the score points the floor adds', () => {
      const smallReach = { dep_sso_share: 0, mail_collab_services: ['none'], mail_sensitive_data: ['none'], app_mail_access_apps: 'none' };
      const result = exposure(HARDENED, { ...MINIMAL_STORM, ...smallReach });
      const formula = formulaOf(result);
      expect(formula).toBeLessThan(60);
      const floor = result.drivers.filter((driver) => driver.group === 'floor');
      expect(floor.map((driver) => [driver.id, driver.questionIds])).toEqual([
        ['storm_pattern', ['tok_issuer_validation', 'dep_mail_platform', 'log_mail_access_events', 'log_mail_anomaly_detection']],
      ]);
      expect(formula + floor[0]!.points).toBeCloseTo(result.score, 1);
    });

    test('no storm_pattern driver when the formula alone reaches the floor', () => {
      const result = exposure(STORM);
      const formula = formulaOf(result);
      expect(formula).toBeGreaterThanOrEqual(60);
      expect(result.drivers.map((driver) => driver.id)).not.toContain('storm_pattern');
    });

    test('also when mail access is logged for some or all mailboxes but nobody watches it', () => {
      for (const logged of ['some', 'all']) {
        const result = exposure(HARDENED, { ...MINIMAL_STORM, log_mail_access_events: logged, log_mail_anomaly_detection: 'nobody' });
        expect(result.level, logged).toBe('severe');
        expect(result.drivers.map((driver) => driver.id), logged).toContain('storm_pattern');
      }
    });

    test.each([
      ['issuer validated in some apps', { tok_issuer_validation: 'some' }],
      ['mail access partly logged and watched', { log_mail_access_events: 'some' }],
      ['mail on premises', { dep_mail_platform: 'exchange_on_prem' }],
      ['no own sign-in apps', { tok_own_signin_apps: 'no', tok_issuer_validation: undefined, tok_account_types: undefined }],
    ])('does not apply with %s', (_label, patch) => {
      const answers = { ...HARDENED, ...MINIMAL_STORM, ...patch } as Record<string, TAnswerValue | undefined>;
      for (const key of Object.keys(answers)) if (answers[key] === undefined) delete answers[key];
      const result = computeMasterKeyExposure(createAnswerView(getQuestionnaire('idp-exposure@2')!, answers as TAnswers));
      expect(result.level).not.toBe('severe');
      expect(result.drivers.map((driver) => driver.id)).not.toContain('storm_pattern');
    });
  });

  test('a disabled audit log halves the detection capability', () => {
    expect(exposure(HARDENED, { log_unified_audit: 'no' }).detectionGap).toBe(50);
    expect(exposure(HARDENED, { log_unified_audit: 'no' }).drivers.map((driver) => driver.id)).toContain('audit_log_off');
  });

  test.each([
    ['weak keys', { key_storage: 'software_keystore', key_rotation: 'never', key_emergency_rollover: 'no' }, 50],
    ['strong keys', { key_storage: 'hsm_or_kms', key_rotation: 'automated_90d', key_emergency_rollover: 'tested' }, 5],
  ])('an unknown token issuer weighs 5 forgery points more than a known self-run one with %s', (_label, keys, adfsPoints) => {
    const unknown = exposure(HARDENED, { key_self_issuers: ['dont_know'], ...keys });
    const adfs = exposure(HARDENED, { key_self_issuers: ['adfs'], ...keys });
    expect(adfs.forgery).toBe(adfsPoints);
    expect(unknown.forgery).toBe(adfsPoints + 5);
  });

  test('not knowing whether own sign-in apps exist adds 10 forgery points to the same follow-up answers', () => {
    const followUps = { tok_issuer_validation: 'all', tok_account_types: 'own_tenant_only' };
    const yes = exposure(HARDENED, { tok_own_signin_apps: 'yes', ...followUps });
    const unknown = exposure(HARDENED, { tok_own_signin_apps: 'dont_know', ...followUps });
    expect(unknown.forgery).toBe(yes.forgery + 10);
    expect(unknown.drivers.find((driver) => driver.id === 'issuer_validation_gap')?.points).toBe(10);
  });

  describe('the Golden SAML pattern: a self-run signer with a stale software key, forged tokens not seen', () => {
    const GOLDEN_SAML = { key_self_issuers: ['adfs'], key_storage: 'software_keystore', key_rotation: 'never', key_emergency_rollover: 'untested', key_debug_artifacts: 'yes' };

    test.each([
      ['no SIEM', { log_siem: 'none' }],
      ['only some logs in the SIEM', { log_siem: 'some' }],
      ['nobody watching', { log_mail_anomaly_detection: 'nobody' }],
    ])('is severe with %s', (_label, patch) => {
      const result = exposure(HARDENED, { ...GOLDEN_SAML, ...patch });
      expect(result.level).toBe('severe');
      expect(result.drivers.map((driver) => driver.id)).toContain('golden_saml_pattern');
    });

    test('first-class logging keeps more than half of the exposure: a forged token is a valid token', () => {
      const seen = exposure(HARDENED, GOLDEN_SAML);
      const unseen = exposure(HARDENED, { ...GOLDEN_SAML, log_mail_access_events: 'none', log_siem: 'none', log_mail_anomaly_detection: 'nobody', log_token_anomaly_alerts: 'no' });
      expect(seen.drivers.map((driver) => driver.id)).not.toContain('golden_saml_pattern');
      expect(seen.score).toBeGreaterThan(unseen.score / 2);
      expect(seen.forgery).toBe(unseen.forgery);
    });

    test.each([
      ['a key in an HSM', { key_storage: 'hsm_or_kms' }],
      ['yearly rotation', { key_rotation: 'within_1y' }],
    ])('does not apply with %s', (_label, patch) => {
      const result = exposure(HARDENED, { ...GOLDEN_SAML, log_siem: 'none', ...patch });
      expect(result.drivers.map((driver) => driver.id)).not.toContain('golden_saml_pattern');
    });
  });

  test('unanswered questions add no reach and give no detection credit (preview)', () => {
    const result = computeMasterKeyExposure(createAnswerView(getQuestionnaire('idp-exposure@2')!, {}));
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
