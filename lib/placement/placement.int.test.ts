// The placement journey against the database: the status machine refuses illegal moves and writes
// nothing, an override needs its justification, a quote binds once and only while valid, a stale
// version is a conflict, evidence files are checked, and another insurer or brokerage sees nothing.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { USERS } from '../../prisma/seed/demo-world';
import { listAnswers } from '../assessments/answers';
import { saveAssessmentAnswers, submitAssessment } from '../assessments/actions';
import { getAssessmentDetailForUser } from '../assessments/queries';
import { executeAction } from '../auth/action';
import type { TSessionUser } from '../auth/types';
import { createPrismaClient } from '../db/create-client';
import { COMPLETE_ANSWERS, createTestPlacement, createTestSubmittedAssessment, uniqueName } from '../testing/fixtures';
import { loadSessionUser } from '../testing/session-user';
import {
  bindSubmission,
  createPlacement,
  declineSubmission,
  fulfilSubjectivity,
  markNotificationsRead,
  overrideSubmission,
  quoteSubmission,
  requestInformation,
  respondToSubmission,
  reviewSubjectivity,
  reviseAnswers,
  startReview,
  withdrawSubmission,
} from './actions';
import { countUnreadNotificationsForUser, getEvidenceFileForUser, getSubmissionAuditForUser, getSubmissionForUser, findNotificationsForUser } from './queries';

const db = createPrismaClient({ databaseUrl: process.env.DATABASE_URL!, poolMax: 2 });
let anna: TSessionUser; // broker, Nordlicht
let clara: TSessionUser; // broker, Alpen Risk
let uwe: TSessionUser; // underwriter, Rheinmark
let dora: TSessionUser; // underwriter, Danubia
let bruno: TSessionUser; // underwriter, Baltica

beforeAll(async () => {
  const loaded = await Promise.all([USERS.anna, USERS.clara, USERS.uwe, USERS.dora, USERS.bruno].map((user) => loadSessionUser(db, user.email)));
  [anna, clara, uwe, dora, bruno] = loaded as [TSessionUser, TSessionUser, TSessionUser, TSessionUser, TSessionUser];
});
afterAll(() => db.$disconnect());

const nordlicht = () => ({ brokerageId: anna.organizationId, brokerId: anna.id });

/** Everything a refused write could have touched: the row, its children, audit rows and notifications. */
async function stateOf(submissionId: string) {
  return {
    submission: await db.submission.findUniqueOrThrow({ where: { id: submissionId }, include: { messages: true, overrides: true, subjectivities: true } }),
    audit: await db.auditEvent.count({ where: { entityType: 'Submission', entityId: submissionId } }),
    notifications: await db.notification.count({ where: { submissionId } }),
    files: await db.storedFile.count(),
  };
}

describe('the status machine in the actions', () => {
  test('illegal transitions are refused and nothing is written', async () => {
    const { submissionIds } = await createTestPlacement(db, { ...nordlicht(), insurerIds: ['org_rheinmark'], status: 'DECLINED' });
    const id = submissionIds[0]!;
    const before = await stateOf(id);
    const attempts = [
      executeAction(quoteSubmission, uwe, { submissionId: id, version: 1, limitEur: 1_000_000, retentionEur: 10_000, premiumEur: 5_000, validUntil: '2099-01-01' }),
      executeAction(requestInformation, uwe, { submissionId: id, version: 1, questions: 'Why?' }),
      executeAction(startReview, uwe, { submissionId: id, version: 1 }),
      executeAction(declineSubmission, uwe, { submissionId: id, version: 1, reasons: ['other'] }),
      executeAction(withdrawSubmission, anna, { submissionId: id, version: 1 }),
      executeAction(respondToSubmission, anna, { submissionId: id, version: 1, answer: 'Here you are.' }),
      executeAction(bindSubmission, anna, { submissionId: id, version: 1 }),
    ];
    for (const result of await Promise.all(attempts)) expect(result).toMatchObject({ ok: false, code: 'CONFLICT', details: { reason: 'illegal_transition' } });
    expect(await stateOf(id)).toEqual(before);
  });

  test('a broker cannot resubmit what was not questioned, an underwriter cannot bind', async () => {
    const { submissionIds } = await createTestPlacement(db, { ...nordlicht(), insurerIds: ['org_rheinmark'], status: 'IN_REVIEW' });
    const id = submissionIds[0]!;
    const before = await stateOf(id);
    expect(await executeAction(respondToSubmission, anna, { submissionId: id, version: 1, answer: 'Unasked.' })).toMatchObject({ ok: false, details: { reason: 'illegal_transition' } });
    expect(await executeAction(bindSubmission, uwe, { submissionId: id, version: 1 })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await stateOf(id)).toEqual(before);
  });

  test('a stale version is a conflict naming the current one, and nothing is written', async () => {
    const { submissionIds } = await createTestPlacement(db, { ...nordlicht(), insurerIds: ['org_rheinmark'] });
    const id = submissionIds[0]!;
    expect(await executeAction(startReview, uwe, { submissionId: id, version: 1 })).toMatchObject({ ok: true, data: { version: 2, status: 'IN_REVIEW' } });
    const before = await stateOf(id);
    // A second underwriter still looking at version 1.
    expect(await executeAction(declineSubmission, uwe, { submissionId: id, version: 1, reasons: ['other'] })).toMatchObject({ ok: false, code: 'CONFLICT', details: { reason: 'stale_version', currentVersion: 2 } });
    expect(await stateOf(id)).toEqual(before);
  });
});

