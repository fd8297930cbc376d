// Walks every registered server action for every role (and signed out): a role without the
// permission is refused before anything is read or written; a permitted role gets past the guard.
// Then the tenant-scoped data functions are asked for other tenants' records: never data.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ASSESSMENTS, CLIENTS, USERS } from '../../prisma/seed/demo-world';
import { findAssessmentsForUser, getAssessmentForUser } from '../assessments/queries';
import { ZAssessmentListQuery } from '../assessments/schemas';
import { executeAction } from '../auth/action';
import { roleHasPermission, ROLES } from '../auth/permissions';
import type { TSessionUser } from '../auth/types';
import { findClientCompaniesForUser, getClientCompanyForUser } from '../clients/queries';
import { ZClientListQuery } from '../clients/schemas';
import { createPrismaClient } from '../db/create-client';
import { findUsersForAdmin } from '../users/queries';
import { ACTIONS, PUBLIC_ACTIONS } from './action-registry';
import { COMPLETE_ANSWERS, createTestClaim, createTestClient, createTestDraft, createTestPlacement, createTestSubmittedAssessment } from './fixtures';
import { loadSessionUser } from './session-user';

const db = createPrismaClient({ databaseUrl: process.env.DATABASE_URL!, poolMax: 2 });
const users = {} as Record<(typeof ROLES)[number], TSessionUser>;
const PERSONA_EMAIL = { ADMIN: USERS.admin.email, BROKER: USERS.anna.email, UNDERWRITER: USERS.uwe.email, CLIENT: USERS.hansen.email } as const;

/** Records the permitted roles act on: a fresh client to start an assessment for, drafts to share and submit, a token per role. */
const walk = {
  clientId: '',
  shareDraftId: '',
  submitDraftId: '',
  upgradeDraftId: '',
  tokenIds: {} as Record<string, string>,
  /** Claims on Hansen under Rheinmark's cover (so broker, client and Rheinmark's underwriter all reach them): one per role for status moves, one shared for ticks and notes. */
  claimIds: {} as Record<string, string>,
  sharedClaimId: '',
  recommendationId: '',
  placementAssessmentId: '',
  submissions: {} as Record<string, string>,
  subjectivities: {} as Record<string, string>,
};

beforeAll(async () => {
  for (const role of ROLES) users[role] = await loadSessionUser(db, PERSONA_EMAIL[role]);
  const broker = { brokerageId: users.BROKER.organizationId, brokerId: users.BROKER.id };
  walk.clientId = (await createTestClient(db, { brokerageId: broker.brokerageId })).id;
  walk.shareDraftId = (await createTestDraft(db, broker)).assessmentId;
  walk.submitDraftId = (await createTestDraft(db, { ...broker, answers: COMPLETE_ANSWERS })).assessmentId;
  walk.upgradeDraftId = (await createTestDraft(db, { ...broker, questionnaireVersion: 'idp-exposure@1', answers: { dep_tenant_count: 2 } })).assessmentId;
  // Placement: a submitted assessment to place, and submissions of Anna's brokerage to Uwe's insurer in the state each action starts from.
  walk.placementAssessmentId = (await createTestSubmittedAssessment(db, broker)).assessmentId;
  const placed = async (key: string, status: 'SUBMITTED' | 'INFO_REQUESTED' | 'QUOTED', subjectivity?: 'OPEN' | 'FULFILLED') => {
    const created = await createTestPlacement(db, { ...broker, insurerIds: [users.UNDERWRITER.organizationId], status, subjectivity });
    walk.submissions[key] = created.submissionIds[0]!;
    if (created.subjectivityIds[0]) walk.subjectivities[key] = created.subjectivityIds[0];
  };
  for (const key of ['withdraw', 'startReview', 'override', 'requestInformation', 'quote', 'decline']) await placed(key, 'SUBMITTED');
  await placed('respond', 'INFO_REQUESTED');
  await placed('revise', 'INFO_REQUESTED');
  await placed('bind', 'QUOTED');
  await placed('fulfil', 'QUOTED', 'OPEN');
  await placed('review', 'QUOTED', 'FULFILLED');
  for (const role of ROLES) walk.claimIds[role] = (await createTestClaim(db, { assessmentId: ASSESSMENTS.hansen.id, insurerId: 'org_rheinmark' })).id;
  walk.sharedClaimId = (await createTestClaim(db, { assessmentId: ASSESSMENTS.hansen.id, insurerId: 'org_rheinmark' })).id;
  const hansenSnapshot = await db.assessmentSnapshot.findFirstOrThrow({ where: { assessmentId: ASSESSMENTS.hansen.id }, select: { result: true } });
  walk.recommendationId = (hansenSnapshot.result as { protection: { recommendations: Array<{ id: string }> } }).protection.recommendations[0]!.id;
  for (const role of ROLES) {
    const token = await db.apiToken.create({ data: { userId: users[role].id, name: 'walk', tokenHash: `walk-${role}-${Date.now()}`, prefix: 'sgn_walk' } });
    walk.tokenIds[role] = token.id;
  }
});
afterAll(() => db.$disconnect());

