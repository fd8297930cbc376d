import { describe, expect, test } from 'vitest';

import { idpExposureV1 } from './definitions/idp-exposure-v1';
import { getQuestion } from './registry';
import { compareAnswerSafety, getRiskiestAnswer, getSafestAnswer, hasSafetyOrder } from './safety';
import type { TAnswerValue } from './types';

function question(id: string) {
  const found = getQuestion(idpExposureV1, id);
  if (!found) throw new Error(id);
  return found;
}

describe('compareAnswerSafety', () => {
  test.each<[string, TAnswerValue, TAnswerValue, number | null]>([
    ['priv_jit', 'yes', 'partially', 1],
    ['priv_jit', 'no', 'dont_know', 1],
    ['priv_jit', 'dont_know', 'no', -1],
    ['app_user_registration', 'no', 'yes', 1],
    ['auth_remote_access_mfa', 'not_applicable', 'no', null],
    ['tok_session_lifetime', 'up_to_4h', 'up_to_12h', 0],
    ['auth_mfa_coverage', 100, 90, 1],
    ['dep_tenant_count', 1, 4, 1],
    ['priv_global_admin_count', 5, 1, 1],
    ['priv_global_admin_count', 9, 1, 0],
    ['priv_global_admin_count', 30, 9, -1],
    ['auth_weak_methods', ['none'], ['sms'], 1],
    ['auth_weak_methods', ['sms'], ['sms', 'voice_call'], 1],
    ['auth_weak_methods', ['sms'], ['voice_call'], null],
    ['auth_weak_methods', ['sms', 'voice_call', 'email_otp'], ['dont_know'], 1],
    ['tok_mitigations', ['continuous_access_evaluation', 'token_protection'], ['token_protection'], 1],
    ['tok_mitigations', ['none'], ['dont_know'], 1],
    ['tok_mitigations', ['none'], ['token_protection'], -1],
    ['dep_idps', ['okta'], ['entra_id'], null],
    ['bp_industry', 'healthcare', 'education', null],
    ['ir_last_exercise_date', '2024-01-01', '2023-01-01', null],
  ])('%s: %j vs %j', (id, a, b, expected) => {
    const result = compareAnswerSafety(question(id), a, b);
    expect(result === null ? null : Math.sign(result)).toBe(expected);
  });
});

describe('safest and riskiest answers', () => {
  test.each<[string, TAnswerValue | undefined, TAnswerValue | undefined]>([
    ['priv_jit', 'yes', 'dont_know'],
    ['app_user_registration', 'no', 'dont_know'],
    ['auth_mfa_coverage', 100, 0],
    ['dep_tenant_count', 1, 500],
    ['priv_global_admin_count', 2, 10000],
    ['auth_weak_methods', ['none'], ['dont_know']],
    ['tok_mitigations', ['continuous_access_evaluation', 'token_protection'], ['dont_know']],
    ['ir_last_exercise', 'within_6_months', 'never'],
    ['dep_mail_platform', undefined, undefined],
  ])('%s', (id, safest, riskiest) => {
    expect(getSafestAnswer(question(id))).toEqual(safest);
    expect(getRiskiestAnswer(question(id))).toEqual(riskiest);
  });

  test('context questions have no safety order; control questions do', () => {
    expect(hasSafetyOrder(question('bp_revenue_band'))).toBe(false);
    expect(hasSafetyOrder(question('tok_own_signin_apps'))).toBe(false);
    expect(hasSafetyOrder(question('log_retention'))).toBe(true);
    expect(hasSafetyOrder(question('key_self_issuers'))).toBe(true);
  });
});
