// What components receive about client companies: plain summary types, so that no component types
// its props from a query function (and none needs to import one).
import type { AssessmentStatus } from '../db/generated/enums';
import type { TPage } from '../pagination';

export type TClientCompanySummary = {
  id: string;
  name: string;
  industry: string;
  country: string;
  revenueBand: string;
  employeeCount: number;
  updatedAt: Date;
  assessmentCount: number;
};

export type TClientCompanyPage = TPage<TClientCompanySummary>;

export type TClientAssessmentSummary = {
  id: string;
  status: AssessmentStatus;
  questionnaireVersion: string;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  previousAssessmentId: string | null;
  insurerNames: string[];
  /** The submitted result's headline figures; null for a draft. */
  scores: { score: number; grade: string; masterKeyExposure: number; modelVersion: string } | null;
};

export type TClientCompanyDetail = TClientCompanySummary & {
  emailDomain: string | null;
  contactName: string | null;
  contactEmail: string | null;
  createdAt: Date;
  brokerageName: string;
  responsibleBrokerName: string | null;
  /** Newest first. */
  assessments: TClientAssessmentSummary[];
};

/** The headline figures of a company's most recent submitted assessment (for list columns). */
export type TClientLatestResult = { assessmentId: string; score: number; grade: string; submittedAt: Date };

export type TClientTrendPoint = { assessmentId: string; submittedAt: string; score: number; grade: string; masterKeyExposure: number };
