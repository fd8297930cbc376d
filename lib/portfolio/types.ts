// What the portfolio pages receive: plain numbers (EUR whole), no database types.
import type { SubmissionStatus } from '../db/generated/enums';
import type { TPortfolioSectionId, TScenarioProvider } from '../placement/submission-facts';
import type { TPage } from '../pagination';
import type { TScenarioTotals } from './scenario-math';

export type TStatusCount = { status: SubmissionStatus; count: number };
export type TGradeCount = { grade: string; count: number };
export type TIndustryAverage = { industry: string; insureds: number; averageScore: number };
export type TSectionAverage = { sectionId: TPortfolioSectionId; insureds: number; averageScore: number | null };
/** Insureds depending on one provider or platform, and the sum of their quoted/bound limits. */
export type TConcentration = { key: string; insureds: number; limitEur: number };

export type TPortfolioDashboard = {
  book: { insureds: number; limitEur: number; premiumEur: number; averageScore: number | null };
  /** Every submission of the insurer by status; QUOTED counts only quotes still valid, expired ones apart. */
  statuses: TStatusCount[];
  expiredQuotes: number;
  grades: TGradeCount[];
  industries: TIndustryAverage[];
  sections: TSectionAverage[];
  identityProviders: TConcentration[];
  mailPlatforms: TConcentration[];
};

export type TScenarioInsured = {
  submissionId: string;
  assessmentId: string;
  clientName: string;
  industry: string;
  status: SubmissionStatus;
  effectiveGrade: string;
  masterKeyExposure: number;
  limitEur: number;
  eventLossMeanEur: number;
  eventLossP995Eur: number;
  /** min(mean, limit) and min(p995, limit). */
  insurerLossEur: number;
  insurerLossP995Eur: number;
};

export type TScenario = { provider: TScenarioProvider; totals: TScenarioTotals; insureds: TPage<TScenarioInsured> };
