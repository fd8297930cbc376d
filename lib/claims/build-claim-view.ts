// A claim as its page presents it, in the reader's language: the incident playbook and the
// evidence-preservation checklist of the snapshot in force at discovery (with who ticked what and
// when), the notification deadlines counted from discovery, and what the insured said about MFA,
// logging and keys at the time. Pure: texts come from the results view of the same snapshot, so the
// claim page and the results page never word a step differently.
import { getMessages } from '../i18n/messages';
import { isQuestionVisible, type TAnswers, type TAnswerValue, type TQuestionnaire } from '../questionnaire';
import { buildResultsView, describeAnswerValue, type TAnswerDisplay } from '../results/build-results-view';
import { lookupMessage, type TEvidenceStatus, type TFinalScoringResult, type TLocale } from '../scoring';
import { todayIsoDate } from '../today';
import { listAllowedClaimMoves, type TClaimStatus } from './claim-status';
import { buildClaimDeadlines, type TClaimDeadline, type TNis2EntityClass } from './deadlines';
import { buildEvidencePreservation } from './evidence';

type TMessageTree = Parameters<typeof lookupMessage>[0];
type TDone = { doneByName: string | null; doneAt: Date } | null;

/** The sections whose answers sit beside the claim: authentication (MFA), logging, tokens and keys. */
export const STATEMENT_SECTION_IDS = ['authentication', 'logging_detection', 'tokens_keys'] as const;

export type TClaimView = {
  allowedMoves: readonly TClaimStatus[];
  playbook: Array<{ itemId: string; order: number; title: string; description: string; phaseLabel: string; ownerRole: string; urgent: boolean; deadlines: string[]; done: TDone }>;
  evidence: Array<{
    itemId: string;
    text: string;
    status: TEvidenceStatus;
    statusLabel: string;
    exportBy: Date | null;
    retentionDays: number | null;
    isRetentionAssumed: boolean;
    done: TDone;
  }>;
  deadlines: Array<TClaimDeadline & { label: string }>;
  statements: Array<{ sectionId: string; title: string; answers: Array<{ questionId: string; question: string; answer: TAnswerDisplay }> }>;
};

export type TBuildClaimViewInput = {
  claim: {
    status: TClaimStatus;
    discoveredAt: Date;
    personalDataAffected: boolean;
    nis2Entity: TNis2EntityClass;
    checklist: Record<string, { doneByName: string | null; doneAt: Date }>;
    snapshot: { answers: Record<string, unknown>; result: unknown; submittedAt: Date };
  };
  questionnaire: TQuestionnaire;
  locale: TLocale;
};

export function buildClaimView(input: TBuildClaimViewInput): TClaimView {
  const { claim, questionnaire, locale } = input;
  const result = claim.snapshot.result as TFinalScoringResult;
  const answers = claim.snapshot.answers as TAnswers;
  const results = buildResultsView({ result, locale, questionnaire, submittedOn: todayIsoDate(claim.snapshot.submittedAt) });
  const catalog = getMessages(locale);
  const scoringMessages = catalog.scoring as TMessageTree;
  const questionnaireMessages = catalog.questionnaire as TMessageTree;
  const done = (itemId: string): TDone => claim.checklist[itemId] ?? null;
  const evidenceText = new Map(results.claims.evidence.flatMap((group) => group.items.map((item) => [item.id, item.text] as const)));

  return {
    allowedMoves: listAllowedClaimMoves(claim.status),
    playbook: results.claims.steps.map((step) => ({
      itemId: `playbook:${step.id}`,
      order: step.order,
      title: step.title,
      description: step.description,
      phaseLabel: step.phaseLabel,
      ownerRole: step.ownerRole,
      urgent: step.urgent,
      deadlines: step.deadlines,
      done: done(`playbook:${step.id}`),
    })),
    evidence: buildEvidencePreservation({ checklist: result.claims.evidenceChecklist, answers, discoveredAt: claim.discoveredAt }).map((item) => ({
      itemId: `evidence:${item.id}`,
      text: evidenceText.get(item.id) ?? lookupMessage(scoringMessages, `evidence.items.${item.id}`),
      status: item.status,
      statusLabel: lookupMessage(scoringMessages, `evidence.statuses.${item.status}`),
      exportBy: item.exportBy,
      retentionDays: item.retentionDays,
      isRetentionAssumed: item.isRetentionAssumed,
      done: done(`evidence:${item.id}`),
    })),
    deadlines: buildClaimDeadlines({
      discoveredAt: claim.discoveredAt,
      personalDataAffected: claim.personalDataAffected,
      nis2Entity: claim.nis2Entity,
      snapshotDeadlines: result.claims.playbook.deadlines,
    }).map((deadline) => ({ ...deadline, label: lookupMessage(scoringMessages, `playbook.deadlines.${deadline.id}`) })),
    statements: STATEMENT_SECTION_IDS.map((sectionId) => ({
      sectionId,
      title: lookupMessage(questionnaireMessages, `sections.${sectionId}.title`),
      answers: questionnaire.questions
        .filter((question) => question.sectionId === sectionId && answers[question.id] !== undefined && answers[question.id] !== null && isQuestionVisible(question, answers))
        .map((question) => ({
          questionId: question.id,
          question: lookupMessage(questionnaireMessages, `questions.${question.id}.text`),
          answer: describeAnswerValue({ questionnaire, messages: questionnaireMessages, questionId: question.id, value: answers[question.id] as TAnswerValue }),
        })),
    })).filter((section) => section.answers.length > 0),
  };
}
