import { describe, expect, test } from 'vitest';
import type { Role } from '../db/generated/enums';
import { mayOpenPage, navigationForRole } from '../navigation';
import { ORGANIZATION_KIND_FOR_ROLE } from '../users/role-organization';
import { PERMISSIONS, ROLES, roleHasPermission, type TPermission } from './permissions';
import {
  apiTokenWhereForUser,
  assessmentWhereForUser,
  can,
  claimWhereForUser,
  clientCompanyWhereForUser,
  maySeeRevisionInProgress,
  maySeeWorkingAnswers,
  notificationWhereForUser,
  organizationWhereForUser,
  placementWhereForUser,
  snapshotWhereForUser,
  submissionWhereForUser,
  userWhereForUser,
} from './policy';
import type { TSessionUser } from './types';

function userWith(role: Role, organizationId = 'org_1'): TSessionUser {
  return { id: 'u', email: 'u@x.example', name: 'U', role, organizationId, organizationKind: ORGANIZATION_KIND_FOR_ROLE[role], organizationName: 'Org', locale: null };
}

const NOTHING = { id: { in: [] } };

describe('permission map', () => {
  test('the expected matrix', () => {
    const matrix = Object.fromEntries(ROLES.map((role) => [role, Object.keys(PERMISSIONS).filter((p) => roleHasPermission(role, p as keyof typeof PERMISSIONS)).sort()]));
    expect(matrix).toEqual({
      ADMIN: [
        'organization.list',
        'profile.manageSecurity',
        'profile.updateLocale',
        'securityEvent.list',
        'user.create',
        'user.createAdmin',
        'user.deactivate',
        'user.endSessions',
        'user.list',
        'user.resetAccess',
        'user.unblock',
      ],
      BROKER: [
        'apiToken.manage',
        'assessment.answer',
        'assessment.create',
        'assessment.list',
        'assessment.share',
        'assessment.submit',
        'assessment.upgrade',
        'assessment.view',
        'claim.create',
        'claim.list',
        'claim.transition',
        'claim.update',
        'claim.view',
        'clientCompany.create',
        'clientCompany.list',
        'clientCompany.update',
        'clientCompany.view',
        'notification.list',
        'placement.bind',
        'placement.create',
        'placement.view',
        'profile.manageSecurity',
        'profile.updateLocale',
        'questionnaire.view',
        'recommendation.track',
        'submission.list',
        'submission.respond',
        'submission.view',
      ],
      UNDERWRITER: [
        'apiToken.manage',
        'assessment.list',
        'assessment.view',
        'claim.list',
        'claim.transition',
        'claim.update',
        'claim.view',
        'notification.list',
        'portfolio.view',
        'profile.manageSecurity',
        'profile.updateLocale',
        'questionnaire.view',
        'submission.list',
        'submission.review',
        'submission.view',
      ],
      CLIENT: [
        'apiToken.manage',
        'assessment.answer',
        'assessment.list',
        'assessment.view',
        'claim.create',
        'claim.list',
        'claim.update',
        'claim.view',
        'clientCompany.view',
        'notification.list',
        'profile.manageSecurity',
        'profile.updateLocale',
        'questionnaire.view',
        'recommendation.track',
      ],
    });
  });
  test('no user, no permission', () => {
    expect(can(null, 'assessment.view')).toBe(false);
  });
});

