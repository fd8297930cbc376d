// Rules of the idp-exposure@2 definition that the generic definition tests do not cover.
import { describe, expect, test } from 'vitest';

import { evaluateCondition, listConditionQuestionIds, listVisibleQuestions } from '../conditions';
import { getQuestion } from '../registry';
import { compareAnswerSafety, getRiskiestAnswer } from '../safety';
import { validateAnswers } from '../schema';
import type { TAnswerValue, TQuestion } from '../types';
import { idpExposureV2 } from './idp-exposure-v2';

function question(id: string): TQuestion {
  const found = getQuestion(idpExposureV2, id);
  if (!found) throw new Error(id);
  return found;
}

describe('"don\'t know" on a gate question shows the follow-ups (as in @1)', () => {
  // The one exception: PIM activation is asked only with just-in-time access (a hidden activation
  // question earns no credit, so "don't know" gains nothing from hiding it).
  const gated = idpExposureV2.questions.filter((entry) => entry.visibleWhen !== undefined && entry.id !== 'priv_pim_approval_alerts');

  test.each(gated.map((entry) => [entry.id, entry] as const))('%s', (_id, entry) => {
    for (const gateId of listConditionQuestionIds(entry.visibleWhen!)) {
      const gate = question(gateId);
      if (!('options' in gate) || !gate.options.some((option) => option.id === 'dont_know')) continue;
      const value: TAnswerValue = gate.type === 'multi' ? ['dont_know'] : 'dont_know';
      expect(evaluateCondition(entry.visibleWhen!, { [gateId]: value }), `${entry.id} <- ${gateId}`).toBe(true);
    }
  });

  test('PIM approval and alerts are asked for just-in-time access, not without it or when it is unknown', () => {
    for (const jit of ['yes', 'partially']) {
      expect(listVisibleQuestions(idpExposureV2, { priv_jit: jit }).map((entry) => entry.id), jit).toContain('priv_pim_approval_alerts');
    }
    for (const jit of ['no', 'dont_know']) {
      expect(listVisibleQuestions(idpExposureV2, { priv_jit: jit }).map((entry) => entry.id), jit).not.toContain('priv_pim_approval_alerts');
    }
  });
});

describe('MFA coverage accepts "don\'t know"', () => {
  const mfa = question('auth_mfa_coverage');

  test('it ranks below every figure, 0 % included, and is the riskiest answer', () => {
    expect(compareAnswerSafety(mfa, 0, 'dont_know')).toBe(1);
    expect(compareAnswerSafety(mfa, 'dont_know', 100)).toBe(-1);
    expect(compareAnswerSafety(mfa, 'dont_know', 'dont_know')).toBe(0);
    expect(getRiskiestAnswer(mfa)).toBe('dont_know');
  });

  test('a final answer set may say "don\'t know"; it is not a missing answer', () => {
    const result = validateAnswers(idpExposureV2, { auth_mfa_coverage: 'dont_know' }, 'final');
    expect(result.ok ? [] : result.issues.filter((issue) => issue.questionId === 'auth_mfa_coverage')).toEqual([]);
  });
});

describe('the last key rotation is in the past', () => {
  test('a date after today is refused when the caller passes today, accepted without it (no clock)', () => {
    const answers = { key_self_issuers: ['adfs'], key_last_rotation_date: '2031-05-01' };
    const refused = validateAnswers(idpExposureV2, answers, 'draft', { today: '2026-12-01' });
    expect(refused.ok ? [] : refused.issues.map((issue) => [issue.questionId, issue.code])).toEqual([['key_last_rotation_date', 'future_date']]);
    expect(validateAnswers(idpExposureV2, answers, 'draft').ok).toBe(true);
    expect(validateAnswers(idpExposureV2, { ...answers, key_last_rotation_date: '2026-12-01' }, 'draft', { today: '2026-12-01' }).ok).toBe(true);
  });
});

describe('options without a safety rank', () => {
  test('"no customer identities" is not comparable (the risk does not arise), like "not applicable"', () => {
    const shared = question('dep_shared_workforce_customer_idp');
    expect(compareAnswerSafety(shared, 'separate', 'shared')).toBe(1);
    expect(compareAnswerSafety(shared, 'no_customer_identities', 'shared')).toBeNull();
  });
});
