import { describe, expect, test } from 'vitest';

import { evaluateCondition, isConditionDecided, listConditionQuestionIds, pruneHiddenAnswers } from './conditions';
import type { TAnswers, TCondition, TQuestionnaire } from './types';

describe('evaluateCondition', () => {
  const answers: TAnswers = { idps: ['entra_id', 'okta'], mail: 'exchange_online', count: 3, empty: [] };
  test.each<[string, TCondition, boolean]>([
    ['equals matches', { q: 'mail', equals: 'exchange_online' }, true],
    ['equals differs', { q: 'mail', equals: 'google_workspace' }, false],
    ['notEquals differs', { q: 'mail', notEquals: 'google_workspace' }, true],
    ['notEquals on an unanswered question is false', { q: 'missing', notEquals: 'x' }, false],
    ['in matches', { q: 'mail', in: ['google_workspace', 'exchange_online'] }, true],
    ['in misses', { q: 'mail', in: ['google_workspace'] }, false],
    ['includes matches', { q: 'idps', includes: 'okta' }, true],
    ['includes misses', { q: 'idps', includes: 'ping_identity' }, false],
    ['includes on a string answer is false', { q: 'mail', includes: 'exchange_online' }, false],
    ['includesAny matches one', { q: 'idps', includesAny: ['ping_identity', 'entra_id'] }, true],
    ['includesAny misses all', { q: 'idps', includesAny: ['ping_identity'] }, false],
    ['an empty selection counts as unanswered', { q: 'empty', notEquals: 'x' }, false],
    ['gt above', { q: 'count', gt: 2 }, true],
    ['gt equal is false', { q: 'count', gt: 3 }, false],
    ['lt below', { q: 'count', lt: 4 }, true],
    ['lt on an unanswered question', { q: 'missing', lt: 4 }, false],
    ['all true', { all: [{ q: 'mail', equals: 'exchange_online' }, { q: 'count', gt: 1 }] }, true],
    ['all with one false', { all: [{ q: 'mail', equals: 'exchange_online' }, { q: 'count', gt: 5 }] }, false],
    ['any with one true', { any: [{ q: 'mail', equals: 'x' }, { q: 'idps', includes: 'okta' }] }, true],
    ['any all false', { any: [{ q: 'mail', equals: 'x' }, { q: 'count', lt: 1 }] }, false],
  ])('%s', (_name, condition, expected) => {
    expect(evaluateCondition(condition, answers)).toBe(expected);
  });
});

describe('condition helpers', () => {
  test('listConditionQuestionIds walks nested conditions', () => {
    expect(listConditionQuestionIds({ all: [{ q: 'a', equals: 1 }, { any: [{ q: 'b', gt: 1 }, { q: 'c', lt: 2 }] }] })).toEqual(['a', 'b', 'c']);
  });

  test('isConditionDecided needs every referenced answer', () => {
    const condition: TCondition = { any: [{ q: 'a', equals: 'x' }, { q: 'b', equals: 'y' }] };
    expect(isConditionDecided(condition, { a: 'x' })).toBe(false);
    expect(isConditionDecided(condition, { a: 'x', b: 'z' })).toBe(true);
  });
});

describe('pruneHiddenAnswers', () => {
  const questionnaire: TQuestionnaire = {
    version: 'test@1',
    sections: [{ id: 's' }],
    questions: [
      { id: 'gate', sectionId: 's', type: 'yes_no', required: true, options: [{ id: 'yes' }, { id: 'no' }] },
      { id: 'follow', sectionId: 's', type: 'single', required: true, visibleWhen: { q: 'gate', equals: 'yes' }, options: [{ id: 'a' }, { id: 'b' }] },
      { id: 'nested', sectionId: 's', type: 'integer', required: false, visibleWhen: { q: 'follow', equals: 'a' }, min: 0, max: 10 },
      { id: 'multi', sectionId: 's', type: 'multi', required: false, options: [{ id: 'x' }, { id: 'y' }] },
    ],
  };

  test('keeps visible answers', () => {
    expect(pruneHiddenAnswers(questionnaire, { gate: 'yes', follow: 'a', nested: 4 })).toEqual({ gate: 'yes', follow: 'a', nested: 4 });
  });

  test('drops a hidden follow-up and, in cascade, its own follow-up', () => {
    expect(pruneHiddenAnswers(questionnaire, { gate: 'no', follow: 'a', nested: 4 })).toEqual({ gate: 'no' });
  });

  test('drops follow-ups while the gate is unanswered', () => {
    expect(pruneHiddenAnswers(questionnaire, { follow: 'a' })).toEqual({});
  });

  test('drops unknown ids, nulls and empty selections', () => {
    expect(pruneHiddenAnswers(questionnaire, { gate: 'yes', follow: null, unknown: 'x', multi: [] })).toEqual({ gate: 'yes' });
  });
});
