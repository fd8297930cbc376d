// The PDF risk report as data: the results page's view model (lib/results/build-results-view.ts,
// the one implementation of what the results say, so the report's numbers are the page's), plus what
// only the report shows: the cover, the top findings of the summary, the terms an insurer decided
// (when the reader may see some) and the appendix of every question with its frozen answer. Pure:
// the renderer (render-report-pdf.tsx) only lays this out.
import { getMessages } from '@/lib/i18n/messages';
import { getQuestion, listVisibleQuestions, type TAnswers, type TQuestionnaire } from '@/lib/questionnaire';
import { lookupMessage, type TFinalScoringResult, type TLocale } from '@/lib/scoring';
import { buildResultsView, describeAnswerValue, type TAnswerDisplay, type TFindingView, type TResultsView } from '@/lib/results/build-results-view';
import type { TReportTerms } from './report-terms';
import { toWinAnsi } from './win-ansi';

type TMessageTree = Parameters<typeof lookupMessage>[0];

/** How many findings and recommendations the executive summary names. */
export const SUMMARY_FINDINGS = 5;
export const SUMMARY_RECOMMENDATIONS = 3;

export type TReportCover = {
  clientName: string;
  industry: string;
  country: string;
  brokerName: string;
  brokerageName: string;
  /** The insurers the reader may see the assessment placed with (an underwriter: their own). */
  insurerNames: string[];
  submittedAt: string;
  submittedByName: string | null;
  questionnaireVersion: string;
  modelVersion: string;
  lossModelVersion: string | null;
  snapshotDigest: string;
};

export type TAppendixQuestion = { id: string; number: number; text: string; answer: TAnswerDisplay | null; isAsked: boolean };
export type TAppendixSection = { id: string; title: string; questions: TAppendixQuestion[] };

export type TReportModel = {
  locale: TLocale;
  /** SHA-256 (hex) of the render input (report-hash.ts); the report ID is its first 12 characters. */
  contentHash: string;
  reportId: string;
  /** The newest fact the report shows (the submission, or the decision on the terms shown), ISO. */
  generatedAt: string;
  cover: TReportCover;
  view: TResultsView;
  topFindings: TFindingView[];
  /** Findings beyond the summary's top ones. */
  moreFindings: number;
  terms: TReportTerms | null;
  appendix: TAppendixSection[];
};

export type TBuildReportModelInput = {
  locale: TLocale;
  contentHash: string;
  questionnaire: TQuestionnaire;
  snapshot: { questionnaireVersion: string; modelVersion: string; digest: string; submittedAt: string; submittedByName: string | null; answers: TAnswers; result: TFinalScoringResult };
  /** The snapshot's calendar date where the app keeps its dates (Europe/Berlin), 'YYYY-MM-DD'. */
  submittedOn: string;
  company: { name: string; industry: string; country: string };
  brokerName: string;
  brokerageName: string;
  insurerNames: string[];
  terms: TReportTerms | null;
};

export function buildReportModel(input: TBuildReportModelInput): TReportModel {
  const { locale, questionnaire, snapshot, terms } = input;
  const view = buildResultsView({ result: snapshot.result, locale, questionnaire, submittedOn: input.submittedOn });
  const messages = getMessages(locale).questionnaire as TMessageTree;
  const findings = view.risk.findingGroups.flatMap((group) => group.findings);
  return {
    locale,
    contentHash: input.contentHash,
    reportId: input.contentHash.slice(0, 12),
    generatedAt: reportGeneratedAt(snapshot.submittedAt, terms),
    // What users typed is brought into the fonts' character set (win-ansi.ts); catalog texts are in it already.
    cover: {
      clientName: toWinAnsi(input.company.name),
      industry: lookupMessage(messages, `questions.bp_industry.options.${input.company.industry}`),
      country: input.company.country,
      brokerName: toWinAnsi(input.brokerName),
      brokerageName: toWinAnsi(input.brokerageName),
      insurerNames: input.insurerNames.map(toWinAnsi),
      submittedAt: snapshot.submittedAt,
      submittedByName: snapshot.submittedByName && toWinAnsi(snapshot.submittedByName),
      questionnaireVersion: snapshot.questionnaireVersion,
      modelVersion: snapshot.modelVersion,
      lossModelVersion: view.risk.loss?.modelVersion ?? null,
      snapshotDigest: snapshot.digest,
    },
    view,
    topFindings: findings.slice(0, SUMMARY_FINDINGS),
    moreFindings: Math.max(0, findings.length - SUMMARY_FINDINGS),
    terms: terms && { ...terms, insurerName: toWinAnsi(terms.insurerName), subjectivities: terms.subjectivities.map((subjectivity) => ({ ...subjectivity, text: toWinAnsi(subjectivity.text) })) },
    appendix: buildAppendix(questionnaire, snapshot.answers, messages),
  };
}

/** The report's "generated at": the newest fact it shows, so rendering the same input again gives the same document. */
export function reportGeneratedAt(submittedAt: string, terms: TReportTerms | null): string {
  return terms && terms.decidedAt > submittedAt ? terms.decidedAt : submittedAt;
}

function buildAppendix(questionnaire: TQuestionnaire, answers: TAnswers, messages: TMessageTree): TAppendixSection[] {
  const asked = new Set(listVisibleQuestions(questionnaire, answers).map((question) => question.id));
  let number = 0;
  return questionnaire.sections.map((section) => ({
    id: section.id,
    title: lookupMessage(messages, `sections.${section.id}.title`),
    questions: questionnaire.questions
      .filter((question) => question.sectionId === section.id)
      .map((question) => {
        const value = answers[question.id];
        number += 1;
        return {
          id: question.id,
          number,
          text: lookupMessage(messages, `questions.${question.id}.text`),
          answer: value === undefined || !getQuestion(questionnaire, question.id) ? null : describeAnswerValue({ questionnaire, messages, questionId: question.id, value }),
          isAsked: asked.has(question.id),
        };
      }),
  }));
}