describe('overrides', () => {
  test('without a justification (or with a blank one) an override is refused and nothing is written', async () => {
    const { submissionIds } = await createTestPlacement(db, { ...nordlicht(), insurerIds: ['org_rheinmark'] });
    const id = submissionIds[0]!;
    const before = await stateOf(id);
    for (const justification of [undefined, '', '          ', 'too short']) {
      const result = await executeAction(overrideSubmission, uwe, { submissionId: id, version: 1, target: 'grade', value: 'B', justification });
      expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { justification: expect.any(Array) } });
    }
    expect(await executeAction(overrideSubmission, uwe, { submissionId: id, version: 1, target: 'grade', value: 'Z', justification: 'A valid justification.' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await executeAction(overrideSubmission, uwe, { submissionId: id, version: 1, target: 'section:no_such_section', value: '50', justification: 'A valid justification.' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await stateOf(id)).toEqual(before);
  });

  test('a grade override keeps the model value beside it, sets the effective grade and is audited with before/after', async () => {
    const { submissionIds } = await createTestPlacement(db, { ...nordlicht(), insurerIds: ['org_rheinmark'] });
    const id = submissionIds[0]!;
    const model = (await db.submission.findUniqueOrThrow({ where: { id } })).grade;
    const value = model === 'E' ? 'D' : 'E';
    expect(await executeAction(overrideSubmission, uwe, { submissionId: id, version: 1, target: 'grade', value, justification: 'Token signing keys are exported to a file share.' })).toMatchObject({ ok: true });
    const detail = await getSubmissionForUser({ user: uwe, submissionId: id });
    expect(detail).toMatchObject({ grade: model, effectiveGrade: value, overrides: [{ target: 'grade', modelValue: model, overrideValue: value }] });
    const audit = await getSubmissionAuditForUser({ user: anna, submissionId: id });
    expect(audit!.entries.at(-1)).toMatchObject({ action: 'submission.override', actorName: USERS.uwe.name, data: { modelValue: model, overrideValue: value, effectiveGradeBefore: model, effectiveGradeAfter: value } });
  });
});

describe('binding', () => {
  test('only one quote of a placement binds; the others are not taken up; binding again is refused', async () => {
    const { submissionIds, placementId } = await createTestPlacement(db, { ...nordlicht(), insurerIds: ['org_rheinmark', 'org_danubia'], status: 'QUOTED' });
    const [first, second] = submissionIds as [string, string];
    expect(await executeAction(bindSubmission, anna, { submissionId: first, version: 1 })).toMatchObject({ ok: true, data: { status: 'BOUND' } });
    expect(await db.placement.findUniqueOrThrow({ where: { id: placementId } })).toMatchObject({ boundSubmissionId: first, boundById: anna.id });
    expect(await db.submission.findUniqueOrThrow({ where: { id: second } })).toMatchObject({ status: 'NOT_TAKEN_UP', version: 2 });
    expect(await db.auditEvent.findFirst({ where: { entityType: 'Submission', entityId: second }, orderBy: { createdAt: 'desc' } })).toMatchObject({ action: 'submission.notTakenUp', actorId: null });
    const before = await stateOf(first);
    expect(await executeAction(bindSubmission, anna, { submissionId: first, version: 2 })).toMatchObject({ ok: false, code: 'CONFLICT', details: { reason: 'already_bound' } });
    expect(await executeAction(bindSubmission, anna, { submissionId: second, version: 2 })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await stateOf(first)).toEqual(before);
    // The insurer's underwriters hear of it.
    expect(await db.notification.count({ where: { submissionId: first, kind: 'submission.bound', userId: uwe.id } })).toBe(1);
  });

  test('two binds at the same moment: exactly one wins', async () => {
    const { submissionIds } = await createTestPlacement(db, { ...nordlicht(), insurerIds: ['org_rheinmark', 'org_danubia'], status: 'QUOTED' });
    const results = await Promise.all(submissionIds.map((submissionId) => executeAction(bindSubmission, anna, { submissionId, version: 1 })));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    // The other is told the placement moved on (a conflict), not an internal error from a deadlock.
    expect(results.find((result) => !result.ok)).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  test('an expired quote cannot be bound, and nothing is written', async () => {
    const { submissionIds, placementId } = await createTestPlacement(db, { ...nordlicht(), insurerIds: ['org_rheinmark'], status: 'QUOTED', validUntil: '2020-01-31' });
    const id = submissionIds[0]!;
    const before = await stateOf(id);
    expect(await executeAction(bindSubmission, anna, { submissionId: id, version: 1 })).toMatchObject({ ok: false, code: 'CONFLICT', details: { reason: 'quote_expired' } });
    expect(await stateOf(id)).toEqual(before);
    expect((await db.placement.findUniqueOrThrow({ where: { id: placementId } })).boundSubmissionId).toBeNull();
  });
});

describe('subjectivities and evidence', () => {
  const file = (name: string, type: string, bytes: number) => new File([new Uint8Array(bytes).fill(65)], name, { type });

  test('an evidence file of the wrong type or over 5 MB is refused, and nothing is written', async () => {
    const { submissionIds, subjectivityIds } = await createTestPlacement(db, { ...nordlicht(), insurerIds: ['org_rheinmark'], status: 'QUOTED' });
    const input = { submissionId: submissionIds[0]!, version: 1, subjectivityId: subjectivityIds[0]! };
    const before = await stateOf(input.submissionId);
    for (const [evidence, message] of [
      [file('payload.html', 'text/html', 100), 'validation.fileType'],
      [file('script.svg', 'image/svg+xml', 100), 'validation.fileType'],
      [file('huge.pdf', 'application/pdf', 5 * 1024 * 1024 + 1), 'validation.fileTooLarge'],
      [file('empty.pdf', 'application/pdf', 0), 'validation.fileEmpty'],
    ] as const) {
      expect(await executeAction(fulfilSubjectivity, anna, { ...input, file: evidence })).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { file: expect.arrayContaining([message]) } });
    }
    expect(await executeAction(fulfilSubjectivity, anna, input)).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { note: ['validation.noteOrFile'] } });
    expect(await stateOf(input.submissionId)).toEqual(before);
  });

  test('fulfilled with a PDF, the file is downloadable by the broker and the insurer only; the underwriter accepts or reopens', async () => {
    const { submissionIds, subjectivityIds } = await createTestPlacement(db, { ...nordlicht(), insurerIds: ['org_rheinmark'], status: 'QUOTED' });
    const submissionId = submissionIds[0]!;
    const subjectivityId = subjectivityIds[0]!;
    expect(await executeAction(fulfilSubjectivity, anna, { submissionId, version: 1, subjectivityId, note: 'Policy attached.', file: file('mfa-policy.pdf', 'application/pdf', 2048) })).toMatchObject({ ok: true, data: { version: 2 } });
    const stored = await db.subjectivity.findUniqueOrThrow({ where: { id: subjectivityId }, select: { status: true, evidenceFileId: true } });
    expect(stored.status).toBe('FULFILLED');
    const fileId = stored.evidenceFileId!;
    expect(await getEvidenceFileForUser({ user: anna, submissionId, fileId })).toMatchObject({ fileName: 'mfa-policy.pdf', contentType: 'application/pdf', size: 2048 });
    expect(await getEvidenceFileForUser({ user: uwe, submissionId, fileId })).not.toBeNull();
    expect(await getEvidenceFileForUser({ user: dora, submissionId, fileId })).toBeNull();
    expect(await getEvidenceFileForUser({ user: clara, submissionId, fileId })).toBeNull();
    expect(await db.notification.count({ where: { submissionId, kind: 'subjectivity.fulfilled' } })).toBeGreaterThan(0);

    expect(await executeAction(reviewSubjectivity, uwe, { submissionId, version: 2, subjectivityId, decision: 'reopen', note: 'Wrong document.' })).toMatchObject({ ok: true, data: { version: 3 } });
    expect((await db.subjectivity.findUniqueOrThrow({ where: { id: subjectivityId } })).status).toBe('OPEN');
    expect(await executeAction(reviewSubjectivity, uwe, { submissionId, version: 3, subjectivityId, decision: 'accept' })).toMatchObject({ ok: false, details: { reason: 'subjectivity_status' } });
    expect(await executeAction(fulfilSubjectivity, anna, { submissionId, version: 3, subjectivityId, note: 'Signed policy now.' })).toMatchObject({ ok: true });
    expect(await executeAction(reviewSubjectivity, uwe, { submissionId, version: 4, subjectivityId, decision: 'accept' })).toMatchObject({ ok: true });
    expect((await db.subjectivity.findUniqueOrThrow({ where: { id: subjectivityId } })).status).toBe('ACCEPTED');
    expect(await db.notification.findMany({ where: { submissionId, userId: anna.id }, select: { kind: true }, orderBy: { createdAt: 'asc' } })).toEqual([{ kind: 'subjectivity.reopened' }, { kind: 'subjectivity.accepted' }]);
  });
});

