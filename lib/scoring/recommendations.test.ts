import { describe, expect, test } from 'vitest';

import { buildAnswerValueSchema, compareAnswerSafety, getQuestion, getQuestionnaire } from '@/lib/questionnaire';
import type { TAnswers } from '@/lib/questionnaire';

import { createAnswerView } from './answers';
import { evaluateRisk, evaluateRiskOfAnswers } from './evaluate-risk';
import { CONTROLS } from './controls';
import hardened from './fixtures/hardened-enterprise.json';
import hybrid from './fixtures/hybrid-adfs-manufacturer.json';
import gradeC from './fixtures/consistency-grade-c.json';
import storm from './fixtures/storm-0558-victim.json';
import { roundTo } from './math';
import { EFFORT_COST, applyControl as applyControlTo, buildRecommendations } from './recommendations';

const questionnaire = getQuestionnaire('idp-exposure@1')!;
const LATEST = getQuestionnaire('idp-exposure@2')!;
const HARDENED = hardened.answers as TAnswers;
const STORM = storm.answers as TAnswers;
const HYBRID = hybrid.answers as TAnswers;
const applyControl = (controlId: string, answers: TAnswers) => applyControlTo(questionnaire, controlId, answers);
const computeRiskScore = (answers: TAnswers) => evaluateRiskOfAnswers(questionnaire, answers);

function recommend(answers: TAnswers) {
  return buildRecommendations(evaluateRisk(createAnswerView(questionnaire, answers)));
}

describe('control catalogue', () => {
  test('ids are unique and every target is a valid, safest-direction answer of an existing question', () => {
    expect(new Set(CONTROLS.map((control) => control.id)).size).toBe(CONTROLS.length);
    for (const control of CONTROLS) {
      expect(control.targets.length + (control.transform ? 1 : 0), control.id).toBeGreaterThan(0);
      for (const target of control.targets) {
        const question = getQuestion(LATEST, target.questionId);
        expect(question, `${control.id} -> ${target.questionId}`).toBeDefined();
        expect(buildAnswerValueSchema(question!).safeParse(target.value).success, `${control.id} -> ${target.questionId}`).toBe(true);
      }
    }
  });

  test('a control never makes an answer less safe', () => {
    for (const answers of [STORM, HYBRID, HARDENED]) {
      for (const control of CONTROLS) {
        const applied = applyControl(control.id, answers);
        for (const change of applied?.changes ?? []) {
          expect(compareAnswerSafety(getQuestion(questionnaire, change.questionId)!, change.to, change.from), control.id).toBeGreaterThan(0);
        }
      }
    }
  });

  test('applyControl returns null when nothing would change or the control is unknown', () => {
    expect(applyControl('ctrl_block_legacy_auth', HARDENED)).toBeNull();
    expect(applyControl('ctrl_no_such_control', STORM)).toBeNull();
  });

  test('moving off AD FS also retires the self-run signer and hides its key questions', () => {
    const applied = applyControl('ctrl_cloud_authentication', HYBRID)!;
    expect(applied.changes).toEqual([
      { questionId: 'dep_ad_connection', from: 'federation_adfs', to: 'password_hash_sync' },
      { questionId: 'key_self_issuers', from: ['adfs'], to: ['none'] },
    ]);
    expect(applied.answers.key_storage).toBeUndefined();
  });
});