/** A well-formed input per action, so that only authorization can stop it. */
function sampleInput(actionName: keyof typeof ACTIONS, role: string): unknown {
  switch (actionName) {
    case 'createUserAction':
      return { email: `walk-${role.toLowerCase()}-${Date.now()}@nordlicht.example`, name: 'Walk Test', role: 'BROKER', organizationId: 'org_nordlicht' };
    case 'resetAccessAction':
    case 'endSessionsAction':
    case 'unblockUserAction':
    case 'reactivateUserAction':
      return { userId: USERS.medica.id };
    case 'deactivateUserAction':
      return { userId: USERS.huber.id };
    case 'changePasswordAction':
      return { currentPassword: 'not-the-password', newPassword: 'Kaffeetasse Fahrrad Wolke' };
    case 'confirmSecondFactorAction':
      return { code: '000000' };
    case 'reauthenticateAction':
      return { password: 'not-the-password' };
    case 'startSecondFactorAction':
    case 'regenerateRecoveryCodesAction':
    case 'removeSecondFactorAction':
      return {};
    case 'createClientCompanyAction':
      return { name: `Walk ${role} GmbH`, industry: 'manufacturing', country: 'AT', revenueBand: 'under_2m', employeeCount: 12 };
    case 'updateClientCompanyAction':
      return { clientCompanyId: walk.clientId, fields: { employeeCount: 100 + ROLES.indexOf(role as never) } };
    case 'createAssessmentAction':
      return { clientCompanyId: walk.clientId, kind: 'new' };
    case 'shareAssessmentAction':
      return { assessmentId: walk.shareDraftId, shared: true };
    case 'submitAssessmentAction':
      return { assessmentId: walk.submitDraftId };
    case 'upgradeAssessmentAction':
      return { assessmentId: walk.upgradeDraftId };
    case 'createApiTokenAction':
      return { name: 'Walk token', expiresInDays: 30 };
    case 'revokeApiTokenAction':
      return { tokenId: walk.tokenIds[role] };
    case 'createPlacementAction':
      return { assessmentId: walk.placementAssessmentId, insurerIds: ['org_rheinmark'], requestedLimitEur: 1_000_000, requestedRetentionEur: 10_000, coverStartDate: '2027-01-01' };
    case 'bindSubmissionAction':
    case 'withdrawSubmissionAction':
    case 'startReviewAction':
      return { submissionId: walk.submissions[actionName.replace(/SubmissionAction$|Action$/, '')], version: 1 };
    case 'respondToSubmissionAction':
      return { submissionId: walk.submissions.respond, version: 1, answer: 'Entra ID with an HSM-held key.' };
    case 'reviseAnswersAction':
      return { submissionId: walk.submissions.revise, version: 1 };
    case 'fulfilSubjectivityAction':
      return { submissionId: walk.submissions.fulfil, version: 1, subjectivityId: walk.subjectivities.fulfil, note: 'Rolled out on 1 December.' };
    case 'overrideSubmissionAction':
      return { submissionId: walk.submissions.override, version: 1, target: 'grade', value: 'B', justification: 'Compensating controls seen on site.' };
    case 'requestInformationAction':
      return { submissionId: walk.submissions.requestInformation, version: 1, questions: 'Who holds the token signing keys?' };
    case 'quoteSubmissionAction':
      return { submissionId: walk.submissions.quote, version: 1, limitEur: 1_000_000, retentionEur: 10_000, premiumEur: 9_000, validUntil: '2099-12-31', subjectivities: [] };
    case 'declineSubmissionAction':
      return { submissionId: walk.submissions.decline, version: 1, reasons: ['outside_appetite'] };
    case 'reviewSubjectivityAction':
      return { submissionId: walk.submissions.review, version: 1, subjectivityId: walk.subjectivities.review, decision: 'accept' };
    case 'markNotificationsReadAction':
      return {};
    case 'reportClaimAction':
      return {
        clientCompanyId: CLIENTS.hansen.id,
        incidentType: 'identity_provider_compromise',
        discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
        description: 'Administrator sign-ins from an unknown country at night.',
        affectedServices: ['Microsoft 365'],
        affectedData: [],
        actionsTaken: '',
        contacts: [{ name: 'Walk Test', role: 'IT lead', email: 'walk@hansen.example', phone: '' }],
        personalDataAffected: false,
        nis2Entity: 'none',
      };
    case 'transitionClaimAction':
      return { claimId: walk.claimIds[role], to: 'ACKNOWLEDGED', version: 1 };
    case 'tickClaimItemAction':
      return { claimId: walk.sharedClaimId, itemId: ['playbook:activate_incident_team', 'playbook:engage_breach_counsel', 'playbook:engage_forensics_panel', 'playbook:post_incident_review'][ROLES.indexOf(role as never)] ?? 'playbook:post_incident_review', done: true };
    case 'addClaimNoteAction':
      return { claimId: walk.sharedClaimId, body: `Note by ${role}` };
    case 'trackRecommendationAction':
      return { assessmentId: ASSESSMENTS.hansen.id, recommendationId: walk.recommendationId, state: 'PLANNED', note: `by ${role}` };
  }
}

