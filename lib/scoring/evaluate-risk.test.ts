import { describe, expect, test } from 'vitest';

import { getQuestionnaire } from '@/lib/questionnaire';
import type { TAnswers, TAnswerValue } from '@/lib/questionnaire';

import { evaluateRiskOfAnswers } from './evaluate-risk';
import hardened from './fixtures/hardened-enterprise.json';
import storm from './fixtures/storm-0558-victim.json';
import { CONTEXT_QUESTION_IDS, QUESTION_SCORING } from './question-credits';
import { GRADE_THRESHOLDS, getGradeForScore, getWorseGrade } from './grades';
import { CORE_SECTION_IDS, SECTION_WEIGHTS } from './weights';

const questionnaire = getQuestionnaire('idp-exposure@1')!;
const LATEST = getQuestionnaire('idp-exposure@2')!;
const HARDENED = hardened.answers as TAnswers;
const STORM = storm.answers as TAnswers;
const computeRiskScore = (answers: TAnswers) => evaluateRiskOfAnswers(questionnaire, answers);

function withAnswers(base: TAnswers, patch: Record<string, TAnswerValue | undefined>): TAnswers {
  const next: Record<string, TAnswerValue> = { ...base } as Record<string, TAnswerValue>;
  for (const [id, value] of Object.entries(patch)) {
    if (value === undefined) delete next[id];
    else next[id] = value;
  }
  return next;
}

function sectionScore(answers: TAnswers, sectionId: string): number | null {
  return computeRiskScore(answers).sections.find((section) => section.sectionId === sectionId)?.score ?? null;
}

describe('model constants', () => {
  test('section weights sum to 1 and the business profile carries none', () => {
    const total = Object.values(SECTION_WEIGHTS).reduce((sum, weight) => sum + weight, 0);
    expect(total).toBeCloseTo(1, 10);
    expect(SECTION_WEIGHTS.business_profile).toBe(0);
    expect(Object.keys(SECTION_WEIGHTS).sort()).toEqual(questionnaire.sections.map((section) => section.id).sort());
    for (const id of CORE_SECTION_IDS) expect(SECTION_WEIGHTS[id]).toBeGreaterThan(0);
  });

  test.each([
    [100, 'A'],
    [85, 'A'],
    [84.9, 'B'],
    [70, 'B'],
    [69.9, 'C'],
    [55, 'C'],
    [54.9, 'D'],
    [40, 'D'],
    [39.9, 'E'],
    [0, 'E'],
  ])('score %d -> grade %s', (score, grade) => {
    expect(getGradeForScore(score)).toBe(grade);
  });

  test('thresholds descend and the worse grade wins', () => {
    const mins = GRADE_THRESHOLDS.map((threshold) => threshold.min);
    expect([...mins].sort((a, b) => b - a)).toEqual(mins);
    expect(getWorseGrade('A', 'C')).toBe('C');
    expect(getWorseGrade('E', 'D')).toBe('E');
  });

  test.each(['idp-exposure@1', 'idp-exposure@2'])('every question of %s is scored, context or informational — exactly one of them', (version) => {
    const { questions } = getQuestionnaire(version)!;
    const scored = new Set(QUESTION_SCORING.map((entry) => entry.questionId));
    const context = new Set(CONTEXT_QUESTION_IDS);
    for (const question of questions) {
      const roles = [scored.has(question.id), context.has(question.id), Boolean(question.informational)].filter(Boolean);
      expect(roles.length, question.id).toBe(1);
    }
  });

  test('every scoring-table and context entry names a question of the current questionnaire', () => {
    const ids = new Set(LATEST.questions.map((question) => question.id));
    for (const id of [...QUESTION_SCORING.map((entry) => entry.questionId), ...CONTEXT_QUESTION_IDS]) expect(ids.has(id), id).toBe(true);
  });

  test('every option of a scored choice question has an explicit credit in 0..1 (null only where unranked: N/A)', () => {
    for (const entry of QUESTION_SCORING) {
      const question = LATEST.questions.find((candidate) => candidate.id === entry.questionId)!;
      if (question.type !== 'yes_no' && question.type !== 'single') continue;
      for (const option of question.options) {
        const credit = entry.credit(option.id);
        if (option.id === 'not_applicable' || option.id === 'no_customer_identities') expect(credit, `${question.id}.${option.id}`).toBeNull();
        else {
          expect(credit, `${question.id}.${option.id}`).not.toBeNull();
          expect(credit!).toBeGreaterThanOrEqual(0);
          expect(credit!).toBeLessThanOrEqual(1);
        }
      }
    }
  });
});

