// The assessment life cycle against a real PostgreSQL: per-answer versions (merge and conflict),
// validation that writes nothing, sharing with the client, reassessment, and the submit that
// freezes one immutable snapshot however often it is asked for.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { USERS } from '../../prisma/seed/demo-world';
import { executeAction } from '../auth/action';
import type { TSessionUser } from '../auth/types';
import { createPrismaClient } from '../db/create-client';
import { COMPLETE_ANSWERS, createTestDraft } from '../testing/fixtures';
import { loadSessionUser } from '../testing/session-user';
import { createAssessment, saveAssessmentAnswers, shareAssessment, submitAssessment, upgradeAssessment } from './actions';
import { listAnswers } from './answers';
import { snapshotDigest } from './snapshot';

const db = createPrismaClient({ databaseUrl: process.env.DATABASE_URL!, poolMax: 4 });
let anna: TSessionUser;
let ben: TSessionUser;
let clara: TSessionUser;
afterAll(() => db.$disconnect());

beforeAll(async () => {
  [anna, ben, clara] = await Promise.all([loadSessionUser(db, USERS.anna.email), loadSessionUser(db, USERS.ben.email), loadSessionUser(db, USERS.clara.email)]);
});

const nordlichtDraft = (answers?: Record<string, unknown>, sharedWithClient = false) =>
  createTestDraft(db, { brokerageId: anna.organizationId, brokerId: anna.id, answers, sharedWithClient });

async function stored(assessmentId: string) {
  const rows = await db.assessmentAnswer.findMany({ where: { assessmentId }, orderBy: { questionId: 'asc' } });
  return Object.fromEntries(rows.map((row) => [row.questionId, { value: row.value, version: row.version, by: row.updatedById, carriedOver: row.carriedOver }]));
}

const save = (user: TSessionUser, assessmentId: string, answers: Record<string, unknown>) => executeAction(saveAssessmentAnswers, user, { assessmentId, answers });

