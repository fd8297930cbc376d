import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { arbitraryAnswers, arbitraryAnswerValue } from './arbitraries';
import { idpExposureV1 } from './definitions/idp-exposure-v1';
import { idpExposureV2 } from './definitions/idp-exposure-v2';
import { validateAnswers } from './schema';
import { UPGRADE_STEPS, canUpgradeAnswers, upgradeAnswers } from './upgrade';

const ADDED = idpExposureV2.questions.map((question) => question.id).filter((id) => !idpExposureV1.questions.some((question) => question.id === id));

describe('upgradeAnswers from idp-exposure@1 to @2', () => {
  test('property: every answer of an @1 draft is kept, unchanged; the new questions are open', () => {
    fc.assert(
      fc.property(arbitraryAnswers(idpExposureV1, { completeness: 'partial' }), (answers) => {
        const upgraded = upgradeAnswers({ from: 'idp-exposure@1', to: 'idp-exposure@2', answers });
        expect(upgraded.answers).toEqual(answers);
        expect([...upgraded.carriedQuestionIds].sort()).toEqual(Object.keys(answers).sort());
        expect(upgraded.droppedQuestionIds).toEqual([]);
        expect(upgraded.newQuestionIds).toEqual(ADDED);
      }),
      { numRuns: 200, seed: 91 },
    );
  });

  test('property: a complete @1 answer set is still valid under @2 (as a draft: the new questions are open)', () => {
    fc.assert(
      fc.property(arbitraryAnswers(idpExposureV1, { completeness: 'complete' }), (answers) => {
        const upgraded = upgradeAnswers({ from: 'idp-exposure@1', to: 'idp-exposure@2', answers });
        const draft = validateAnswers(idpExposureV2, upgraded.answers, 'draft');
        expect(draft.ok && draft.answers).toEqual(upgraded.answers);
      }),
      { numRuns: 100, seed: 92 },
    );
  });

  test('property: any value @1 accepts for a widened question, @2 accepts too', () => {
    const step = UPGRADE_STEPS[0]!;
    for (const questionId of step.widened) {
      const question = idpExposureV1.questions.find((entry) => entry.id === questionId)!;
      fc.assert(
        fc.property(arbitraryAnswerValue(question), (value) => {
          expect(validateAnswers(idpExposureV2, { [questionId]: value }, 'draft').ok).toBe(true);
        }),
        { numRuns: 100, seed: 93 },
      );
    }
  });

  test('unanswered values and keys of no @1 question are not carried; the latter are listed as dropped', () => {
    const upgraded = upgradeAnswers({ from: 'idp-exposure@1', to: 'idp-exposure@2', answers: { dep_idps: ['okta'], dep_mail_platform: null, retired_question: 'yes', auth_number_matching: 'yes' } });
    expect(upgraded.answers).toEqual({ dep_idps: ['okta'] });
    expect(upgraded.carriedQuestionIds).toEqual(['dep_idps']);
    expect(upgraded.droppedQuestionIds).toEqual(['retired_question', 'auth_number_matching']);
  });
});

describe('upgrade paths', () => {
  test('the same version keeps every answer to one of its questions', () => {
    const upgraded = upgradeAnswers({ from: 'idp-exposure@2', to: 'idp-exposure@2', answers: { auth_number_matching: 'yes', nope: 1 } });
    expect(upgraded).toEqual({ answers: { auth_number_matching: 'yes' }, carriedQuestionIds: ['auth_number_matching'], droppedQuestionIds: ['nope'], newQuestionIds: [] });
  });

  test('downgrades and unknown versions have no path', () => {
    expect(canUpgradeAnswers('idp-exposure@1', 'idp-exposure@2')).toBe(true);
    expect(canUpgradeAnswers('idp-exposure@2', 'idp-exposure@1')).toBe(false);
    expect(canUpgradeAnswers('idp-exposure@9', 'idp-exposure@2')).toBe(false);
    expect(() => upgradeAnswers({ from: 'idp-exposure@2', to: 'idp-exposure@1', answers: {} })).toThrow(RangeError);
  });

  test('every step goes to a later version of the same questionnaire', () => {
    for (const step of UPGRADE_STEPS) {
      const [fromName, fromMajor] = step.from.version.split('@');
      const [toName, toMajor] = step.to.version.split('@');
      expect(toName).toBe(fromName);
      expect(Number(toMajor)).toBeGreaterThan(Number(fromMajor));
    }
  });
});
