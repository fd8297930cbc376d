import { expect, test } from 'vitest';
import { describeAuditData } from './audit-view';

test('an audit row shows its before/after pairs and the rest as details', () => {
  expect(describeAuditData({ statusBefore: 'SUBMITTED', statusAfter: 'QUOTED', versionAfter: 3, terms: { limitEur: 1000000, validUntil: '2027-01-31' }, subjectivities: [] })).toEqual({
    before: 'SUBMITTED',
    after: 'QUOTED',
    details: [['terms', 'limitEur: 1000000, validUntil: 2027-01-31']],
  });
  expect(describeAuditData({ target: 'grade', modelValue: 'C', overrideValue: 'B', justification: 'MFA rolled out', effectiveGradeBefore: 'C', effectiveGradeAfter: 'B' })).toEqual({
    before: 'C / C',
    after: 'B / B',
    details: [['target', 'grade'], ['justification', 'MFA rolled out']],
  });
  expect(describeAuditData({})).toEqual({ before: null, after: null, details: [] });
});
