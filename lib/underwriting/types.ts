// What components receive about the underwriting queue: plain summary types, so that no component
// types its props from a query function.
import type { SubmissionStatus } from '../db/generated/enums';
import type { TPage } from '../pagination';

export type TQueueRow = {
  id: string;
  clientName: string;
  industry: string;
  /** The model's grade, and the one in force (an underwriter's override, else the model's). */
  grade: string;
  effectiveGrade: string;
  score: number;
  masterKeyExposure: number;
  identityProviders: string[];
  status: SubmissionStatus;
  submittedAt: Date;
  /** Whole days since submission, against the server's "now" of the request. */
  ageDays: number;
  quoteValidUntil: Date | null;
  /** QUOTED and valid until a day before today: it can no longer be bound. */
  isQuoteExpired: boolean;
  /** Subjectivities not accepted yet (open, or fulfilled and awaiting review) whose due date has passed. */
  overdueSubjectivities: number;
};

export type TQueueStatusCounts = Record<SubmissionStatus, number>;

export type TQueueResult = {
  page: TPage<TQueueRow>;
  /** Per status, for the current filters except the status itself (the tabs' numbers). */
  statusCounts: TQueueStatusCounts;
  /** The sum of statusCounts: every row of the filters in any status. */
  allStatusesTotal: number;
};
