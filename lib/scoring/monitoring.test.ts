import { describe, expect, test } from 'vitest';

import { getQuestionnaire } from '@/lib/questionnaire';
import type { TAnswers } from '@/lib/questionnaire';

import { createAnswerView } from './answers';
import { evaluateRisk } from './evaluate-risk';
import hardened from './fixtures/hardened-enterprise.json';
import storm from './fixtures/storm-0558-victim.json';
import { buildMonitoringPlan } from './monitoring';

const questionnaire = getQuestionnaire('idp-exposure@2')!;
const CRITICAL_IDS = questionnaire.questions.filter((question) => question.critical).map((question) => question.id);
const HARDENED = hardened.answers as TAnswers;
const STORM = storm.answers as TAnswers;

function plan(answers: TAnswers) {
  return buildMonitoringPlan(evaluateRisk(createAnswerView(questionnaire, answers)));
}

describe('monitoring plan', () => {
  test.each<[TAnswers, number]>([
    [HARDENED, 12],
    [STORM, 3],
  ])('reassessment interval by grade', (answers, months) => {
    expect(plan(answers).intervalMonths).toBe(months);
  });

  test('re-verifies the questions behind findings and every critical answer', () => {
    expect(plan(STORM).reverifyQuestionIds).toEqual(expect.arrayContaining(['tok_issuer_validation', 'log_mail_access_events']));
    expect(plan(HARDENED).reverifyQuestionIds).toEqual(CRITICAL_IDS.filter((id) => HARDENED[id] !== undefined));
  });

  test('schedules the next exercise twelve months after the last one', () => {
    expect(plan(HARDENED).dueDates).toEqual([{ id: 'next_tabletop_exercise', date: '2026-03-14', basedOnQuestionId: 'ir_last_exercise_date' }]);
  });

  test('schedules the next signing-key rotation: its own 90-day cycle when automated, else yearly', () => {
    const signer = { ...HARDENED, key_self_issuers: ['keycloak'], key_storage: 'hsm_or_kms', key_emergency_rollover: 'tested', key_debug_artifacts: 'yes', key_last_rotation_date: '2025-11-30' };
    expect(plan({ ...signer, key_rotation: 'automated_90d' }).dueDates).toContainEqual({ id: 'next_signing_key_rotation', date: '2026-02-28', basedOnQuestionId: 'key_last_rotation_date' });
    expect(plan({ ...signer, key_rotation: 'never' }).dueDates).toContainEqual({ id: 'next_signing_key_rotation', date: '2026-11-30', basedOnQuestionId: 'key_last_rotation_date' });
  });
});
