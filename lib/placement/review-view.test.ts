import { describe, expect, test } from 'vitest';
import type { TResultsView } from '@/lib/results/build-results-view';
import { addDays, buildScoreRows, suggestedSubjectivities } from './review-view';

const view = {
  risk: { grade: 'C', sections: [{ id: 'identity', title: 'Identity', score: 61.4 }, { id: 'mail', title: 'Mail', score: null }] },
  protection: { insurance: { subjectivities: [{ id: 'mfa', text: 'Enforce MFA', dueDays: null }, { id: 'edr', text: 'Deploy EDR', dueDays: 90 }] } },
} as unknown as TResultsView;

describe('review view', () => {
  test('the model value stays beside the override in force (the newest per target)', () => {
    const rows = buildScoreRows({
      view,
      gradeLabel: 'Grade',
      overrides: [
        { target: 'grade', overrideValue: 'B', justification: 'newest', authorName: 'Uwe', createdAt: new Date('2026-12-02') },
        { target: 'grade', overrideValue: 'D', justification: 'older', authorName: 'Uwe', createdAt: new Date('2026-12-01') },
      ],
    });
    expect(rows).toEqual([
      { target: 'grade', label: 'Grade', modelValue: 'C', override: expect.objectContaining({ value: 'B', justification: 'newest' }) },
      { target: 'section:identity', label: 'Identity', modelValue: '61', override: null },
    ]);
  });

  test('the quote is prefilled from the model’s subjectivities with due dates', () => {
    expect(suggestedSubjectivities({ view, today: '2026-12-20' })).toEqual([
      { text: 'Enforce MFA', dueDate: '2027-01-03' },
      { text: 'Deploy EDR', dueDate: '2027-03-20' },
    ]);
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
  });
});
