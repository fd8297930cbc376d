// Credit tables and gate handling: "don't know" on a gate question must never score better than an
// honest answer, and the safer backup answers must score higher.
import { describe, expect, test } from 'vitest';

import type { TAnswers, TAnswerValue } from '@/lib/questionnaire';

import { getQuestionnaire } from '@/lib/questionnaire';

import { evaluateRiskOfAnswers } from './evaluate-risk';
import hardened from './fixtures/hardened-enterprise.json';
import storm from './fixtures/storm-0558-victim.json';
import { QUESTION_SCORING } from './question-credits';
import { scoreAssessment } from './score-assessment';

const HARDENED = hardened.answers as TAnswers;
const STORM = storm.answers as TAnswers;

function scoreOf(answers: TAnswers, patch: Record<string, TAnswerValue> = {}) {
  return evaluateRiskOfAnswers(getQuestionnaire('idp-exposure@1')!, { ...answers, ...patch });
}

function finalIssues(answers: TAnswers): Array<{ questionId: string; code: string }> {
  const outcome = scoreAssessment({ questionnaireVersion: 'idp-exposure@1', answers }, { mode: 'final', loss: false });
  return outcome.ok ? [] : outcome.issues.map(({ questionId, code }) => ({ questionId, code }));
}

function without(answers: TAnswers, ...ids: string[]): TAnswers {
  const copy: Record<string, TAnswerValue> = { ...answers };
  for (const id of ids) delete copy[id];
  return copy;
}

describe('"don\'t know" on own sign-in apps (tok_own_signin_apps)', () => {
  test('the issuer-validation questions must still be answered', () => {
    const answers = { ...without(STORM, 'tok_issuer_validation', 'tok_account_types'), tok_own_signin_apps: 'dont_know' };
    expect(finalIssues(answers)).toEqual(
      expect.arrayContaining([
        { questionId: 'tok_issuer_validation', code: 'required' },
        { questionId: 'tok_account_types', code: 'required' },
      ]),
    );
  });

  test('scores no better than "yes" with the same follow-ups, and worse than "no"', () => {
    for (const base of [STORM, HARDENED]) {
      const followUps = { tok_issuer_validation: 'none', tok_account_types: 'work_and_personal' };
      const unknown = scoreOf(base, { tok_own_signin_apps: 'dont_know', ...followUps });
      const yes = scoreOf(base, { tok_own_signin_apps: 'yes', ...followUps });
      const no = scoreOf(without(base, 'tok_issuer_validation', 'tok_account_types'), { tok_own_signin_apps: 'no' });
      expect(unknown.score).toBeLessThanOrEqual(yes.score);
      expect(unknown.score).toBeLessThan(no.score);
      expect(unknown.grade).toBe(yes.grade);
      expect(unknown.masterKeyExposure.score).toBeGreaterThanOrEqual(yes.masterKeyExposure.score);
      expect(unknown.findings.map((finding) => finding.id)).toContain('issuer_validation_missing');
    }
  });
});

describe('"don\'t know" on self-run token issuers (key_self_issuers)', () => {
  const WEAK_KEYS = { key_storage: 'software_keystore', key_rotation: 'never', key_emergency_rollover: 'no', key_debug_artifacts: 'no' };
  const STRONG_KEYS = { key_storage: 'hsm_or_kms', key_rotation: 'automated_90d', key_emergency_rollover: 'tested', key_debug_artifacts: 'yes' };

  test('the key questions must still be answered', () => {
    const issues = finalIssues({ ...HARDENED, key_self_issuers: ['dont_know'] });
    for (const questionId of ['key_storage', 'key_rotation', 'key_emergency_rollover', 'key_debug_artifacts']) {
      expect(issues).toContainEqual({ questionId, code: 'required' });
    }
  });

  test.each([
    ['weak keys', WEAK_KEYS],
    ['strong keys', STRONG_KEYS],
  ])('the security score is below honestly reporting AD FS with the same %s', (_label, keys) => {
    // The exposure side (5 persistence points more) is pinned in master-key.test.ts.
    const unknown = scoreOf(HARDENED, { key_self_issuers: ['dont_know'], ...keys });
    const adfs = scoreOf(HARDENED, { key_self_issuers: ['adfs'], ...keys });
    expect(unknown.score).toBeLessThan(adfs.score);
  });

  test('with the best key answers it still scores below running no issuer', () => {
    expect(scoreOf(HARDENED, { key_self_issuers: ['dont_know'], ...STRONG_KEYS }).score).toBeLessThan(scoreOf(HARDENED).score);
  });
});

describe('backups (ir_backups)', () => {
  const credit = (value: string): number | null => QUESTION_SCORING.find((entry) => entry.questionId === 'ir_backups')!.credit(value);

  test('cloud files count: mail + files + configuration is best practice, mail + configuration is not', () => {
    expect(credit('mail_files_and_config')).toBe(1);
    expect(credit('mail_and_config')).toBeLessThan(1);
    expect(credit('mail_and_config')).toBeGreaterThan(credit('mail_only')!);
    expect(credit('mail_only')).toBe(credit('config_only'));
    expect(credit('neither')).toBe(0);
  });

  test('backing up cloud files raises the score and claims readiness', () => {
    const withoutFiles = scoreOf(HARDENED, { ir_backups: 'mail_and_config' });
    const withFiles = scoreOf(HARDENED, { ir_backups: 'mail_files_and_config' });
    expect(withFiles.score).toBeGreaterThan(withoutFiles.score);
    expect(withFiles.claimsReadiness!).toBeGreaterThan(withoutFiles.claimsReadiness!);
  });
});
