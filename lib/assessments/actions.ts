// Action definitions of the assessment life cycle (run by server actions and the REST API through
// executeAction): start or reassess, save answers, share a draft with the client, submit.
import 'server-only';
import type { Prisma } from '../db/generated/client';
import { defineAction } from '../auth/action';
import { assessmentWhereForUser, clientCompanyWhereForUser } from '../auth/policy';
import { recordAuditEvent } from '../audit/record-audit-event';
import { getDb } from '../db/client';
import { businessProfileAnswersFor } from '../domain/company';
import { AppError } from '../errors';
import { CURRENT_QUESTIONNAIRE_VERSION, getQuestionnaire, upgradeAnswers, type TAnswers } from '../questionnaire';
import { prefillDoneRecommendations } from '../recommendations/prefill';
import type { TFinalScoringResult } from '../scoring';
import { lockAssessment, saveAnswers } from './answers';
import { ZAssessmentIdInput, ZCreateAssessmentInput, ZSaveAnswersInput, ZShareAssessmentInput } from './schemas';
import { submitDraft } from './submit';

/** A reassessment starts on the current questionnaire: answers of an earlier version are upgraded (kept where the question still means the same). */
function carryOver(answers: TAnswers, fromVersion: string, toVersion: string): TAnswers {
  return fromVersion === toVersion ? answers : upgradeAnswers({ from: fromVersion, to: toVersion, answers }).answers;
}

export const createAssessment = defineAction({
  id: 'assessment.create',
  permission: 'assessment.create',
  input: ZCreateAssessmentInput,
  handler: async ({ user, input }) => {
    return getDb().$transaction(async (tx) => {
      const client = await tx.clientCompany.findFirst({
        where: { AND: [{ id: input.clientCompanyId }, clientCompanyWhereForUser(user, 'assessment.create')] },
        select: { id: true, brokerageId: true, industry: true, revenueBand: true, employeeCount: true, country: true },
      });
      if (!client) throw new AppError('NOT_FOUND', 'Client not found', { clientCompanyId: ['validation.chooseClient'] });
      // One open draft per client: the lock orders two brokers starting one at the same moment.
      await tx.$queryRaw`SELECT "id" FROM "ClientCompany" WHERE "id" = ${client.id} FOR UPDATE`;
      const draft = await tx.assessment.findFirst({ where: { clientCompanyId: client.id, status: 'DRAFT' }, select: { id: true } });
      if (draft) throw new AppError('CONFLICT', 'This client already has a draft.', undefined, { reason: 'draft_exists', assessmentId: draft.id });

      const questionnaireVersion = CURRENT_QUESTIONNAIRE_VERSION;
      let carried: TAnswers = {};
      let previousAssessmentId: string | null = null;
      if (input.kind === 'reassessment') {
        const previous = await tx.assessmentSnapshot.findFirst({
          where: { assessment: { clientCompanyId: client.id } },
          orderBy: { createdAt: 'desc' },
          select: { assessmentId: true, questionnaireVersion: true, answers: true, result: true },
        });
        if (!previous) throw new AppError('CONFLICT', 'There is no submitted assessment to start from.', undefined, { reason: 'nothing_to_reassess' });
        previousAssessmentId = previous.assessmentId;
        carried = carryOver(previous.answers as TAnswers, previous.questionnaireVersion, questionnaireVersion);
        // What the client reports as done starts at the recommendation's target answer (still to be confirmed).
        const done = await tx.recommendationProgress.findMany({ where: { assessmentId: previous.assessmentId, state: 'DONE' }, select: { recommendationId: true } });
        if (done.length > 0) {
          carried = prefillDoneRecommendations({
            answers: carried,
            recommendations: (previous.result as unknown as TFinalScoringResult).protection.recommendations,
            doneRecommendationIds: new Set(done.map((row) => row.recommendationId)),
            questionnaire: getQuestionnaire(questionnaireVersion)!,
          }).answers;
        }
      }
      // The business profile is what the client record says today, not what was true last time.
      const profile = businessProfileAnswersFor(client);
      const answers = [
        ...Object.entries(carried)
          .filter(([questionId]) => !(questionId in profile))
          .map(([questionId, value]) => ({ questionId, value, carriedOver: true })),
        ...Object.entries(profile).map(([questionId, value]) => ({ questionId, value, carriedOver: false })),
      ];
      const created = await tx.assessment.create({
        data: {
          clientCompanyId: client.id,
          brokerageId: client.brokerageId,
          brokerId: user.id,
          questionnaireVersion,
          previousAssessmentId,
          revision: 1,
          answers: { create: answers.map((answer) => ({ ...answer, value: answer.value as Prisma.InputJsonValue, version: 1, revision: 1, updatedById: user.id })) },
        },
        select: { id: true, questionnaireVersion: true },
      });
      await recordAuditEvent(tx, {
        actor: user,
        action: 'assessment.create',
        entityType: 'Assessment',
        entityId: created.id,
        data: { clientCompanyId: client.id, kind: input.kind, previousAssessmentId, carriedOver: answers.filter((a) => a.carriedOver).length },
      });
      return created;
    });
  },
});

