// What the client portal's components receive (no query types).
import type { SubjectivityStatus, SubmissionStatus } from '../db/generated/enums';

/** The terms of the bound quote. */
export type TBoundCover = {
  insurerName: string;
  limitEur: number | null;
  retentionEur: number | null;
  premiumEur: number | null;
  coverStartDate: Date;
  boundAt: Date | null;
};

/** One insurer's decision as the insured sees it: no thread, no overrides, no notes between broker and underwriter. */
export type TMarketDecision = {
  id: string;
  insurerName: string;
  status: SubmissionStatus;
  terms: { limitEur: number | null; retentionEur: number | null; premiumEur: number | null; validUntil: string | null };
  declineReasons: string[];
  subjectivities: Array<{ id: string; text: string; dueDate: string; status: SubjectivityStatus }>;
};
