// The client portal's recommendation tracking: a client marks a recommendation planned or done with a
// note (the broker reads it; other tenants cannot touch it), and the broker's next reassessment
// pre-fills the answer a DONE recommendation changes — still carried over, so it must be confirmed.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import gradeD from '../scoring/fixtures/consistency-grade-d.json';
import { USERS } from '../../prisma/seed/demo-world';
import { createAssessment } from '../assessments/actions';
import { freezeResult } from '../assessments/snapshot';
import { executeAction } from '../auth/action';
import type { TSessionUser } from '../auth/types';
import { createPrismaClient } from '../db/create-client';
import type { Prisma } from '../db/generated/client';
import { createTestClient, uniqueName } from '../testing/fixtures';
import { loadSessionUser } from '../testing/session-user';
import { trackRecommendation } from './actions';
import { getPrefilledQuestionIdsForUser } from './queries';

const db = createPrismaClient({ databaseUrl: process.env.DATABASE_URL!, poolMax: 2 });
const frozen = freezeResult(gradeD.questionnaireVersion, gradeD.answers as never);
const people = {} as Record<'anna' | 'clara' | 'medica' | 'insured', TSessionUser>;
const world = { clientId: '', assessmentId: '' };
// A recommendation whose target answer differs from what was answered, and one left open.
const [done, planned] = frozen.result.protection.recommendations.filter((recommendation) => recommendation.changes.length > 0);

beforeAll(async () => {
  for (const key of ['anna', 'clara', 'medica'] as const) people[key] = await loadSessionUser(db, USERS[key].email);
  const client = await createTestClient(db, { brokerageId: 'org_nordlicht', responsibleBrokerId: USERS.anna.id });
  world.clientId = client.id;
  const insured = await db.user.create({ data: { email: `${uniqueName('rec').replace(/\W+/g, '-').toLowerCase()}@test.example`, name: 'Rita Client', role: 'CLIENT', organizationId: client.organizationId, passwordHash: 'x' } });
  people.insured = await loadSessionUser(db, insured.email);
  const assessment = await db.assessment.create({
    data: {
      clientCompanyId: client.id,
      brokerageId: 'org_nordlicht',
      brokerId: USERS.anna.id,
      questionnaireVersion: frozen.questionnaireVersion,
      status: 'SUBMITTED',
      submittedAt: new Date(),
      revision: 1,
      answers: { create: Object.entries(frozen.answers).map(([questionId, value]) => ({ questionId, value: value as Prisma.InputJsonValue, revision: 1 })) },
    },
    select: { id: true },
  });
  world.assessmentId = assessment.id;
  await db.assessmentSnapshot.create({
    data: { ...frozen, assessmentId: assessment.id, answers: frozen.answers as Prisma.InputJsonObject, result: frozen.result as unknown as Prisma.InputJsonObject, submittedById: USERS.anna.id },
  });
});
afterAll(() => db.$disconnect());

describe('recommendation progress', () => {
  test('there are recommendations that change answers to work with', () => {
    expect(done).toBeDefined();
    expect(planned).toBeDefined();
  });

  test('the client marks one done and one planned, with notes; one audit row each', async () => {
    const before = await db.auditEvent.count();
    expect(await executeAction(trackRecommendation, people.insured, { assessmentId: world.assessmentId, recommendationId: done!.id, state: 'DONE', note: 'Rolled out last week.' })).toMatchObject({ ok: true, data: { state: 'DONE' } });
    expect(await executeAction(trackRecommendation, people.insured, { assessmentId: world.assessmentId, recommendationId: planned!.id, state: 'PLANNED', note: '' })).toMatchObject({ ok: true, data: { state: 'PLANNED', note: null } });
    expect(await db.auditEvent.count()).toBe(before + 2);
    const rows = await db.recommendationProgress.findMany({ where: { assessmentId: world.assessmentId }, orderBy: { state: 'asc' } });
    expect(rows.map((row) => [row.recommendationId, row.state, row.note, row.updatedById])).toEqual([
      [planned!.id, 'PLANNED', null, people.insured.id],
      [done!.id, 'DONE', 'Rolled out last week.', people.insured.id],
    ]);
  });

  test('refuses an unknown recommendation, another tenant, and an underwriter', async () => {
    expect(await executeAction(trackRecommendation, people.insured, { assessmentId: world.assessmentId, recommendationId: 'not_a_control', state: 'DONE', note: '' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    for (const user of [people.medica, people.clara]) {
      expect(await executeAction(trackRecommendation, user, { assessmentId: world.assessmentId, recommendationId: done!.id, state: 'PLANNED', note: 'x' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
    const uwe = await loadSessionUser(db, USERS.uwe.email);
    expect(await executeAction(trackRecommendation, uwe, { assessmentId: world.assessmentId, recommendationId: done!.id, state: 'PLANNED', note: 'x' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  test("the broker's reassessment pre-fills the DONE recommendation's target answers, still to be confirmed; PLANNED ones stay as answered", async () => {
    const result = await executeAction(createAssessment, people.anna, { clientCompanyId: world.clientId, kind: 'reassessment' });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const answers = await db.assessmentAnswer.findMany({ where: { assessmentId: result.ok ? result.data.id : '' }, select: { questionId: true, value: true, carriedOver: true } });
    const byId = new Map(answers.map((answer) => [answer.questionId, answer]));
    for (const change of done!.changes) {
      expect(byId.get(change.questionId), change.questionId).toMatchObject({ value: change.to, carriedOver: true });
    }
    for (const change of planned!.changes.filter((c) => !done!.changes.some((d) => d.questionId === c.questionId))) {
      expect(byId.get(change.questionId)?.value, change.questionId).toEqual(change.from);
    }
    // The wizard names the pre-filled answers (for its hint) while they still say the target.
    const carried = Object.fromEntries(answers.filter((answer) => answer.carriedOver).map((answer) => [answer.questionId, answer.value as never]));
    const previousAssessmentId = world.assessmentId;
    expect((await getPrefilledQuestionIdsForUser({ user: people.anna, previousAssessmentId, carriedAnswers: carried })).sort()).toEqual(done!.changes.map((change) => change.questionId).sort());
    expect(await getPrefilledQuestionIdsForUser({ user: people.clara, previousAssessmentId, carriedAnswers: carried })).toEqual([]);
  });
});
