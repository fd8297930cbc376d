import { describe, expect, test } from 'vitest';
import { changedAnswerIds } from './answer-diff';

describe('changed answers between two snapshots', () => {
  test('added, removed and changed answers, in the question bank’s order; equal arrays are unchanged', () => {
    const before = { q1: 'yes', q2: ['a', 'b'], q3: 5, q4: 'gone' };
    const after = { q1: 'no', q2: ['a', 'b'], q3: 5, q5: 'new' };
    expect(changedAnswerIds({ before, after, order: ['q5', 'q4', 'q3', 'q2', 'q1'] })).toEqual(['q5', 'q4', 'q1']);
  });
  test('nothing changed: none', () => {
    expect(changedAnswerIds({ before: { q1: ['x'] }, after: { q1: ['x'] }, order: ['q1'] })).toEqual([]);
  });
  test('an order of arrays counts as a change (answers are stored as given)', () => {
    expect(changedAnswerIds({ before: { q1: ['a', 'b'] }, after: { q1: ['b', 'a'] }, order: [] })).toEqual(['q1']);
  });
});