describe('tenant where builders', () => {
  test('a broker sees their brokerage only', () => {
    expect(clientCompanyWhereForUser(userWith('BROKER', 'b1'), 'clientCompany.view')).toEqual({ brokerageId: 'b1' });
    expect(assessmentWhereForUser(userWith('BROKER', 'b1'), 'assessment.view')).toEqual({ brokerageId: 'b1' });
  });
  test('a client sees their own company only: submitted assessments, and drafts only once the broker shared them', () => {
    expect(clientCompanyWhereForUser(userWith('CLIENT', 'c1'), 'clientCompany.view')).toEqual({ organizationId: 'c1' });
    // A client user reports incidents for their own company; a broker for the brokerage's clients; nobody else.
    expect(clientCompanyWhereForUser(userWith('CLIENT', 'c1'), 'claim.create')).toEqual({ organizationId: 'c1' });
    expect(clientCompanyWhereForUser(userWith('BROKER', 'b1'), 'claim.create')).toEqual({ brokerageId: 'b1' });
    expect(clientCompanyWhereForUser(userWith('UNDERWRITER', 'i1'), 'claim.create')).toEqual(NOTHING);
    const shared = { status: 'DRAFT', sharedWithClientAt: { not: null } };
    expect(assessmentWhereForUser(userWith('CLIENT', 'c1'), 'assessment.view')).toEqual({ clientCompany: { organizationId: 'c1' }, OR: [{ status: { in: ['SUBMITTED', 'REVISING', 'IN_REVIEW', 'DECIDED'] } }, shared] });
    // A revision after an insurer's questions is the broker's: the client answers nothing of it.
    expect(assessmentWhereForUser(userWith('CLIENT', 'c1'), 'assessment.answer')).toEqual({ clientCompany: { organizationId: 'c1' }, OR: [{ status: { in: ['SUBMITTED', 'IN_REVIEW', 'DECIDED'] } }, shared] });
    expect(assessmentWhereForUser(userWith('CLIENT', 'c1'), 'assessment.submit')).toEqual(NOTHING);
  });
  test('API tokens: each user their own, nobody else’s', () => {
    expect(apiTokenWhereForUser(userWith('BROKER'), 'apiToken.manage')).toEqual({ userId: 'u' });
    expect(apiTokenWhereForUser(userWith('ADMIN'), 'apiToken.manage')).toEqual(NOTHING);
  });
  test('an underwriter sees only assessments submitted to their insurer, never drafts', () => {
    const where = assessmentWhereForUser(userWith('UNDERWRITER', 'i1'), 'assessment.view');
    expect(where).toEqual({ status: { in: ['SUBMITTED', 'REVISING', 'IN_REVIEW', 'DECIDED'] }, submissions: { some: { insurerId: 'i1' } } });
    expect(clientCompanyWhereForUser(userWith('UNDERWRITER', 'i1'), 'clientCompany.view')).toEqual(NOTHING);
    expect(submissionWhereForUser(userWith('UNDERWRITER', 'i1'), 'submission.view')).toEqual({ insurerId: 'i1' });
    expect(placementWhereForUser(userWith('UNDERWRITER', 'i1'), 'placement.view')).toEqual(NOTHING);
  });
  test('submissions and placements: a broker their brokerage’s, an underwriter only those sent to their insurer', () => {
    expect(submissionWhereForUser(userWith('BROKER', 'b1'), 'submission.view')).toEqual({ brokerageId: 'b1' });
    expect(submissionWhereForUser(userWith('BROKER', 'b1'), 'submission.review')).toEqual(NOTHING);
    expect(submissionWhereForUser(userWith('UNDERWRITER', 'i1'), 'submission.respond')).toEqual(NOTHING);
    expect(submissionWhereForUser(userWith('CLIENT', 'c1'), 'submission.view')).toEqual(NOTHING);
    // The portfolio: the insurer's whole book, for its underwriters only.
    expect(submissionWhereForUser(userWith('UNDERWRITER', 'i1'), 'portfolio.view')).toEqual({ insurerId: 'i1' });
    expect(submissionWhereForUser(userWith('BROKER', 'b1'), 'portfolio.view')).toEqual(NOTHING);
    expect(submissionWhereForUser(userWith('CLIENT', 'c1'), 'portfolio.view')).toEqual(NOTHING);
    expect(placementWhereForUser(userWith('BROKER', 'b1'), 'placement.bind')).toEqual({ brokerageId: 'b1' });
  });
  test('claims: the brokerage, the client company, the insurer that bound the cover', () => {
    expect(claimWhereForUser(userWith('BROKER', 'b1'), 'claim.view')).toEqual({ brokerageId: 'b1' });
    expect(claimWhereForUser(userWith('CLIENT', 'c1'), 'claim.view')).toEqual({ clientCompany: { organizationId: 'c1' } });
    expect(claimWhereForUser(userWith('UNDERWRITER', 'i1'), 'claim.view')).toEqual({ insurerId: 'i1' });
    expect(claimWhereForUser(userWith('CLIENT', 'c1'), 'claim.transition')).toEqual(NOTHING);
    expect(claimWhereForUser(userWith('ADMIN'), 'claim.view')).toEqual(NOTHING);
  });
  test('notifications: each user their own', () => {
    expect(notificationWhereForUser(userWith('CLIENT'), 'notification.list')).toEqual({ userId: 'u' });
    expect(notificationWhereForUser(userWith('ADMIN'), 'notification.list')).toEqual(NOTHING);
  });
  test('an admin sees users but no client data', () => {
    expect(clientCompanyWhereForUser(userWith('ADMIN'), 'clientCompany.view')).toEqual(NOTHING);
    expect(assessmentWhereForUser(userWith('ADMIN'), 'assessment.view')).toEqual(NOTHING);
    expect(userWhereForUser(userWith('ADMIN'), 'user.resetAccess')).toEqual({});
    expect(userWhereForUser(userWith('BROKER'), 'user.list')).toEqual(NOTHING);
  });
});