describe('tenants', () => {
  test('another insurer’s underwriter and another brokerage get NOT_FOUND, and nothing is written', async () => {
    const { submissionIds, subjectivityIds } = await createTestPlacement(db, { ...nordlicht(), insurerIds: ['org_rheinmark'], status: 'QUOTED', subjectivity: 'FULFILLED' });
    const submissionId = submissionIds[0]!;
    const before = await stateOf(submissionId);
    for (const underwriter of [dora, bruno]) {
      expect(await getSubmissionForUser({ user: underwriter, submissionId })).toBeNull();
      expect(await getSubmissionAuditForUser({ user: underwriter, submissionId })).toBeNull();
      expect(await executeAction(reviewSubjectivity, underwriter, { submissionId, version: 1, subjectivityId: subjectivityIds[0]!, decision: 'accept' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
    expect(await getSubmissionForUser({ user: clara, submissionId })).toBeNull();
    expect(await executeAction(bindSubmission, clara, { submissionId, version: 1 })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await stateOf(submissionId)).toEqual(before);
  });

  test('a brokerage cannot place another brokerage’s assessment', async () => {
    const { assessmentId } = await createTestSubmittedAssessment(db, nordlicht());
    expect(await executeAction(createPlacement, clara, { assessmentId, insurerIds: ['org_rheinmark'], requestedLimitEur: 1_000_000, requestedRetentionEur: 10_000, coverStartDate: '2027-01-01' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await db.placement.count({ where: { assessmentId } })).toBe(0);
  });
});

describe('the journey', () => {
  test('placed with two insurers: questions, answer and resubmission, quote with a subjectivity, decline', async () => {
    const { assessmentId } = await createTestSubmittedAssessment(db, nordlicht());
    const placed = await executeAction(createPlacement, anna, {
      assessmentId,
      insurerIds: ['org_rheinmark', 'org_danubia', 'org_rheinmark'],
      requestedLimitEur: 2_000_000,
      requestedRetentionEur: 25_000,
      coverStartDate: '2027-01-01',
      message: 'Renewal, please quote by the 20th.',
    });
    expect(placed).toMatchObject({ ok: true });
    const [toRheinmark, toDanubia] = (placed.ok ? placed.data.submissionIds : []) as [string, string];
    // Every active underwriter of Rheinmark (Uwe and Ute, and any that another test file added).
    const rheinmarkUnderwriters = await db.user.count({ where: { organizationId: 'org_rheinmark', role: 'UNDERWRITER', deactivatedAt: null } });
    expect(await db.notification.count({ where: { submissionId: toRheinmark, kind: 'submission.submitted' } })).toBe(rheinmarkUnderwriters);
    // Adding the same insurer again is refused; a third one is added.
    expect(await executeAction(createPlacement, anna, { assessmentId, insurerIds: ['org_danubia'], requestedLimitEur: 2_000_000, requestedRetentionEur: 25_000, coverStartDate: '2027-01-01' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await executeAction(createPlacement, anna, { assessmentId, insurerIds: ['org_baltica'], requestedLimitEur: 2_000_000, requestedRetentionEur: 25_000, coverStartDate: '2027-01-01' })).toMatchObject({ ok: true });

    expect(await executeAction(requestInformation, uwe, { submissionId: toRheinmark, version: 1, questions: 'Where are the signing keys?' })).toMatchObject({ ok: true, data: { status: 'INFO_REQUESTED', version: 2 } });
    expect(await executeAction(respondToSubmission, anna, { submissionId: toRheinmark, version: 2, answer: 'In an HSM.' })).toMatchObject({ ok: true, data: { status: 'SUBMITTED', version: 3 } });
    const quoted = await executeAction(quoteSubmission, uwe, {
      submissionId: toRheinmark,
      version: 3,
      limitEur: 2_000_000,
      retentionEur: 25_000,
      premiumEur: 14_500,
      validUntil: '2099-01-31',
      subjectivities: [{ text: 'FIDO2 for admins', dueDate: '2099-01-15' }],
    });
    expect(quoted).toMatchObject({ ok: true, data: { status: 'QUOTED' } });
    expect(await executeAction(declineSubmission, dora, { submissionId: toDanubia, version: 1, reasons: ['master_key_exposure'], note: 'Outside appetite.' })).toMatchObject({ ok: true, data: { status: 'DECLINED' } });

    const detail = await getSubmissionForUser({ user: anna, submissionId: toRheinmark });
    expect(detail?.messages.map((m) => m.kind)).toEqual(['note', 'question', 'answer']);
    expect(detail?.terms).toEqual({ limitEur: 2_000_000, retentionEur: 25_000, premiumEur: 14_500, validUntil: '2099-01-31' });
    expect(detail?.subjectivities).toMatchObject([{ text: 'FIDO2 for admins', dueDate: '2099-01-15', status: 'OPEN' }]);
    const audit = await getSubmissionAuditForUser({ user: uwe, submissionId: toRheinmark });
    expect(audit!.entries.map((entry) => entry.action)).toEqual(['submission.submit', 'submission.requestInformation', 'submission.resubmit', 'submission.quote']);
    expect(await db.notification.findMany({ where: { submissionId: { in: [toRheinmark, toDanubia] }, userId: anna.id }, select: { kind: true }, orderBy: { createdAt: 'asc' } })).toEqual([
      { kind: 'submission.info_requested' },
      { kind: 'submission.quoted' },
      { kind: 'submission.declined' },
    ]);
  });
});

describe('notifications', () => {
  test('the unread count follows the insurer’s moves; marking read touches only one’s own, or only the ones named', async () => {
    // A broker of their own, so that no other test's notifications change the counts.
    const email = `${uniqueName('notified').replace(/\W+/g, '-').toLowerCase()}@test.example`;
    await db.user.create({ data: { email, name: 'Nora Notified', role: 'BROKER', organizationId: anna.organizationId, passwordHash: 'x' } });
    const nora = await loadSessionUser(db, email);
    const { assessmentId } = await createTestSubmittedAssessment(db, { brokerageId: nora.organizationId, brokerId: nora.id });
    const placed = await executeAction(createPlacement, nora, { assessmentId, insurerIds: ['org_rheinmark', 'org_danubia'], requestedLimitEur: 1_000_000, requestedRetentionEur: 10_000, coverStartDate: '2027-01-01' });
    const [toRheinmark, toDanubia] = (placed.ok ? placed.data.submissionIds : []) as [string, string];
    expect(await countUnreadNotificationsForUser({ user: nora })).toBe(0);

    expect(await executeAction(requestInformation, uwe, { submissionId: toRheinmark, version: 1, questions: 'Who holds the keys?' })).toMatchObject({ ok: true });
    expect(await executeAction(declineSubmission, dora, { submissionId: toDanubia, version: 1, reasons: ['master_key_exposure'] })).toMatchObject({ ok: true });
    expect(await countUnreadNotificationsForUser({ user: nora })).toBe(2);
    const uweUnread = await db.notification.count({ where: { userId: uwe.id, readAt: null, submissionId: toRheinmark } });
    expect(uweUnread).toBe(1); // the new submission

    // Only the named one: the decline stays unread.
    const listed = await findNotificationsForUser({ user: nora });
    const question = listed.find((notification) => notification.kind === 'submission.info_requested')!;
    expect(await executeAction(markNotificationsRead, nora, { notificationIds: [question.id] })).toMatchObject({ ok: true, data: { count: 1 } });
    expect(await countUnreadNotificationsForUser({ user: nora })).toBe(1);
    // Another user's notification named by id is not touched.
    const uweNotification = await db.notification.findFirstOrThrow({ where: { userId: uwe.id, submissionId: toRheinmark }, select: { id: true } });
    expect(await executeAction(markNotificationsRead, nora, { notificationIds: [uweNotification.id] })).toMatchObject({ ok: true, data: { count: 0 } });
    // All of one's own.
    expect(await executeAction(markNotificationsRead, nora, {})).toMatchObject({ ok: true, data: { count: 1 } });
    expect(await countUnreadNotificationsForUser({ user: nora })).toBe(0);
    expect(await db.notification.count({ where: { userId: uwe.id, readAt: null, submissionId: toRheinmark } })).toBe(uweUnread);
  });
});

describe('the review page', () => {
  test('shows the broker’s notes on the answers and the client’s other submissions to the same insurer only', async () => {
    const earlier = await createTestPlacement(db, { ...nordlicht(), insurerIds: ['org_rheinmark', 'org_danubia'], status: 'DECLINED' });
    const later = await createTestPlacement(db, { ...nordlicht(), client: earlier.client, insurerIds: ['org_rheinmark', 'org_danubia'] });
    const questionId = Object.keys(COMPLETE_ANSWERS)[0]!;
    await db.assessmentAnswer.update({ where: { assessmentId_questionId: { assessmentId: later.assessmentId, questionId } }, data: { note: 'Checked in the tenant’s sign-in logs.' } });
    const [earlierAtRheinmark, earlierAtDanubia] = earlier.submissionIds as [string, string];
    const [laterAtRheinmark, laterAtDanubia] = later.submissionIds as [string, string];

    const atRheinmark = await getSubmissionForUser({ user: uwe, submissionId: laterAtRheinmark });
    expect(atRheinmark?.answerNotes).toEqual({ [questionId]: 'Checked in the tenant’s sign-in logs.' });
    expect(atRheinmark?.history.map((entry) => [entry.id, entry.assessmentId, entry.status])).toEqual([[earlierAtRheinmark, earlier.assessmentId, 'DECLINED']]);
    // Danubia's history is Danubia's; the broker sees per insurer what that insurer sees.
    expect((await getSubmissionForUser({ user: dora, submissionId: laterAtDanubia }))?.history.map((entry) => entry.id)).toEqual([earlierAtDanubia]);
    expect((await getSubmissionForUser({ user: anna, submissionId: laterAtRheinmark }))?.history.map((entry) => entry.id)).toEqual([earlierAtRheinmark]);
    // An insurer the client was never sent to sees nothing at all.
    expect(await getSubmissionForUser({ user: bruno, submissionId: laterAtRheinmark })).toBeNull();
    // From the earlier one, the later one is listed: the underwriter sees the client was assessed again.
    expect((await getSubmissionForUser({ user: uwe, submissionId: earlierAtRheinmark }))?.history.map((entry) => entry.id)).toEqual([laterAtRheinmark]);
  });
});

describe('revising the answers after questions', () => {
  test('the broker revises, submits the next snapshot and resubmits it to the insurer that asked; the others keep theirs; nobody else sees the working answers', async () => {
    const { assessmentId, client } = await createTestSubmittedAssessment(db, nordlicht());
    const placed = await executeAction(createPlacement, anna, { assessmentId, insurerIds: ['org_rheinmark', 'org_danubia'], requestedLimitEur: 1_000_000, requestedRetentionEur: 10_000, coverStartDate: '2027-01-01' });
    const [toRheinmark, toDanubia] = (placed.ok ? placed.data.submissionIds : []) as [string, string];
    const first = await db.submission.findUniqueOrThrow({ where: { id: toRheinmark }, select: { snapshotId: true, score: true } });

    // Only while an insurer waits for answers.
    expect(await executeAction(reviseAnswers, anna, { submissionId: toRheinmark, version: 1 })).toMatchObject({ ok: false, code: 'CONFLICT', details: { reason: 'not_questioned' } });
    expect(await executeAction(requestInformation, uwe, { submissionId: toRheinmark, version: 1, questions: 'Is MFA really enforced for everyone?' })).toMatchObject({ ok: true });
    expect(await executeAction(reviseAnswers, anna, { submissionId: toRheinmark, version: 2 })).toMatchObject({ ok: true, data: { assessmentId, isNew: true } });
    expect(await executeAction(reviseAnswers, anna, { submissionId: toRheinmark, version: 2 })).toMatchObject({ ok: true, data: { isNew: false } });
    expect((await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } })).status).toBe('REVISING');

    // The broker corrects two answers; the insurer and the client's users still read the submitted ones.
    const versions = Object.fromEntries((await db.assessmentAnswer.findMany({ where: { assessmentId }, select: { questionId: true, version: true } })).map((row) => [row.questionId, row.version]));
    const saved = await executeAction(saveAssessmentAnswers, anna, {
      assessmentId,
      answers: { auth_mfa_coverage: { value: 20, version: versions.auth_mfa_coverage }, auth_phishing_resistant_share: { value: 0, version: versions.auth_phishing_resistant_share } },
    });
    expect(saved).toMatchObject({ ok: true });
    const email = `${uniqueName('insured').replace(/\W+/g, '-').toLowerCase()}@test.example`;
    await db.user.create({ data: { email, name: 'Ina Insured', role: 'CLIENT', organizationId: client.organizationId, passwordHash: 'x' } });
    const insured = await loadSessionUser(db, email);
    expect((await listAnswers({ user: uwe, assessmentId }))?.answers.auth_mfa_coverage?.value).toBe(100);
    expect((await listAnswers({ user: insured, assessmentId }))?.answers.auth_mfa_coverage?.value).toBe(100);
    expect((await listAnswers({ user: anna, assessmentId }))?.answers.auth_mfa_coverage?.value).toBe(20);
    expect((await getAssessmentDetailForUser({ user: uwe, assessmentId }))?.answers.auth_mfa_coverage?.value).toBe(100);
    expect(await executeAction(saveAssessmentAnswers, insured, { assessmentId, answers: { auth_mfa_coverage: { value: 50, version: 0 } } })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await getSubmissionForUser({ user: uwe, submissionId: toRheinmark }))?.revision).toMatchObject({ isOpen: true, readySequence: null, previous: null });

    // Answering is refused until the revision is submitted, and so is placing with a further insurer.
    expect(await executeAction(respondToSubmission, anna, { submissionId: toRheinmark, version: 2, answer: 'Corrected.' })).toMatchObject({ ok: false, code: 'CONFLICT', details: { reason: 'revision_open' } });
    expect(await executeAction(createPlacement, anna, { assessmentId, insurerIds: ['org_baltica'], requestedLimitEur: 1_000_000, requestedRetentionEur: 10_000, coverStartDate: '2027-01-01' })).toMatchObject({ ok: false, details: { reason: 'revision_open' } });

    const submitted = await executeAction(submitAssessment, anna, { assessmentId });
    expect(submitted).toMatchObject({ ok: true, data: { alreadySubmitted: false, snapshot: { sequence: 2 } } });
    const second = submitted.ok ? submitted.data.snapshot : null;
    expect((await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } })).status).toBe('SUBMITTED');
    expect((await getSubmissionForUser({ user: anna, submissionId: toRheinmark }))?.revision).toMatchObject({ isOpen: false, readySequence: 2 });

    expect(await executeAction(respondToSubmission, anna, { submissionId: toRheinmark, version: 2, answer: 'MFA covers 20% of users; corrected in version 2.' })).toMatchObject({ ok: true, data: { status: 'SUBMITTED', version: 3 } });
    const moved = await db.submission.findUniqueOrThrow({ where: { id: toRheinmark }, select: { snapshotId: true, score: true, grade: true, effectiveGrade: true } });
    expect(moved).toMatchObject({ snapshotId: second!.id, score: second!.score, grade: second!.grade, effectiveGrade: second!.grade });
    expect(moved.score).toBeLessThan(first.score);
    // Danubia was not asked again: it keeps the snapshot it was sent.
    expect((await db.submission.findUniqueOrThrow({ where: { id: toDanubia }, select: { snapshotId: true } })).snapshotId).toBe(first.snapshotId);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'Submission', entityId: toRheinmark, action: 'submission.resubmit' }, select: { data: true } });
    expect(audit.data).toMatchObject({
      revision: { snapshotBefore: { id: first.snapshotId, sequence: 1 }, snapshotAfter: { id: second!.id, sequence: 2 }, changedQuestionIds: ['auth_mfa_coverage', 'auth_phishing_resistant_share'] },
    });
    const review = await getSubmissionForUser({ user: uwe, submissionId: toRheinmark });
    expect(review?.snapshot.sequence).toBe(2);
    expect(review?.revision.previous?.sequence).toBe(1);
    expect(review?.revision.previous?.answers.auth_mfa_coverage).toBe(100);
    // Danubia was sent version 1 and keeps reading it everywhere: answers, the assessment, its review page.
    expect((await listAnswers({ user: dora, assessmentId }))?.answers.auth_mfa_coverage?.value).toBe(100);
    expect((await getAssessmentDetailForUser({ user: dora, assessmentId }))?.snapshot?.sequence).toBe(1);
    expect((await getSubmissionForUser({ user: dora, submissionId: toDanubia }))?.revision).toEqual({ isOpen: false, readySequence: null, previous: null });
    // Uwe reads version 2 now.
    expect((await getAssessmentDetailForUser({ user: uwe, assessmentId }))?.snapshot?.sequence).toBe(2);
  });

  test('an underwriter’s grade override stands when the submission moves to revised answers', async () => {
    const { assessmentId } = await createTestSubmittedAssessment(db, nordlicht());
    const placed = await executeAction(createPlacement, anna, { assessmentId, insurerIds: ['org_rheinmark'], requestedLimitEur: 1_000_000, requestedRetentionEur: 10_000, coverStartDate: '2027-01-01' });
    const submissionId = placed.ok ? placed.data.submissionIds[0]! : '';
    const grade = (await db.submission.findUniqueOrThrow({ where: { id: submissionId } })).grade;
    // An override to the model's own letter still counts as the underwriter's decision.
    expect(await executeAction(overrideSubmission, uwe, { submissionId, version: 1, target: 'grade', value: grade, justification: 'Confirmed on site, whatever the model says next.' })).toMatchObject({ ok: true });
    expect(await executeAction(requestInformation, uwe, { submissionId, version: 2, questions: 'Please confirm the MFA coverage.' })).toMatchObject({ ok: true });
    expect(await executeAction(reviseAnswers, anna, { submissionId, version: 3 })).toMatchObject({ ok: true });
    const versions = Object.fromEntries((await db.assessmentAnswer.findMany({ where: { assessmentId }, select: { questionId: true, version: true } })).map((row) => [row.questionId, row.version]));
    await executeAction(saveAssessmentAnswers, anna, { assessmentId, answers: { auth_mfa_coverage: { value: 10, version: versions.auth_mfa_coverage }, auth_phishing_resistant_share: { value: 0, version: versions.auth_phishing_resistant_share } } });
    expect(await executeAction(submitAssessment, anna, { assessmentId })).toMatchObject({ ok: true });
    expect(await executeAction(respondToSubmission, anna, { submissionId, version: 3, answer: 'Corrected.' })).toMatchObject({ ok: true });
    const moved = await db.submission.findUniqueOrThrow({ where: { id: submissionId }, select: { grade: true, effectiveGrade: true, previousSnapshotId: true } });
    expect(moved.effectiveGrade).toBe(grade);
    expect(moved.previousSnapshotId).not.toBeNull();
  });
});
