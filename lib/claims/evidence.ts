// The evidence-preservation checklist of a claim: the snapshot's evidence checklist (lib/scoring/
// claims.ts decides which items exist and how ready each was), with an export-by date on every item
// that lives in logs. Logs expire by age, so what happened at discovery is gone once the retention
// the insured reported has passed: export-by = discovery time + that retention. Where the answer
// gives no firm period ("under 90 days", "don't know", unanswered) we assume the shortest common
// default (7 days: Entra ID Free keeps sign-in logs that long), so the date is never too late.
import type { TAnswers } from '../questionnaire';
import type { TEvidenceItem, TEvidenceStatus } from '../scoring/types';
import { addDays } from './time';

/** Days kept per answer of log_retention (questionnaire idp-exposure@1/@2); "over one year" counts as one year. */
const RETENTION_DAYS: Readonly<Record<string, number>> = {
  over_one_year: 365,
  one_year: 365,
  days_180: 180,
  days_90: 90,
};
export const ASSUMED_RETENTION_DAYS = 7;

/** Evidence items that are log data and expire with the reported retention. */
const LOG_EVIDENCE_IDS: ReadonlySet<string> = new Set(['evidence_sign_in_logs', 'evidence_mail_access_logs', 'evidence_audit_log_export']);

export type TEvidencePreservationItem = {
  id: string;
  status: TEvidenceStatus;
  /** When the logs of the discovery moment run out; null for items that are not log data. */
  exportBy: Date | null;
  retentionDays: number | null;
  /** True when the retention is our conservative assumption, not a period the insured reported. */
  isRetentionAssumed: boolean;
  questionIds: string[];
};

export function retentionDaysFor(answer: unknown): { days: number; isAssumed: boolean } {
  const days = typeof answer === 'string' ? RETENTION_DAYS[answer] : undefined;
  return days === undefined ? { days: ASSUMED_RETENTION_DAYS, isAssumed: true } : { days, isAssumed: false };
}

export function buildEvidencePreservation(input: { checklist: readonly TEvidenceItem[]; answers: TAnswers; discoveredAt: Date }): TEvidencePreservationItem[] {
  const retention = retentionDaysFor(input.answers.log_retention);
  const items = input.checklist.map((item): TEvidencePreservationItem => {
    // A log that was never recorded (status 'missing') has nothing to export.
    const isLogBound = LOG_EVIDENCE_IDS.has(item.id) && item.status !== 'missing';
    return {
      id: item.id,
      status: item.status,
      exportBy: isLogBound ? addDays(input.discoveredAt, retention.days) : null,
      retentionDays: isLogBound ? retention.days : null,
      isRetentionAssumed: isLogBound && retention.isAssumed,
      questionIds: [...item.questionIds, ...(isLogBound && !item.questionIds.includes('log_retention') ? ['log_retention'] : [])],
    };
  });
  // What runs out first comes first; the rest keeps the model's order.
  return items.sort((a, b) => (a.exportBy?.getTime() ?? Infinity) - (b.exportBy?.getTime() ?? Infinity));
}
