// What pages and components receive about claims: plain summary types, no query types.
import type { ClaimStatus } from '../db/generated/enums';
import type { TPage } from '../pagination';
import type { TClaimContact } from './schemas';

export type TClaimListItem = {
  id: string;
  reference: string;
  status: ClaimStatus;
  incidentType: string;
  discoveredAt: Date;
  createdAt: Date;
  clientName: string;
  insurerName: string | null;
};
export type TClaimPage = TPage<TClaimListItem>;

export type TClaimTimelineEvent = {
  id: string;
  kind: 'status' | 'checklist' | 'note';
  data: { from?: ClaimStatus; to?: ClaimStatus; itemId?: string; done?: boolean };
  body: string | null;
  authorName: string | null;
  createdAt: Date;
};

export type TClaimDetail = {
  id: string;
  reference: string;
  status: ClaimStatus;
  version: number;
  incidentType: string;
  discoveredAt: Date;
  createdAt: Date;
  description: string;
  affectedServices: string[];
  affectedData: string[];
  actionsTaken: string | null;
  contacts: TClaimContact[];
  personalDataAffected: boolean;
  nis2Entity: 'essential' | 'important' | 'none';
  reportedByName: string | null;
  clientCompany: { id: string; name: string };
  brokerageName: string;
  insurerName: string | null;
  assessmentId: string;
  snapshot: { id: string; questionnaireVersion: string; submittedAt: Date; answers: Record<string, unknown>; result: unknown };
  /** Ticked items by id ('playbook:<id>' | 'evidence:<id>'): who and when. */
  checklist: Record<string, { doneByName: string | null; doneAt: Date }>;
  timeline: TClaimTimelineEvent[];
};

/** A client the user may report an incident for (a broker chooses one). */
export type TReportableClient = { id: string; name: string };
