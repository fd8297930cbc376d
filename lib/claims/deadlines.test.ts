import { describe, expect, it } from 'vitest';
import type { TDeadline } from '../scoring/types';
import { buildClaimDeadlines } from './deadlines';

const discoveredAt = new Date('2026-10-24T10:00:00Z');
const insurer: TDeadline = { id: 'insurer_notice', hours: 48, from: 'awareness', contactId: 'insurer_hotline' };
const gdpr: TDeadline = { id: 'gdpr_art33_72h', hours: 72, from: 'awareness', contactId: 'authority_dpa_germany' };
const subjects: TDeadline = { id: 'notify_data_subjects_without_undue_delay', hours: null, from: 'awareness', contactId: null };

const byId = (deadlines: ReturnType<typeof buildClaimDeadlines>) => Object.fromEntries(deadlines.map((d) => [d.id, d.dueAt?.toISOString() ?? null]));

describe('buildClaimDeadlines', () => {
  it("always counts the insurer's notice period of the snapshot from discovery", () => {
    const deadlines = buildClaimDeadlines({ discoveredAt, personalDataAffected: false, nis2Entity: 'none', snapshotDeadlines: [insurer, gdpr] });
    expect(byId(deadlines)).toEqual({ insurer_notice: '2026-10-26T10:00:00.000Z' });
  });

  it('adds GDPR Art. 33 (72 h, real time across the DST change) and the data subjects when personal data is affected', () => {
    const deadlines = buildClaimDeadlines({ discoveredAt, personalDataAffected: true, nis2Entity: 'none', snapshotDeadlines: [insurer, gdpr, subjects] });
    expect(byId(deadlines)).toEqual({ insurer_notice: '2026-10-26T10:00:00.000Z', gdpr_art33_72h: '2026-10-27T10:00:00.000Z', notify_data_subjects_without_undue_delay: null });
    expect(deadlines.at(-1)?.id).toBe('notify_data_subjects_without_undue_delay');
  });

  it('falls back to GDPR Art. 33 when the snapshot names no data-protection regime', () => {
    const deadlines = buildClaimDeadlines({ discoveredAt, personalDataAffected: true, nis2Entity: 'none', snapshotDeadlines: [insurer] });
    expect(byId(deadlines).gdpr_art33_72h).toBe('2026-10-27T10:00:00.000Z');
  });

  it("uses the snapshot's regime instead (Swiss FADP: as soon as possible, no fixed time)", () => {
    const swiss: TDeadline = { id: 'swiss_fadp_art24_asap', hours: null, from: 'awareness', contactId: 'authority_fdpic_switzerland' };
    const deadlines = buildClaimDeadlines({ discoveredAt, personalDataAffected: true, nis2Entity: 'none', snapshotDeadlines: [insurer, swiss] });
    expect(byId(deadlines)).toEqual({ insurer_notice: '2026-10-26T10:00:00.000Z', swiss_fadp_art24_asap: null });
  });

  for (const nis2Entity of ['essential', 'important'] as const) {
    it(`adds NIS2 24 h / 72 h / one month after the notification for ${nis2Entity} entities`, () => {
      const deadlines = buildClaimDeadlines({ discoveredAt, personalDataAffected: false, nis2Entity, snapshotDeadlines: [insurer] });
      expect(byId(deadlines)).toEqual({
        insurer_notice: '2026-10-26T10:00:00.000Z',
        nis2_early_warning_24h: '2026-10-25T10:00:00.000Z',
        nis2_notification_72h: '2026-10-27T10:00:00.000Z',
        // 27 Oct 11:00 CET + 1 calendar month = 27 Nov 11:00 CET.
        nis2_final_report_1_month: '2026-11-27T10:00:00.000Z',
      });
      expect(deadlines.map((d) => d.id)).toEqual(['nis2_early_warning_24h', 'insurer_notice', 'nis2_notification_72h', 'nis2_final_report_1_month']);
    });
  }

  it("adds DORA's 24-hour initial notification when the snapshot has it, not the ones without a fixed reference", () => {
    const dora: TDeadline[] = [
      { id: 'dora_initial_4h', hours: 4, from: 'classification', contactId: 'authority_financial_supervisor' },
      { id: 'dora_initial_24h', hours: 24, from: 'awareness', contactId: 'authority_financial_supervisor' },
    ];
    const deadlines = buildClaimDeadlines({ discoveredAt, personalDataAffected: false, nis2Entity: 'none', snapshotDeadlines: [insurer, ...dora] });
    expect(byId(deadlines)).toEqual({ dora_initial_24h: '2026-10-25T10:00:00.000Z', insurer_notice: '2026-10-26T10:00:00.000Z' });
  });
});
