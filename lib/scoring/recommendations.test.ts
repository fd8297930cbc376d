import { describe, expect, test } from 'vitest';

import { buildAnswerValueSchema, compareAnswerSafety, getQuestion, getQuestionnaire } from '@/lib/questionnaire';
import type { TAnswers } from '@/lib/questionnaire';

import { createAnswerView } from './answers';
import { evaluateRisk, evaluateRiskOfAnswers } from './evaluate-risk';
import { CONTROLS } from './controls';
import hardened from './fixtures/hardened-enterprise.json';
import hybrid from './fixtures/hybrid-adfs-manufacturer.json';
import storm from './fixtures/storm-0558-victim.json';
import { roundTo } from './math';
import { EFFORT_COST, applyControl as applyControlTo, buildRecommendations } from './recommendations';

const questionnaire = getQuestionnaire('idp-exposure@1')!;
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
        const question = getQuestion(questionnaire, target.questionId);
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
    const rest = recommendations.slice(firstOther);
    for (let index = 1; index < rest.length; index++) {
      const previous = rest[index - 1]!;
      const current = rest[index]!;
      expect(previous.uplift / EFFORT_COST[previous.effort]).toBeGreaterThanOrEqual(current.uplift / EFFORT_COST[current.effort]);
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