describe('recommendations', () => {
  test('every uplift equals re-scoring the answers with the control applied', () => {
    for (const answers of [STORM, HYBRID]) {
      const base = computeRiskScore(answers);
      for (const recommendation of recommend(answers)) {
        const after = computeRiskScore(applyControl(recommendation.id, answers)!.answers);
        expect(recommendation.uplift, recommendation.id).toBe(roundTo(after.score - base.score, 1));
        expect(recommendation.scoreAfter).toBe(after.score);
        expect(recommendation.gradeAfter).toBe(after.grade);
        expect(recommendation.masterKeyExposureReduction).toBe(roundTo(base.masterKeyExposure.score - after.masterKeyExposure.score, 1));
      }
    }
  });

  test('knock-out fixes come first, then uplift per effort', () => {
    const recommendations = recommend(STORM);
    const firstOther = recommendations.findIndex((recommendation) => !recommendation.resolvesKnockOut);
    expect(firstOther).toBeGreaterThan(0);
    expect(recommendations.slice(firstOther).some((recommendation) => recommendation.resolvesKnockOut)).toBe(false);
    expect(recommendations.slice(0, firstOther).map((recommendation) => recommendation.id)).toEqual(
      expect.arrayContaining(['ctrl_issuer_validation', 'ctrl_mail_access_auditing', 'ctrl_idp_playbook']),
    );
    // Then those that improve insurability, then uplift per effort.
    const rest = recommendations.slice(firstOther);
    const order = ['accept', 'accept_with_conditions', 'refer', 'decline'];
    for (let index = 1; index < rest.length; index++) {
      const previous = rest[index - 1]!;
      const current = rest[index]!;
      const gain = (entry: typeof previous) => -order.indexOf(entry.insurabilityAfter);
      expect(gain(previous)).toBeGreaterThanOrEqual(gain(current));
      if (gain(previous) === gain(current)) expect(previous.uplift / EFFORT_COST[previous.effort]).toBeGreaterThanOrEqual(current.uplift / EFFORT_COST[current.effort]);
    }
    expect(recommendations.map((recommendation) => recommendation.rank)).toEqual(recommendations.map((_, index) => index + 1));
  });

  test('a recommendation names the findings it resolves', () => {
    const playbook = recommend(STORM).find((recommendation) => recommendation.id === 'ctrl_idp_playbook')!;
    expect(playbook.resolvesFindingIds).toContain('idp_playbook_missing');
    expect(playbook.resolvesKnockOut).toBe(true);
    expect(playbook.changes).toEqual([{ questionId: 'ir_idp_playbook', from: 'no', to: 'yes' }]);
    expect(playbook.claimsReadinessUplift).toBeGreaterThan(0);
  });

  test('a hardened organisation gets nothing to do', () => {
    expect(recommend(HARDENED)).toEqual([]);
  });

  test('every listed recommendation has some benefit', () => {
    for (const recommendation of recommend(HYBRID)) {
      const benefit =
        recommendation.uplift > 0 ||
        recommendation.masterKeyExposureReduction > 0 ||
        recommendation.claimsReadinessUplift > 0 ||
        recommendation.resolvesFindingIds.length > 0;
      expect(benefit, recommendation.id).toBe(true);
    }
  });
});

describe('the incident\'s controls (issue "Scoring model 2")', () => {
  // A mid-size firm missing all of them, and a break-glass account: each incident control must be
  // worth more than the break-glass account in score, exposure and expected loss.
  const gaps = {
    ...(gradeC.answers as TAnswers),
    tok_own_signin_apps: 'yes',
    tok_issuer_validation: 'none',
    tok_account_types: 'own_tenant_only',
    tok_immutable_user_claims: 'all',
    key_self_issuers: ['adfs'],
    key_storage: 'software_keystore',
    key_rotation: 'never',
    key_emergency_rollover: 'untested',
    key_debug_artifacts: 'yes',
    log_mail_access_events: 'none',
    priv_break_glass: 'no',
  } as TAnswers;
  const recommendations = buildRecommendations(evaluateRisk(createAnswerView(LATEST, gaps)));
  const byId = (id: string) => recommendations.find((recommendation) => recommendation.id === id)!;

  test.each(['ctrl_issuer_validation', 'ctrl_mail_access_auditing', 'ctrl_signing_keys_in_hsm', 'ctrl_automated_key_rotation'])('%s is worth more than a break-glass account', (id) => {
    const control = byId(id);
    const breakGlass = byId('ctrl_break_glass_accounts');
    expect(control.uplift).toBeGreaterThan(breakGlass.uplift);
    expect(control.masterKeyExposureReduction).toBeGreaterThan(breakGlass.masterKeyExposureReduction);
    expect(control.expectedLossReductionEur!).toBeGreaterThan(breakGlass.expectedLossReductionEur!);
    expect(control.rank).toBeLessThan(breakGlass.rank);
  });
});