/** Actions whose sample input is refused after authorization (a wrong password or code): proof the guard let them through. */
const REFUSED_AFTER_GUARD = new Set<keyof typeof ACTIONS>(['changePasswordAction', 'confirmSecondFactorAction', 'reauthenticateAction', 'regenerateRecoveryCodesAction', 'removeSecondFactorAction', 'startSecondFactorAction']);

describe('every registered action for every role', () => {
  for (const [name, definition] of Object.entries(ACTIONS) as Array<[keyof typeof ACTIONS, (typeof ACTIONS)[keyof typeof ACTIONS]]>) {
    test(`${name}: signed out → UNAUTHENTICATED`, async () => {
      const result = await executeAction(definition as never, null, sampleInput(name, 'anon'));
      expect(result).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    });
    for (const role of ROLES) {
      const allowed = roleHasPermission(role, definition.permission);
      test(`${name} as ${role} → ${allowed ? 'allowed' : 'FORBIDDEN, nothing written'}`, async () => {
        const auditBefore = await db.auditEvent.count();
        const result = await executeAction(definition as never, users[role], sampleInput(name, role));
        if (allowed && REFUSED_AFTER_GUARD.has(name)) {
          // Past the guard: refused for the input (or the account's state), never for the role.
          if (!result.ok) expect(['INVALID_INPUT', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'RATE_LIMITED']).toContain(result.code);
          if (!result.ok && result.code === 'FORBIDDEN') expect(name).toBe('removeSecondFactorAction');
        } else if (allowed) {
          expect(result.ok, JSON.stringify(result)).toBe(true);
          expect(await db.auditEvent.count()).toBe(auditBefore + 1);
        } else {
          expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
          expect(await db.auditEvent.count()).toBe(auditBefore);
        }
      });
    }
  }
});