describe('section and overall scores', () => {
  test('best practice everywhere scores 100 in a section', () => {
    expect(sectionScore(HARDENED, 'privileged_access')).toBe(100);
    expect(sectionScore(HARDENED, 'logging_detection')).toBe(100);
  });

  test('a section score is the weighted mean of its credits', () => {
    // logging: unified 3×1, mail events 5×0.4, retention 2.5×0.6, SIEM 2×0.5, anomaly 3×0, token alerts 1.5×1
    const answers = withAnswers(HARDENED, { log_mail_access_events: 'some', log_retention: 'days_180', log_siem: 'some', log_mail_anomaly_detection: 'nobody' });
    const expected = (100 * (3 + 5 * 0.4 + 2.5 * 0.6 + 2 * 0.5 + 0 + 1.5)) / (3 + 5 + 2.5 + 2 + 3 + 1.5);
    expect(sectionScore(answers, 'logging_detection')).toBeCloseTo(expected, 1);
  });

  test('"not applicable" is left out: same score as unanswered, never below "no"', () => {
    const notApplicable = computeRiskScore(withAnswers(STORM, { auth_remote_access_mfa: 'not_applicable' }));
    const unanswered = computeRiskScore(withAnswers(STORM, { auth_remote_access_mfa: undefined }));
    const no = computeRiskScore(withAnswers(STORM, { auth_remote_access_mfa: 'no' }));
    expect(notApplicable.score).toBe(unanswered.score);
    expect(notApplicable.score).toBeGreaterThan(no.score);
    expect(notApplicable.sections.find((section) => section.sectionId === 'authentication')?.notApplicableQuestions).toBe(1);
  });

  test('"don\'t know" on a critical item scores below "no" (penalty), on other items equal to "no"', () => {
    const no = computeRiskScore(withAnswers(STORM, { priv_jit: 'no' }));
    const dontKnow = computeRiskScore(withAnswers(STORM, { priv_jit: 'dont_know' }));
    expect(dontKnow.dontKnowPenalty).toBe(3);
    expect(dontKnow.score).toBeCloseTo(no.score - 3, 5);
    const nonCriticalNo = computeRiskScore(withAnswers(STORM, { priv_break_glass: 'no' }));
    const nonCriticalDontKnow = computeRiskScore(withAnswers(STORM, { priv_break_glass: 'dont_know' }));
    expect(nonCriticalDontKnow.score).toBe(nonCriticalNo.score);
  });

  test('the "don\'t know" penalty is capped at 15 points', () => {
    const answers = withAnswers(STORM, {
      auth_legacy_blocked: 'dont_know',
      priv_jit: 'dont_know',
      tok_issuer_validation: 'dont_know',
      log_unified_audit: 'dont_know',
      log_mail_access_events: 'dont_know',
      log_retention: 'dont_know',
      ir_idp_playbook: 'dont_know',
    });
    expect(computeRiskScore(answers).dontKnowPenalty).toBe(15);
  });

  test('follow-ups of a safe gate get full credit; an unknown gate’s follow-ups are asked, and scored only once answered', () => {
    const noIssuer = sectionScore(withAnswers(STORM, { key_self_issuers: ['none'] }), 'tokens_keys')!;
    const adfsPerfect = sectionScore(
      withAnswers(STORM, { key_self_issuers: ['adfs'], key_storage: 'hsm_or_kms', key_rotation: 'automated_90d', key_emergency_rollover: 'tested', key_debug_artifacts: 'yes' }),
      'tokens_keys',
    )!;
    const unknown = computeRiskScore(withAnswers(STORM, { key_self_issuers: ['dont_know'] }));
    expect(noIssuer).toBeGreaterThan(adfsPerfect);
    expect(unknown.sections.find((section) => section.sectionId === 'tokens_keys')!.scoredQuestions).toBe(
      computeRiskScore(withAnswers(STORM, { key_self_issuers: ['none'] })).sections.find((section) => section.sectionId === 'tokens_keys')!.scoredQuestions - 4,
    );
  });

  test('the weakest core section pulls the overall score down, a weak governance section only through the mean', () => {
    const base = computeRiskScore(HARDENED).score;
    const weakGovernance = computeRiskScore(withAnswers(HARDENED, { gov_baseline_assessment: 'never', gov_licence_tier: 'dont_know' }));
    const governanceDrop = base - weakGovernance.score;
    expect(governanceDrop).toBeCloseTo(0.8 * 0.04 * 100, 0);
    const weakLogging = computeRiskScore(
      withAnswers(HARDENED, { log_unified_audit: 'no', log_mail_access_events: 'none', log_retention: 'under_90_days', log_siem: 'none', log_mail_anomaly_detection: 'nobody', log_token_anomaly_alerts: 'no' }),
    );
    expect(base - weakLogging.score).toBeGreaterThan(0.8 * 0.16 * 100);
  });

  test('hidden answers do not count', () => {
    const visible = computeRiskScore(withAnswers(HARDENED, { tok_own_signin_apps: 'yes', tok_issuer_validation: 'none', tok_account_types: 'work_and_personal' }));
    const hidden = computeRiskScore(withAnswers(HARDENED, { tok_own_signin_apps: 'no', tok_issuer_validation: 'none', tok_account_types: 'work_and_personal' }));
    expect(hidden.score).toBe(computeRiskScore(HARDENED).score);
    expect(visible.score).toBeLessThan(hidden.score);
    expect(hidden.view.get('tok_issuer_validation')).toBeUndefined();
  });
});