describe('record-level answers follow the permission asked for', () => {
  const builders = {
    clientCompany: clientCompanyWhereForUser,
    assessment: assessmentWhereForUser,
    user: userWhereForUser,
    organization: organizationWhereForUser,
    apiToken: apiTokenWhereForUser,
    placement: placementWhereForUser,
    submission: submissionWhereForUser,
    claim: claimWhereForUser,
    notification: notificationWhereForUser,
  } as Record<string, (user: TSessionUser, permission: TPermission) => unknown>;
  const cases = ROLES.flatMap((role) =>
    (Object.keys(PERMISSIONS) as TPermission[])
      .filter((permission) => permission.split('.')[0]! in builders)
      .map((permission) => [role, permission] as const),
  );
  test.each(cases)('%s asking %s: nothing unless the role holds the permission', (role, permission) => {
    const where = builders[permission.split('.')[0]!]!(userWith(role, 'org_x'), permission);
    if (roleHasPermission(role, permission)) expect(where).not.toEqual(NOTHING);
    else expect(where).toEqual(NOTHING);
  });
  test('only an admin may place a user in an organisation', () => {
    expect(organizationWhereForUser(userWith('ADMIN'), 'user.create')).toEqual({});
    for (const role of ['BROKER', 'UNDERWRITER', 'CLIENT'] as const) expect(organizationWhereForUser(userWith(role), 'user.create')).toEqual(NOTHING);
  });
});

describe('navigation', () => {
  test.each([
    ['ADMIN', ['/dashboard', '/admin/users', '/admin/security-events']],
    ['BROKER', ['/dashboard', '/clients', '/assessments', '/claims']],
    ['UNDERWRITER', ['/dashboard', '/underwriting', '/portfolio', '/claims']],
    ['CLIENT', ['/dashboard', '/assessments', '/claims']],
  ] as const)('%s sees %j', (role, hrefs) => {
    expect(navigationForRole(role).map((item) => item.href)).toEqual(hrefs);
  });
  test('the underwriter reaches submitted assessments through the review queue, and may still open /assessments', () => {
    expect(navigationForRole('UNDERWRITER').map((item) => item.href)).not.toContain('/assessments');
    expect(mayOpenPage('UNDERWRITER', '/assessments')).toBe(true);
    expect(mayOpenPage('BROKER', '/underwriting')).toBe(false);
  });
  test('role-specific labels', () => {
    expect(navigationForRole('UNDERWRITER').find((i) => i.href === '/underwriting')?.labelKey).toBe('reviewQueue');
    expect(navigationForRole('CLIENT').find((i) => i.href === '/assessments')?.labelKey).toBe('myAssessments');
  });
});

test('while the broker revises, only the broker sees what is being revised; an insurer reads only the snapshots sent to it', () => {
  expect(maySeeRevisionInProgress(userWith('BROKER', 'b1'), 'REVISING')).toBe(true);
  for (const role of ['UNDERWRITER', 'CLIENT', 'ADMIN'] as const) expect(maySeeRevisionInProgress(userWith(role, 'x'), 'REVISING'), role).toBe(false);
  expect(maySeeWorkingAnswers(userWith('CLIENT', 'c1'), 'SUBMITTED')).toBe(true);
  expect(maySeeWorkingAnswers(userWith('BROKER', 'b1'), 'REVISING')).toBe(true);
  for (const status of ['SUBMITTED', 'REVISING']) expect(maySeeWorkingAnswers(userWith('UNDERWRITER', 'i1'), status), status).toBe(false);
  expect(snapshotWhereForUser(userWith('UNDERWRITER', 'i1'))).toEqual({ submissions: { some: { insurerId: 'i1' } } });
  expect(snapshotWhereForUser(userWith('BROKER', 'b1'))).toEqual({});
});