describe('public actions, signed out and for every role', () => {
  const { uses: chooseLocale } = PUBLIC_ACTIONS.setLocaleAction;
  test('switching the language signed out sets only the cookie', async () => {
    const cookies: string[] = [];
    expect(await chooseLocale({ user: null, input: { locale: 'de' }, setCookie: (locale) => void cookies.push(locale) })).toEqual({ ok: true, data: { locale: 'de' } });
    expect(cookies).toEqual(['de']);
  });
  test.each(ROLES)('as %s it also stores the choice on the user’s own profile, and nobody else’s', async (role) => {
    const user = users[role];
    const before = await db.user.findMany({ where: { id: { not: user.id } }, select: { id: true, locale: true }, orderBy: { id: 'asc' } });
    const cookies: string[] = [];
    for (const locale of ['de', 'en'] as const) {
      expect(await chooseLocale({ user, input: { locale }, setCookie: (l) => void cookies.push(l) })).toMatchObject({ ok: true });
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe(locale);
    }
    expect(cookies).toEqual(['de', 'en']);
    expect(await db.user.findMany({ where: { id: { not: user.id } }, select: { id: true, locale: true }, orderBy: { id: 'asc' } })).toEqual(before);
    await db.user.update({ where: { id: user.id }, data: { locale: null } });
  });
  test.each([['fr'], [{ locale: 'fr' }], [{ locale: '\u0000' }], [null], ['de']])('refuses %j with a field error and sets nothing', async (input) => {
    const cookies: string[] = [];
    expect(await chooseLocale({ user: users.BROKER, input, setCookie: (l) => void cookies.push(l) })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      fieldErrors: expect.any(Object),
    });
    expect(cookies).toEqual([]);
  });
});

describe('tenant isolation of the data functions', () => {
  const foreign = {
    BROKER: { clients: [CLIENTS.steiner.id, CLIENTS.huber.id], assessments: [ASSESSMENTS.steiner.id, ASSESSMENTS.huber.id] },
    CLIENT: { clients: [CLIENTS.medica.id, CLIENTS.steiner.id], assessments: [ASSESSMENTS.medica.id, ASSESSMENTS.steiner.id] },
    UNDERWRITER: { clients: [], assessments: [ASSESSMENTS.steiner.id, ASSESSMENTS.medica.id] },
  } as const;

  test('a broker lists only their brokerage; a client only their company; an underwriter only what was submitted to them', async () => {
    const seededClients = new Set<string>(Object.values(CLIENTS).map((c) => c.id));
    const seededAssessments = new Set<string>(Object.values(ASSESSMENTS).map((a) => a.id));
    const clientsOf = async (user: TSessionUser) =>
      (await findClientCompaniesForUser({ user, query: ZClientListQuery.parse({ pageSize: 100 }) })).items.map((c) => c.id).filter((id) => seededClients.has(id)).sort();
    const assessmentsOf = async (user: TSessionUser) =>
      (await findAssessmentsForUser({ user, query: ZAssessmentListQuery.parse({ pageSize: 100 }) })).items.map((a) => a.id).filter((id) => seededAssessments.has(id)).sort();
    expect(await clientsOf(users.BROKER)).toEqual([CLIENTS.hansen.id, CLIENTS.medica.id]);
    expect(await assessmentsOf(users.BROKER)).toEqual([ASSESSMENTS.hansen.id, ASSESSMENTS.medica.id]);
    expect(await assessmentsOf(users.CLIENT)).toEqual([ASSESSMENTS.hansen.id]);
    expect(await assessmentsOf(users.UNDERWRITER)).toEqual([ASSESSMENTS.hansen.id, ASSESSMENTS.huber.id]);
  });

  test.each(Object.entries(foreign))('%s gets nothing for other tenants’ ids', async (role, ids) => {
    const user = users[role as keyof typeof foreign];
    for (const id of ids.assessments) expect(await getAssessmentForUser({ user, assessmentId: id })).toBeNull();
    for (const id of ids.clients) expect(await getClientCompanyForUser({ user, clientCompanyId: id })).toBeNull();
  });

  test('ids that cannot name a record (a NUL byte from %00, a path, very long) find nothing instead of failing', async () => {
    for (const id of ['\u0000', `${ASSESSMENTS.hansen.id}\u0000`, '../etc/passwd', 'x'.repeat(10_000)]) {
      expect(await getAssessmentForUser({ user: users.BROKER, assessmentId: id })).toBeNull();
      expect(await getClientCompanyForUser({ user: users.BROKER, clientCompanyId: id })).toBeNull();
    }
  });

  test('roles without the permission are refused by the data functions themselves', async () => {
    await expect(findClientCompaniesForUser({ user: users.UNDERWRITER, query: ZClientListQuery.parse({}) })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(findAssessmentsForUser({ user: users.ADMIN, query: ZAssessmentListQuery.parse({}) })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(findUsersForAdmin({ user: users.BROKER })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
