import { describe, expect, it } from 'vitest';
import type { TEvidenceItem } from '../scoring/types';
import { ASSUMED_RETENTION_DAYS, buildEvidencePreservation, retentionDaysFor } from './evidence';

const discoveredAt = new Date('2026-10-20T08:00:00Z');
const checklist: TEvidenceItem[] = [
  { id: 'evidence_sign_in_logs', status: 'at_risk', questionIds: ['log_retention', 'log_siem'] },
  { id: 'evidence_mail_access_logs', status: 'missing', questionIds: ['log_unified_audit', 'log_mail_access_events'] },
  { id: 'evidence_audit_log_export', status: 'ready', questionIds: ['log_unified_audit', 'ir_log_preservation'] },
  { id: 'evidence_backup_integrity', status: 'ready', questionIds: ['ir_backups'] },
  { id: 'evidence_incident_timeline', status: 'during_incident', questionIds: [] },
];

describe('retentionDaysFor', () => {
  it.each([
    ['over_one_year', 365, false],
    ['one_year', 365, false],
    ['days_180', 180, false],
    ['days_90', 90, false],
    ['under_90_days', ASSUMED_RETENTION_DAYS, true],
    ['dont_know', ASSUMED_RETENTION_DAYS, true],
    [undefined, ASSUMED_RETENTION_DAYS, true],
  ])('%s -> %i days (assumed: %s)', (answer, days, isAssumed) => {
    expect(retentionDaysFor(answer)).toEqual({ days, isAssumed });
  });
});

describe('buildEvidencePreservation', () => {
  it('dates the log exports at discovery + the reported retention (real days across the DST change), first things first', () => {
    const items = buildEvidencePreservation({ checklist, answers: { log_retention: 'days_90' }, discoveredAt });
    expect(items.map((item) => [item.id, item.exportBy?.toISOString() ?? null])).toEqual([
      ['evidence_sign_in_logs', '2027-01-18T08:00:00.000Z'],
      ['evidence_audit_log_export', '2027-01-18T08:00:00.000Z'],
      ['evidence_mail_access_logs', null],
      ['evidence_backup_integrity', null],
      ['evidence_incident_timeline', null],
    ]);
    expect(items[0]).toMatchObject({ retentionDays: 90, isRetentionAssumed: false });
    // The retention question is always among the answers behind a log item.
    expect(items[1]!.questionIds).toContain('log_retention');
  });

  it('assumes the short default for a vague retention answer', () => {
    const items = buildEvidencePreservation({ checklist, answers: { log_retention: 'under_90_days' }, discoveredAt });
    expect(items[0]).toMatchObject({ id: 'evidence_sign_in_logs', retentionDays: 7, isRetentionAssumed: true });
    expect(items[0]!.exportBy?.toISOString()).toBe('2026-10-27T08:00:00.000Z');
  });

  it('gives no export date to a log that was never recorded', () => {
    const items = buildEvidencePreservation({ checklist, answers: { log_retention: 'one_year' }, discoveredAt });
    expect(items.find((item) => item.id === 'evidence_mail_access_logs')).toMatchObject({ exportBy: null, retentionDays: null });
  });
});