describe('saving answers', () => {
  test('a first save creates version 1, the next names it and gets 2; the author and the revision are recorded', async () => {
    const { assessmentId } = await nordlichtDraft();
    const first = await save(anna, assessmentId, { dep_mail_platform: { value: 'exchange_online', version: 0 } });
    expect(first).toMatchObject({ ok: true, data: { revision: 1, answers: { dep_mail_platform: { value: 'exchange_online', version: 1, updatedBy: { id: anna.id, name: anna.name } } } } });
    const second = await save(ben, assessmentId, { dep_mail_platform: { value: 'exchange_hybrid', version: 1, note: 'Hybrid until 2027' } });
    expect(second).toMatchObject({ ok: true, data: { revision: 2, answers: { dep_mail_platform: { value: 'exchange_hybrid', version: 2, note: 'Hybrid until 2027', updatedBy: { id: ben.id } } } } });
    const since = await listAnswers({ user: anna, assessmentId, since: 1 });
    expect(Object.keys(since!.answers)).toEqual(['dep_mail_platform']);
    expect(Object.keys((await listAnswers({ user: anna, assessmentId, since: 2 }))!.answers)).toEqual([]);
  });

  test('concurrent saves of different questions by different people are all kept', async () => {
    const { assessmentId } = await nordlichtDraft();
    const changes: Array<[TSessionUser, string, unknown]> = [
      [anna, 'dep_mail_platform', 'exchange_online'],
      [ben, 'dep_tenant_count', 3],
      [anna, 'dep_sso_share', 80],
      [ben, 'dep_consumer_accounts', 'blocked'],
      [anna, 'dep_outage_fallback', 'yes'],
      [ben, 'dep_idps', ['entra_id', 'okta']],
    ];
    const results = await Promise.all(changes.map(([user, questionId, value]) => save(user, assessmentId, { [questionId]: { value, version: 0 } })));
    expect(results.every((result) => result.ok)).toBe(true);
    const rows = await stored(assessmentId);
    for (const [user, questionId, value] of changes) expect(rows[questionId]).toMatchObject({ value, version: 1, by: user.id });
    expect((await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } })).revision).toBe(changes.length);
  });

  test('the same question saved twice from one version: exactly one wins, the other gets a 409 with the current value and its author', async () => {
    const { assessmentId } = await nordlichtDraft({ dep_mail_platform: 'exchange_online' });
    const results = await Promise.all([
      save(anna, assessmentId, { dep_mail_platform: { value: 'exchange_hybrid', version: 1 } }),
      save(ben, assessmentId, { dep_mail_platform: { value: 'google_workspace', version: 1 } }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const refused = results.find((result) => !result.ok);
    const winner = results.indexOf(results.find((result) => result.ok)!) === 0 ? anna : ben;
    expect(refused).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      details: {
        reason: 'answer_changed',
        conflicts: [{ questionId: 'dep_mail_platform', baseVersion: 1, current: { version: 2, updatedBy: { id: winner.id, name: winner.name } } }],
      },
    });
    expect((await stored(assessmentId)).dep_mail_platform).toMatchObject({ version: 2, by: winner.id });
  });

  test('a batch with one stale answer writes none of its answers', async () => {
    const { assessmentId } = await nordlichtDraft({ dep_mail_platform: 'exchange_online' });
    const before = await stored(assessmentId);
    const result = await save(anna, assessmentId, { dep_tenant_count: { value: 2, version: 0 }, dep_mail_platform: { value: 'exchange_hybrid', version: 0 } });
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await stored(assessmentId)).toEqual(before);
  });

  test.each([
    ['an unknown question', { no_such_question: { value: 'yes', version: 0 } }, 'answers.no_such_question'],
    ['an option the question does not have', { dep_mail_platform: { value: 'lotus_notes', version: 0 } }, 'answers.dep_mail_platform'],
    ['a number out of range', { dep_tenant_count: { value: 0, version: 0 } }, 'answers.dep_tenant_count'],
    ['a future date for a question about the past', { ir_last_exercise: { value: 'within_6_months', version: 0 }, ir_last_exercise_date: { value: '2999-01-01', version: 0 } }, 'answers.ir_last_exercise_date'],
    ['a question that the other answers hide', { dep_idps: { value: ['okta'], version: 0 }, dep_ad_connection: { value: 'cloud_only', version: 0 } }, 'answers.dep_ad_connection'],
    ['a missing version', { dep_tenant_count: { value: 2 } }, 'answers.dep_tenant_count.version'],
    ['no answers at all', {}, 'answers'],
  ])('%s is refused with a field error and writes nothing', async (_, answers, path) => {
    const { assessmentId } = await nordlichtDraft({ dep_mail_platform: 'exchange_online' });
    const before = { answers: await stored(assessmentId), assessment: await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } }) };
    const result = await save(anna, assessmentId, answers);
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(Object.keys(result.ok ? {} : (result.fieldErrors ?? {}))).toContain(path);
    expect({ answers: await stored(assessmentId), assessment: await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } }) }).toEqual(before);
  });

  test('a cleared answer keeps its row (value null) so its version keeps counting', async () => {
    const { assessmentId } = await nordlichtDraft({ dep_mail_platform: 'exchange_online' });
    expect(await save(anna, assessmentId, { dep_mail_platform: { value: null, version: 1 } })).toMatchObject({ ok: true });
    expect((await stored(assessmentId)).dep_mail_platform).toMatchObject({ value: null, version: 2 });
    expect(await save(ben, assessmentId, { dep_mail_platform: { value: 'exchange_hybrid', version: 0 } })).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  test('another brokerage’s broker finds nothing; a client only once the draft is shared', async () => {
    const { assessmentId, client } = await nordlichtDraft();
    expect(await save(clara, assessmentId, { dep_tenant_count: { value: 2, version: 0 } })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const clientUser = await db.user.create({
      data: { email: `it-${assessmentId}@client.example`, name: 'Kim Client', passwordHash: 'x', role: 'CLIENT', organizationId: client.organizationId },
      select: { email: true },
    });
    const kim = await loadSessionUser(db, clientUser.email);
    expect(await save(kim, assessmentId, { dep_tenant_count: { value: 2, version: 0 } })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await executeAction(shareAssessment, kim, { assessmentId, shared: true })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await executeAction(shareAssessment, anna, { assessmentId, shared: true })).toMatchObject({ ok: true });
    expect(await save(kim, assessmentId, { dep_tenant_count: { value: 2, version: 0 } })).toMatchObject({ ok: true, data: { answers: { dep_tenant_count: { updatedBy: { name: 'Kim Client' } } } } });
    expect(await executeAction(submitAssessment, kim, { assessmentId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('submitting', () => {
  test('twenty parallel submits make one snapshot and one audit row; every caller gets that snapshot', async () => {
    const { assessmentId } = await nordlichtDraft(COMPLETE_ANSWERS);
    const results = await Promise.all(Array.from({ length: 20 }, () => executeAction(submitAssessment, anna, { assessmentId })));
    expect(results.every((result) => result.ok)).toBe(true);
    const ids = new Set(results.map((result) => (result.ok ? result.data.snapshot.id : '')));
    expect(ids.size).toBe(1);
    expect(results.filter((result) => result.ok && !result.data.alreadySubmitted)).toHaveLength(1);
    expect(await db.assessmentSnapshot.count({ where: { assessmentId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: assessmentId, action: 'assessment.submit' } })).toBe(1);
    expect((await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } })).status).toBe('SUBMITTED');
  });

  test('the snapshot holds the answers, both versions and the full result; its digest proves them; the database refuses to change it', async () => {
    const { assessmentId } = await nordlichtDraft(COMPLETE_ANSWERS);
    const submitted = await executeAction(submitAssessment, anna, { assessmentId });
    expect(submitted.ok).toBe(true);
    const snapshot = await db.assessmentSnapshot.findFirstOrThrow({ where: { assessmentId } });
    const result = snapshot.result as { modelVersion: string; mode: string; risk: { score: number; grade: string }; protection: { insurance: { premium: unknown } } };
    expect(result.mode).toBe('final');
    expect(result.modelVersion).toBe(snapshot.modelVersion);
    expect(result.risk).toMatchObject({ score: snapshot.score, grade: snapshot.grade });
    expect(result.protection.insurance.premium).not.toBeNull();
    expect(snapshotDigest({ questionnaireVersion: snapshot.questionnaireVersion, modelVersion: snapshot.modelVersion, answers: snapshot.answers, result: snapshot.result })).toBe(snapshot.digest);
    // Two layers: the app's role has no UPDATE/DELETE on the table, and the trigger refuses even the owner.
    await expect(db.$executeRaw`UPDATE "AssessmentSnapshot" SET "grade" = 'A' WHERE "id" = ${snapshot.id}`).rejects.toThrow(/permission denied|immutable/);
    await expect(db.$executeRaw`DELETE FROM "AssessmentSnapshot" WHERE "id" = ${snapshot.id}`).rejects.toThrow(/permission denied|immutable/);
    const owner = createPrismaClient({ databaseUrl: process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL!, poolMax: 1 });
    try {
      await expect(owner.$executeRaw`UPDATE "AssessmentSnapshot" SET "grade" = 'A' WHERE "id" = ${snapshot.id}`).rejects.toThrow(/immutable/);
      await expect(owner.$executeRaw`DELETE FROM "AssessmentSnapshot" WHERE "id" = ${snapshot.id}`).rejects.toThrow(/immutable/);
    } finally {
      await owner.$disconnect();
    }
    // Submitted assessments are read-only.
    expect(await save(anna, assessmentId, { dep_tenant_count: { value: 9, version: 1 } })).toMatchObject({ ok: false, code: 'CONFLICT', details: { reason: 'not_draft' } });
  });

  test('an incomplete draft is refused with every missing answer named, and nothing is written', async () => {
    const { bp_industry: _industry, auth_mfa_coverage: _mfa, ...partial } = COMPLETE_ANSWERS as Record<string, unknown>;
    const { assessmentId } = await nordlichtDraft(partial);
    const result = await executeAction(submitAssessment, anna, { assessmentId });
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT', details: { reason: 'incomplete' } });
    expect(Object.keys(result.ok ? {} : (result.fieldErrors ?? {})).sort()).toEqual(['answers.auth_mfa_coverage', 'answers.bp_industry']);
    expect(await db.assessmentSnapshot.count({ where: { assessmentId } })).toBe(0);
    expect((await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } })).status).toBe('DRAFT');
  });
});

describe('upgrading a draft of an earlier questionnaire', () => {
  test('moves it to the current version: answers kept with their versions and authors, removed ones gone, new questions open', async () => {
    const { assessmentId } = await createTestDraft(db, {
      brokerageId: anna.organizationId,
      brokerId: anna.id,
      questionnaireVersion: 'idp-exposure@1',
      answers: { dep_mail_platform: 'exchange_online', dep_tenant_count: 2, no_longer_asked: 'x' },
    });
    const result = await executeAction(upgradeAssessment, ben, { assessmentId });
    expect(result).toMatchObject({ ok: true, data: { questionnaireVersion: 'idp-exposure@2', carried: 2, removed: 1 } });
    expect(result.ok && result.data.added).toBeGreaterThan(0);
    const assessment = await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } });
    expect(assessment).toMatchObject({ questionnaireVersion: 'idp-exposure@2', revision: 2 });
    expect(await stored(assessmentId)).toEqual({
      dep_mail_platform: { value: 'exchange_online', version: 1, by: anna.id, carriedOver: false },
      dep_tenant_count: { value: 2, version: 1, by: anna.id, carriedOver: false },
    });
    // Answering the new questions works at once; doing it again changes nothing.
    expect(await save(ben, assessmentId, { auth_number_matching: { value: 'yes', version: 0 } })).toMatchObject({ ok: true });
    expect(await executeAction(upgradeAssessment, ben, { assessmentId })).toMatchObject({ ok: true, data: { carried: 0, removed: 0, added: 0 } });
    expect(await executeAction(upgradeAssessment, clara, { assessmentId })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('reassessment', () => {
  test('copies the last submitted answers marked as carried over, takes the business profile from the client record, and submits only once they are confirmed', async () => {
    const { assessmentId, client } = await nordlichtDraft(COMPLETE_ANSWERS);
    expect((await executeAction(submitAssessment, anna, { assessmentId })).ok).toBe(true);
    await db.clientCompany.update({ where: { id: client.id }, data: { employeeCount: 777 } });
    const created = await executeAction(createAssessment, ben, { clientCompanyId: client.id, kind: 'reassessment' });
    expect(created.ok).toBe(true);
    const reassessmentId = created.ok ? created.data.id : '';
    expect((await db.assessment.findUniqueOrThrow({ where: { id: reassessmentId } })).previousAssessmentId).toBe(assessmentId);
    const rows = await stored(reassessmentId);
    expect(rows.bp_employees).toMatchObject({ value: 777, carriedOver: false });
    expect(rows.dep_mail_platform).toMatchObject({ value: COMPLETE_ANSWERS.dep_mail_platform, carriedOver: true });

    // A second draft for the same client is refused.
    expect(await executeAction(createAssessment, ben, { clientCompanyId: client.id, kind: 'new' })).toMatchObject({ ok: false, code: 'CONFLICT', details: { reason: 'draft_exists', assessmentId: reassessmentId } });

    const refused = await executeAction(submitAssessment, ben, { assessmentId: reassessmentId });
    expect(refused).toMatchObject({ ok: false, code: 'CONFLICT', details: { reason: 'incomplete' } });
    expect(refused.ok ? [] : refused.fieldErrors!['answers.dep_mail_platform']).toEqual(['validation.confirmCarriedOver']);

    // Confirming = saving the answer (unchanged or not) at its version.
    const carried = Object.entries(rows).filter(([, row]) => row.carriedOver);
    const confirmation = Object.fromEntries(carried.map(([questionId, row]) => [questionId, { value: row.value, version: row.version }]));
    expect(await save(ben, reassessmentId, confirmation)).toMatchObject({ ok: true });
    expect(Object.values(await stored(reassessmentId)).some((row) => row.carriedOver)).toBe(false);
    expect(await executeAction(submitAssessment, ben, { assessmentId: reassessmentId })).toMatchObject({ ok: true, data: { alreadySubmitted: false } });
  });

  test('a client without a submitted assessment has nothing to reassess', async () => {
    const { client } = await nordlichtDraft();
    await db.assessment.deleteMany({ where: { clientCompanyId: client.id } });
    expect(await executeAction(createAssessment, anna, { clientCompanyId: client.id, kind: 'reassessment' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      details: { reason: 'nothing_to_reassess' },
    });
  });

  test('a broker cannot start an assessment for another brokerage’s client', async () => {
    const { client } = await nordlichtDraft();
    expect(await executeAction(createAssessment, clara, { clientCompanyId: client.id, kind: 'new' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
