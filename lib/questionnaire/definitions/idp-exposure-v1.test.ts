// Rules of the idp-exposure@1 definition that the generic definition tests do not cover.
import { describe, expect, test } from 'vitest';

import { evaluateCondition, listConditionQuestionIds, listVisibleQuestions } from '../conditions';
import { getQuestion } from '../registry';
import { compareAnswerSafety } from '../safety';
import { validateAnswers } from '../schema';
import type { TAnswerValue, TQuestion } from '../types';
import { idpExposureV1 } from './idp-exposure-v1';

function question(id: string): TQuestion {
  const found = getQuestion(idpExposureV1, id);
  if (!found) throw new Error(id);
  return found;
}

function dontKnowValue(gate: TQuestion): TAnswerValue | undefined {
  if (!('options' in gate) || !gate.options.some((option) => option.id === 'dont_know')) return undefined;
  return gate.type === 'multi' ? ['dont_know'] : 'dont_know';
}

describe('"don\'t know" on a gate question', () => {
  // An unknown gate must be resolved by its follow-ups: hiding them would make "don't know" score
  // like the safe answer (follow-ups are then neither asked nor counted).
  const gated = idpExposureV1.questions.filter((entry) => entry.visibleWhen !== undefined);

  test.each(gated.map((entry) => [entry.id, entry] as const))('%s is shown when its gate is answered "don\'t know"', (_id, entry) => {
    for (const gateId of listConditionQuestionIds(entry.visibleWhen!)) {
      const value = dontKnowValue(question(gateId));
      if (value === undefined) continue;
      expect(evaluateCondition(entry.visibleWhen!, { [gateId]: value }), `${entry.id} <- ${gateId}: dont_know`).toBe(true);
    }
  });

  test.each([
    ['tok_own_signin_apps', 'dont_know', ['tok_issuer_validation', 'tok_account_types']],
    ['key_self_issuers', ['dont_know'], ['key_storage', 'key_rotation', 'key_emergency_rollover', 'key_debug_artifacts']],
  ] as const)('"don\'t know" on %s shows and requires its follow-ups', (gateId, unknown, followUpIds) => {
    const answers = { [gateId]: unknown } as Record<string, TAnswerValue>;
    const visible = listVisibleQuestions(idpExposureV1, answers).map((entry) => entry.id);
    for (const id of followUpIds) {
      expect(visible, id).toContain(id);
      expect(question(id).required, id).toBe(true);
    }
    const result = validateAnswers(idpExposureV1, answers, 'final');
    const required = result.ok ? [] : result.issues.filter((issue) => issue.code === 'required').map((issue) => issue.questionId);
    expect(required).toEqual(expect.arrayContaining([...followUpIds]));
  });

  test('the safe gate answer still hides the follow-ups', () => {
    expect(evaluateCondition(question('tok_issuer_validation').visibleWhen!, { tok_own_signin_apps: 'no' })).toBe(false);
    expect(evaluateCondition(question('key_storage').visibleWhen!, { key_self_issuers: ['none'] })).toBe(false);
  });
});

describe('backups (ir_backups)', () => {
  test('cloud files are asked: mail, files and configuration is the safest answer', () => {
    const backups = question('ir_backups');
    const safer = (a: string, b: string): number => Math.sign(compareAnswerSafety(backups, a, b) ?? Number.NaN);
    expect(safer('mail_files_and_config', 'mail_and_config')).toBe(1);
    expect(safer('mail_and_config', 'mail_only')).toBe(1);
    expect(safer('mail_only', 'config_only')).toBe(0);
    expect(safer('neither', 'dont_know')).toBe(1);
  });
});
