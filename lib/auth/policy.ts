// The one place that decides who may do what to which record. Pages, server actions and route
// handlers all ask here. Two layers:
//   1. can(user, permission): may the role do this at all (permissions.ts);
//   2. the where builders, one per resource, each taking the permission asked for: the rows the
//      user may do that to. Every query loads records as `{ id } AND whereFor(user, permission)`, so
//      "may this user do this to this record" is answered by the database in the same query, and a
//      record outside the answer is never loaded (and looks exactly like a missing one: 404).
//      A role without the permission gets a where that matches nothing: queries fail closed.
// Tenant rules: a broker sees only their brokerage's clients and assessments; a client user only
// their own company; an underwriter only assessments submitted to their insurer (a Submission to
// it exists) and the claims of insureds it bound; an admin manages users and organisations but sees
// no client data.
import type { Prisma } from '../db/generated/client';
import { roleHasPermission, type TPermission } from './permissions';
import type { TSessionUser } from './types';

export function can(user: TSessionUser | null, permission: TPermission): boolean {
  return user !== null && roleHasPermission(user.role, permission);
}

/** Matches no row: used for roles that may not see a resource at all, so queries fail closed. */
const NOTHING = { id: { in: [] as string[] } };

/** The permissions that act on one kind of record, e.g. `assessment.view`. */
export type TPermissionOn<TResource extends string> = Extract<TPermission, `${TResource}.${string}`>;

/**
 * The client companies the user may do `permission` to; 'assessment.create' asks which companies the
 * user may assess, 'claim.create' for which a user may report an incident (a broker their clients, a
 * client user their own company).
 */
export function clientCompanyWhereForUser(user: TSessionUser, permission: TPermissionOn<'clientCompany'> | 'assessment.create' | 'claim.create'): Prisma.ClientCompanyWhereInput {
  if (!can(user, permission)) return NOTHING;
  switch (user.role) {
    case 'BROKER':
      return { brokerageId: user.organizationId };
    case 'CLIENT':
      return { organizationId: user.organizationId };
    default:
      return NOTHING;
  }
}

/**
 * While the broker revises a submitted assessment (REVISING), what is being revised (answers, notes)
 * is the broker's: the insurers and the client's users read what was last submitted.
 */
export function maySeeRevisionInProgress(user: TSessionUser, status: string): boolean {
  return status !== 'REVISING' || can(user, 'assessment.submit');
}

/**
 * Whether the user reads the assessment's working answers (the answer rows) or a snapshot's: an
 * underwriter always reads the snapshots sent to their insurer (snapshotWhereForUser), never the rows.
 */
export function maySeeWorkingAnswers(user: TSessionUser, status: string): boolean {
  return user.role !== 'UNDERWRITER' && maySeeRevisionInProgress(user, status);
}

/**
 * The snapshots of an assessment a user reads: an insurer only those sent to it (a revision resubmitted
 * to one insurer is not shown to the others); everyone else who may see the assessment, all of them.
 */
export function snapshotWhereForUser(user: TSessionUser): Prisma.AssessmentSnapshotWhereInput {
  return user.role === 'UNDERWRITER' ? { submissions: { some: { insurerId: user.organizationId } } } : {};
}

/** Statuses of an assessment that has been submitted (a snapshot exists; REVISING: the next one is being prepared). */
export const SUBMITTED_STATUSES = ['SUBMITTED', 'REVISING', 'IN_REVIEW', 'DECIDED'] as const;

export function assessmentWhereForUser(user: TSessionUser, permission: TPermissionOn<'assessment'>): Prisma.AssessmentWhereInput {
  if (!can(user, permission)) return NOTHING;
  switch (user.role) {
    case 'BROKER':
      return { brokerageId: user.organizationId };
    case 'CLIENT':
      // A draft is the broker's working copy until the broker shares it with the client's users.
      // (Whether a draft may still be changed is the status rule of the answer and submit actions.)
      // A revision after an insurer's questions (REVISING) is the broker's alone: the client keeps
      // seeing the submitted result, and never the revision's working answers.
      return {
        clientCompany: { organizationId: user.organizationId },
        OR: [
          { status: { in: permission === 'assessment.view' || permission === 'assessment.list' ? [...SUBMITTED_STATUSES] : SUBMITTED_STATUSES.filter((status) => status !== 'REVISING') } },
          { status: 'DRAFT', sharedWithClientAt: { not: null } },
        ],
      };
    case 'UNDERWRITER':
      // Drafts are the broker's working copy: an insurer sees an assessment only once submitted to it.
      return { status: { in: [...SUBMITTED_STATUSES] }, submissions: { some: { insurerId: user.organizationId } } };
    default:
      return NOTHING;
  }
}

