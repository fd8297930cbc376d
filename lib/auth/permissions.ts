// Who may do what, by role. Record-level (tenant) rules live in policy.ts; this map answers only
// "may this role ever do this". Declared with `satisfies` so adding an action or a role forces a
// decision here. Warning: an action missing from a role's list is denied — never default-allow.
import type { Role } from '../db/generated/enums';

export const ROLES = ['ADMIN', 'BROKER', 'UNDERWRITER', 'CLIENT'] as const satisfies readonly Role[];

export const PERMISSIONS = {
  'user.list': ['ADMIN'],
  'user.create': ['ADMIN'],
  /** Creating another admin is its own permission (a narrower grant than user.create). */
  'user.createAdmin': ['ADMIN'],
  /** Issue a set-password link (and clear a lost second factor). */
  'user.resetAccess': ['ADMIN'],
  'user.deactivate': ['ADMIN'],
  'user.endSessions': ['ADMIN'],
  'user.unblock': ['ADMIN'],
  'securityEvent.list': ['ADMIN'],
  'organization.list': ['ADMIN'],
  'clientCompany.list': ['BROKER'],
  'clientCompany.view': ['BROKER', 'CLIENT'],
  'clientCompany.create': ['BROKER'],
  'clientCompany.update': ['BROKER'],
  'assessment.list': ['BROKER', 'UNDERWRITER', 'CLIENT'],
  'assessment.view': ['BROKER', 'UNDERWRITER', 'CLIENT'],
  /** Start an assessment or a reassessment of a client company. */
  'assessment.create': ['BROKER'],
  /** Change the answers of a draft (a client only of a draft the broker shared with them). */
  'assessment.answer': ['BROKER', 'CLIENT'],
  /** Give (or take back) the client company's users access to a draft. */
  'assessment.share': ['BROKER'],
  'assessment.submit': ['BROKER'],
  /** Move a draft to the current questionnaire version (answers carried over where they keep their meaning). */
  'assessment.upgrade': ['BROKER'],
  /** Offer a submitted assessment to one or several insurers (a placement), add insurers to it. */
  'placement.create': ['BROKER'],
  'placement.view': ['BROKER'],
  /** Record the client's choice: bind one quote of the placement. */
  'placement.bind': ['BROKER'],
  'submission.list': ['BROKER', 'UNDERWRITER'],
  'submission.view': ['BROKER', 'UNDERWRITER'],
  /** Underwriter work on a submission: take it up, override, ask, quote, decline, accept or reopen subjectivities. */
  'submission.review': ['UNDERWRITER'],
  /** Broker work on a submission: answer questions and resubmit, fulfil subjectivities, withdraw. */
  'submission.respond': ['BROKER'],
  /** The insurer's whole book: dashboard and master-key scenario. */
  'portfolio.view': ['UNDERWRITER'],
  /** One's own in-app notifications. */
  'notification.list': ['BROKER', 'UNDERWRITER', 'CLIENT'],
  /** Mark a recommendation of a submitted assessment as planned or done. */
  'recommendation.track': ['BROKER', 'CLIENT'],
  'claim.list': ['BROKER', 'UNDERWRITER', 'CLIENT'],
  'claim.view': ['BROKER', 'UNDERWRITER', 'CLIENT'],
  /** First notice of loss. */
  'claim.create': ['BROKER', 'CLIENT'],
  /** Move a claim along its status machine. */
  'claim.transition': ['BROKER', 'UNDERWRITER'],
  /** Tick playbook and evidence items, add notes to the timeline. */
  'claim.update': ['BROKER', 'UNDERWRITER', 'CLIENT'],
  'questionnaire.view': ['BROKER', 'UNDERWRITER', 'CLIENT'],
  /** Create, list and revoke one's own personal API tokens. */
  'apiToken.manage': ['BROKER', 'UNDERWRITER', 'CLIENT'],
  'profile.updateLocale': ['ADMIN', 'BROKER', 'UNDERWRITER', 'CLIENT'],
  /** Own account security: password, second factor, recovery codes, re-authentication. */
  'profile.manageSecurity': ['ADMIN', 'BROKER', 'UNDERWRITER', 'CLIENT'],
} as const satisfies Record<string, readonly Role[]>;

export type TPermission = keyof typeof PERMISSIONS;

export function roleHasPermission(role: Role, permission: TPermission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
