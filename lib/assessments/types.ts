// What pages, components and the REST API receive about assessments: plain summary types (dates as
// ISO strings where they cross to the browser), so no component types its props from a query.
import type { TAnswerValue } from '../questionnaire';
import type { AssessmentStatus } from '../db/generated/enums';
import type { TPage } from '../pagination';

export type TPersonRef = { id: string; name: string };

/** One answer as it is stored: value (null: cleared), its own version, who set it and when. */
export type TAnswerRecord = {
  questionId: string;
  value: TAnswerValue | null;
  note: string | null;
  version: number;
  /** Copied from the previous assessment by a reassessment and not yet confirmed. */
  carriedOver: boolean;
  updatedAt: string;
  updatedBy: TPersonRef | null;
};

/** The answers of an assessment (or those changed since a revision), with the revision they reach. */
export type TAnswersState = {
  assessmentId: string;
  status: AssessmentStatus;
  /** The questionnaire the answers belong to (a draft can be upgraded to a newer one). */
  questionnaireVersion: string;
  revision: number;
  answers: Record<string, TAnswerRecord>;
};

/** A save refused because somebody else changed the same answer first: what it is now. */
export type TAnswerConflict = {
  questionId: string;
  /** The version the refused change was based on. */
  baseVersion: number;
  /** The answer as it stands (version 0 and value null if it was never saved: it cannot conflict then). */
  current: TAnswerRecord;
};

export type TAssessmentSummary = {
  id: string;
  status: AssessmentStatus;
  questionnaireVersion: string;
  revision: number;
  submittedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  sharedWithClientAt: Date | null;
  previousAssessmentId: string | null;
  clientCompany: { id: string; name: string; industry: string; country: string; revenueBand: string };
  brokerName: string;
  brokerageName: string;
  /** The insurers the assessment is placed with, as far as the reader may see them (an underwriter: their own). */
  insurerNames: string[];
  /** The submitted result's headline figures; null while a draft. */
  scores: { score: number; grade: string; masterKeyExposure: number } | null;
};

export type TAssessmentPage = TPage<TAssessmentSummary>;

/** The frozen record of a submission (AssessmentSnapshot) as readers get it. */
export type TSnapshotSummary = {
  id: string;
  sequence: number;
  questionnaireVersion: string;
  modelVersion: string;
  digest: string;
  score: number;
  grade: string;
  masterKeyExposure: number;
  submittedAt: string;
  submittedBy: TPersonRef | null;
};
