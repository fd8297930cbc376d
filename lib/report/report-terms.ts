// Which insurer's terms a report shows in place of the model's indication, for which reader. Pure.
//
// Warning: an underwriter must only ever see their own insurer's terms (a competitor's quote is
// confidential). So: the bound terms first; else, for an underwriter, their own insurer's latest
// quote; a broker or the client sees bound terms only (several open quotes are the broker's to
// compare on the placement page, not one to print as "the" terms). The query (queries.ts) already
// loads only what the reader may see; this rule is applied again here so a widened query cannot leak.
import type { Role } from '@/lib/db/generated/enums';

export type TSubjectivityStatus = 'OPEN' | 'FULFILLED' | 'ACCEPTED';

export type TReportTerms = {
  kind: 'bound' | 'quoted';
  insurerName: string;
  limitEur: number;
  retentionEur: number;
  premiumEur: number;
  /** 'YYYY-MM-DD'; null when the quote names none. */
  validUntil: string | null;
  /** When the terms were bound, or quoted (ISO). */
  decidedAt: string;
  subjectivities: Array<{ text: string; dueDate: string; status: TSubjectivityStatus }>;
};

/** A submission of the reported snapshot as the query loads it. */
export type TTermsCandidate = {
  insurerId: string;
  insurerName: string;
  status: string;
  isBound: boolean;
  limitEur: number | null;
  retentionEur: number | null;
  premiumEur: number | null;
  validUntil: string | null;
  decidedAt: string;
  subjectivities: TReportTerms['subjectivities'];
};

export function pickReportTerms(options: { reader: { role: Role; organizationId: string }; candidates: readonly TTermsCandidate[] }): TReportTerms | null {
  const { reader } = options;
  const visible = options.candidates.filter(
    (candidate) => (reader.role === 'UNDERWRITER' ? candidate.insurerId === reader.organizationId : reader.role === 'BROKER' || reader.role === 'CLIENT') && hasTerms(candidate),
  );
  const bound = visible.find((candidate) => candidate.isBound && candidate.status === 'BOUND');
  if (bound) return toTerms(bound, 'bound');
  if (reader.role !== 'UNDERWRITER') return null;
  const quoted = visible.filter((candidate) => candidate.status === 'QUOTED').sort((a, b) => b.decidedAt.localeCompare(a.decidedAt))[0];
  return quoted ? toTerms(quoted, 'quoted') : null;
}

function hasTerms(candidate: TTermsCandidate): candidate is TTermsCandidate & { limitEur: number; retentionEur: number; premiumEur: number } {
  return candidate.limitEur !== null && candidate.retentionEur !== null && candidate.premiumEur !== null;
}

function toTerms(candidate: TTermsCandidate, kind: TReportTerms['kind']): TReportTerms {
  return {
    kind,
    insurerName: candidate.insurerName,
    limitEur: candidate.limitEur!,
    retentionEur: candidate.retentionEur!,
    premiumEur: candidate.premiumEur!,
    validUntil: candidate.validUntil,
    decidedAt: candidate.decidedAt,
    subjectivities: [...candidate.subjectivities].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.text.localeCompare(b.text)),
  };
}
