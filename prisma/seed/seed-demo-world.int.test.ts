import { afterAll, expect, test } from 'vitest';
import { snapshotDigest } from '../../lib/assessments/snapshot';
import { createPrismaClient } from '../../lib/db/create-client';
import { validateAnswers } from '../../lib/questionnaire';
import { ORGANIZATIONS, USERS } from './demo-world';
import { seedDemoWorld } from './seed-demo-world';

const db = createPrismaClient({ databaseUrl: process.env.DATABASE_URL!, poolMax: 2 });
afterAll(() => db.$disconnect());

test('seeding again (the test database is already seeded) creates nothing and changes nothing', async () => {
  const snapshot = async () => ({
    organizations: await db.organization.findMany({ where: { id: { in: Object.values(ORGANIZATIONS).map((o) => o.id) } }, orderBy: { id: 'asc' } }),
    users: await db.user.findMany({ where: { id: { in: Object.values(USERS).map((u) => u.id) } }, orderBy: { id: 'asc' }, select: { id: true, email: true, role: true, passwordHash: true, organizationId: true } }),
    clients: await db.clientCompany.findMany({ orderBy: { id: 'asc' } }),
    assessments: await db.assessment.findMany({ where: { id: { startsWith: 'asm_' } }, orderBy: { id: 'asc' } }),
    answers: await db.assessmentAnswer.findMany({ where: { assessmentId: { startsWith: 'asm_' } }, orderBy: [{ assessmentId: 'asc' }, { questionId: 'asc' }] }),
    snapshots: await db.assessmentSnapshot.findMany({ where: { assessmentId: { startsWith: 'asm_' } }, orderBy: { id: 'asc' } }),
    submissions: await db.submission.findMany({ where: { id: { startsWith: 'sub_' } }, orderBy: { id: 'asc' }, include: { subjectivities: true, messages: true } }),
  });
  const before = await snapshot();
  expect(await seedDemoWorld(db)).toEqual({ created: 0 });
  expect(await snapshot()).toEqual(before);
});

test('the demo world has the shape the issue asks for', async () => {
  const count = (kind: 'BROKERAGE' | 'INSURER' | 'CLIENT_COMPANY') => db.organization.count({ where: { kind, id: { in: Object.values(ORGANIZATIONS).map((o) => o.id) } } });
  expect(await count('BROKERAGE')).toBe(2);
  expect(await count('INSURER')).toBe(3);
  expect(await count('CLIENT_COMPANY')).toBe(4);
  const seeded = { id: { in: Object.values(USERS).map((u) => u.id) } };
  expect(await db.user.count({ where: { ...seeded, role: 'ADMIN' } })).toBe(1);
  expect(await db.user.groupBy({ by: ['organizationId'], where: { ...seeded, role: 'BROKER' }, _count: true, orderBy: { organizationId: 'asc' } })).toEqual([
    { organizationId: 'org_alpenrisk', _count: 1 },
    { organizationId: 'org_nordlicht', _count: 2 },
  ]);
  expect(await db.user.groupBy({ by: ['organizationId'], where: { ...seeded, role: 'UNDERWRITER' }, _count: true, orderBy: { organizationId: 'asc' } })).toEqual([
    { organizationId: 'org_baltica', _count: 1 },
    { organizationId: 'org_danubia', _count: 1 },
    { organizationId: 'org_rheinmark', _count: 2 },
  ]);
  expect(await db.user.count({ where: { ...seeded, role: 'CLIENT' } })).toBe(4);
});

test('the demo assessments carry answers the question bank accepts: submitted ones complete, the draft partial', async () => {
  const rows = await db.assessment.findMany({
    where: { id: { startsWith: 'asm_' } },
    select: { id: true, status: true, questionnaireVersion: true, answers: { select: { questionId: true, value: true } } },
  });
  const assessments = rows.map((row) => ({ ...row, answers: Object.fromEntries(row.answers.map((answer) => [answer.questionId, answer.value])) }));
  expect(assessments).toHaveLength(4);
  for (const assessment of assessments) {
    const mode = assessment.status === 'DRAFT' ? 'draft' : 'final';
    const result = validateAnswers(assessment.questionnaireVersion, assessment.answers, mode);
    expect(result.ok, `${assessment.id}: ${JSON.stringify(result.ok ? '' : result.issues.slice(0, 3))}`).toBe(true);
    expect(Object.keys(assessment.answers).length).toBeGreaterThan(5);
  }
  const draft = assessments.find((a) => a.status === 'DRAFT')!;
  expect(validateAnswers(draft.questionnaireVersion, draft.answers, 'final').ok).toBe(false);
});

test('every submitted demo assessment has its frozen result, whose digest matches what is stored', async () => {
  const submitted = await db.assessment.findMany({
    where: { id: { startsWith: 'asm_' }, status: 'SUBMITTED' },
    select: { id: true, snapshots: { select: { questionnaireVersion: true, modelVersion: true, answers: true, result: true, digest: true, grade: true } } },
  });
  expect(submitted.length).toBe(3);
  for (const assessment of submitted) {
    expect(assessment.snapshots, assessment.id).toHaveLength(1);
    const [snapshot] = assessment.snapshots;
    // jsonb reorders keys: the digest is over canonical JSON, so it survives the round trip.
    expect(snapshotDigest({ questionnaireVersion: snapshot!.questionnaireVersion, modelVersion: snapshot!.modelVersion, answers: snapshot!.answers, result: snapshot!.result })).toBe(snapshot!.digest);
    expect((snapshot!.result as { risk: { grade: string } }).risk.grade).toBe(snapshot!.grade);
  }
});