/**
 * The cover bound on a placement: the insured's users and the brokerage see it, and of the insurers
 * only the one that bound it. The insurers that quoted and lost never learn the winner's terms.
 */
export function boundCoverWhereForUser(user: TSessionUser): Prisma.PlacementWhereInput {
  const assessment = assessmentWhereForUser(user, 'assessment.view');
  return user.role === 'UNDERWRITER' ? { assessment, boundSubmission: { insurerId: user.organizationId } } : { assessment };
}

/**
 * Every insurer's decision on a placement as the insured sees it (status, the terms offered, the
 * subjectivities, decline reasons; never the thread, overrides or notes): the insured's users and
 * the brokerage. An underwriter sees only their own insurer's submission (submissionWhereForUser).
 */
export function marketDecisionsWhereForUser(user: TSessionUser): Prisma.PlacementWhereInput {
  return user.role === 'CLIENT' || user.role === 'BROKER' ? { assessment: assessmentWhereForUser(user, 'assessment.view') } : NOTHING;
}

/**
 * The submissions whose insurer and status a user may know of: those they may view (a broker all of
 * the brokerage's, an underwriter their insurer's) and, for the insured, those of its placements.
 */
export function knownSubmissionWhereForUser(user: TSessionUser): Prisma.SubmissionWhereInput {
  return user.role === 'CLIENT' ? { placement: marketDecisionsWhereForUser(user) } : submissionWhereForUser(user, 'submission.view');
}

/** A placement is the brokerage's: its underwriters see only their own submission of it. */
export function placementWhereForUser(user: TSessionUser, permission: TPermissionOn<'placement'>): Prisma.PlacementWhereInput {
  return can(user, permission) && user.role === 'BROKER' ? { brokerageId: user.organizationId } : NOTHING;
}

/**
 * A broker sees the submissions of their brokerage; an underwriter those sent to their insurer.
 * 'portfolio.view' asks for the insurer's whole book (underwriters only), which the portfolio
 * aggregates in SQL scoped to the insurerId this returns.
 */
export function submissionWhereForUser(user: TSessionUser, permission: TPermissionOn<'submission'> | 'portfolio.view'): Prisma.SubmissionWhereInput {
  if (!can(user, permission)) return NOTHING;
  switch (user.role) {
    case 'BROKER':
      return { brokerageId: user.organizationId };
    case 'UNDERWRITER':
      return { insurerId: user.organizationId };
    default:
      return NOTHING;
  }
}

/** Brokers see their clients' claims, a client its own company's, an underwriter those under cover it bound. */
export function claimWhereForUser(user: TSessionUser, permission: TPermissionOn<'claim'>): Prisma.ClaimWhereInput {
  if (!can(user, permission)) return NOTHING;
  switch (user.role) {
    case 'BROKER':
      return { brokerageId: user.organizationId };
    case 'CLIENT':
      return { clientCompany: { organizationId: user.organizationId } };
    case 'UNDERWRITER':
      return { insurerId: user.organizationId };
    default:
      return NOTHING;
  }
}

/** A user's own notifications only. */
export function notificationWhereForUser(user: TSessionUser, permission: TPermissionOn<'notification'>): Prisma.NotificationWhereInput {
  return can(user, permission) ? { userId: user.id } : NOTHING;
}

/** Admins manage every account; nobody else sees or changes users. */
export function userWhereForUser(user: TSessionUser, permission: TPermissionOn<'user'>): Prisma.UserWhereInput {
  return can(user, permission) && user.role === 'ADMIN' ? {} : NOTHING;
}

/** Admins list every organisation and place new users in any of them; nobody else. */
export function organizationWhereForUser(user: TSessionUser, permission: TPermissionOn<'organization'> | 'user.create'): Prisma.OrganizationWhereInput {
  return can(user, permission) && user.role === 'ADMIN' ? {} : NOTHING;
}

/** A user manages their own API tokens and nobody else's (not even an admin: tokens act as their owner). */
export function apiTokenWhereForUser(user: TSessionUser, permission: TPermissionOn<'apiToken'>): Prisma.ApiTokenWhereInput {
  return can(user, permission) ? { userId: user.id } : NOTHING;
}