describe('grade caps', () => {
  test('no cap without knock-outs', () => {
    const core = computeRiskScore(HARDENED);
    expect(core.gradeCap).toBeNull();
    expect(core.grade).toBe(core.uncappedGrade);
  });

  test('one critical finding caps at C', () => {
    const core = computeRiskScore(withAnswers(HARDENED, { ir_idp_playbook: 'no' }));
    expect(core.uncappedGrade).toBe('A');
    expect(core.gradeCap).toEqual({ grade: 'C', reasons: ['critical_finding'] });
    expect(core.grade).toBe('C');
  });

  test('three critical findings cap at D', () => {
    const core = computeRiskScore(withAnswers(HARDENED, { ir_idp_playbook: 'no', priv_jit: 'no', auth_legacy_blocked: 'no' }));
    expect(core.gradeCap?.grade).toBe('D');
    expect(core.gradeCap?.reasons).toContain('multiple_critical_findings');
    expect(core.grade).toBe('D');
  });

  test('severe master-key exposure caps at D', () => {
    const core = computeRiskScore(STORM);
    expect(core.masterKeyExposure.level).toBe('severe');
    expect(core.gradeCap?.reasons).toContain('master_key_exposure_severe');
    expect(['D', 'E']).toContain(core.grade);
  });

  test('a cap never improves a grade', () => {
    const core = computeRiskScore(withAnswers(STORM, { ir_idp_playbook: 'dont_know' }));
    expect(core.uncappedGrade).toBe('E');
    expect(core.grade).toBe('E');
  });
});

describe('claims readiness', () => {
  test('is 100 for a prepared organisation and lower when preparation is missing', () => {
    expect(computeRiskScore(HARDENED).claimsReadiness).toBe(100);
    const unprepared = computeRiskScore(withAnswers(HARDENED, { ir_idp_playbook: 'no', ir_insurer_notification_known: 'no', ir_log_preservation: 'no' }));
    expect(unprepared.claimsReadiness).toBe(50);
  });

  test('is null when none of its questions is answered', () => {
    expect(computeRiskScore({ dep_idps: ['okta'] }).claimsReadiness).toBeNull();
  });
});