export const saveAssessmentAnswers = defineAction({
  id: 'assessment.answer',
  permission: 'assessment.answer',
  input: ZSaveAnswersInput,
  handler: ({ user, input }) => saveAnswers({ user, input }),
});

export const shareAssessment = defineAction({
  id: 'assessment.share',
  permission: 'assessment.share',
  input: ZShareAssessmentInput,
  handler: async ({ user, input }) => {
    return getDb().$transaction(async (tx) => {
      const assessment = await tx.assessment.findFirst({
        where: { AND: [{ id: input.assessmentId }, assessmentWhereForUser(user, 'assessment.share')] },
        select: { id: true, status: true },
      });
      if (!assessment) throw new AppError('NOT_FOUND', 'Assessment not found');
      if (assessment.status !== 'DRAFT') throw new AppError('CONFLICT', 'Only a draft can be shared.', undefined, { reason: 'not_draft' });
      const updated = await tx.assessment.update({
        where: { id: assessment.id },
        data: { sharedWithClientAt: input.shared ? new Date() : null },
        select: { id: true, sharedWithClientAt: true },
      });
      await recordAuditEvent(tx, { actor: user, action: 'assessment.share', entityType: 'Assessment', entityId: assessment.id, data: { shared: input.shared } });
      return updated;
    });
  },
});

/**
 * Moves a draft of an earlier questionnaire version to the current one: every answer whose question
 * keeps its meaning is carried over unchanged (with its version and author), the others are removed,
 * new questions are open. Open wizards see the change at their next pull (the revision moves).
 */
export const upgradeAssessment = defineAction({
  id: 'assessment.upgrade',
  permission: 'assessment.upgrade',
  input: ZAssessmentIdInput,
  handler: async ({ user, input }) => {
    return getDb().$transaction(async (tx) => {
      const assessment = await tx.assessment.findFirst({
        where: { AND: [{ id: input.assessmentId }, assessmentWhereForUser(user, 'assessment.upgrade')] },
        select: { id: true },
      });
      if (!assessment) throw new AppError('NOT_FOUND', 'Assessment not found');
      const locked = await lockAssessment(tx, assessment.id);
      if (locked.status !== 'DRAFT') throw new AppError('CONFLICT', 'Only a draft can be upgraded.', undefined, { reason: 'not_draft' });
      const from = locked.questionnaireVersion;
      const to = CURRENT_QUESTIONNAIRE_VERSION;
      if (from === to) return { id: assessment.id, questionnaireVersion: to, carried: 0, removed: 0, added: 0 };
      const rows = await tx.assessmentAnswer.findMany({ where: { assessmentId: assessment.id }, select: { questionId: true, value: true } });
      const upgraded = upgradeAnswers({ from, to, answers: Object.fromEntries(rows.map((row) => [row.questionId, row.value as TAnswers[string] | null])) });
      const kept = new Set(upgraded.carriedQuestionIds);
      const asked = new Set(getQuestionnaire(to)!.questions.map((question) => question.id));
      // A cleared answer keeps its row while its question is still asked (its version keeps counting).
      const removed = rows.filter((row) => !kept.has(row.questionId) && (row.value !== null || !asked.has(row.questionId))).map((row) => row.questionId);
      await tx.assessmentAnswer.deleteMany({ where: { assessmentId: assessment.id, questionId: { in: removed } } });
      await tx.assessment.update({ where: { id: assessment.id }, data: { questionnaireVersion: to, revision: { increment: 1 } } });
      const summary = { carried: upgraded.carriedQuestionIds.length, removed: removed.length, added: upgraded.newQuestionIds.length };
      await recordAuditEvent(tx, { actor: user, action: 'assessment.upgrade', entityType: 'Assessment', entityId: assessment.id, data: { from, to, ...summary, removedQuestionIds: removed } });
      return { id: assessment.id, questionnaireVersion: to, ...summary };
    });
  },
});

export const submitAssessment = defineAction({
  id: 'assessment.submit',
  permission: 'assessment.submit',
  input: ZAssessmentIdInput,
  handler: ({ user, input }) => submitDraft({ user, assessmentId: input.assessmentId }),
});
