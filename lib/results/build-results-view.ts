// The results of a submitted assessment as a reader sees them: the frozen result of the scoring
// model, with every text it refers to resolved in one language, the answers behind each finding in
// words, and the groupings and orders the page (and, later, the PDF report) present. Pure and
// framework-free: plain data in, plain data out. Numbers stay numbers (the renderer formats them for
// its locale); nothing here scores, ranks or prices again — that is the scoring model's work, done
// once when the assessment was submitted.
import { getMessages } from '@/lib/i18n/messages';
import { getQuestion, type TAnswerValue, type TQuestionnaire } from '@/lib/questionnaire';
import {
  addMonths,
  localizeScoringResult,
  lookupMessage,
  type TDeadlineReference,
  type TEffort,
  type TEvidenceStatus,
  type TFinalScoringResult,
  type TGrade,
  type TInsurability,
  type TLocale,
  type TMasterKeyDriverGroup,
  type TMasterKeyLevel,
  type TPlaybookPhase,
  type TPremiumIndication,
  type TRatingFactor,
  type TSeverity,
} from '@/lib/scoring';

type TMessageTree = Parameters<typeof lookupMessage>[0];

/** The base-rate fields of premiums frozen by models before 2.0.0 (not in today's types, still in stored snapshots). */
type TLegacyPremiumBasis = {
  baseRateEur: number;
  baseRateBasis: { questionId: string; input: string; baseLimitEur: number; baseRetentionEur: number };
};

/** An answer in words: option labels for choice questions, a typed value the renderer formats otherwise. */
export type TAnswerDisplay =
  | { kind: 'options'; labels: string[] }
  | { kind: 'number'; value: number }
  | { kind: 'percent'; value: number }
  | { kind: 'date'; value: string }
  | { kind: 'text'; text: string };

export type TAnswerBehind = { questionId: string; question: string; answer: TAnswerDisplay };

export type TFindingView = {
  id: string;
  severity: TSeverity;
  title: string;
  explanation: string;
  sectionTitle: string;
  answers: TAnswerBehind[];
};

export type TSectionView = { id: string; title: string; weight: number; score: number | null; scoredQuestions: number; notApplicableQuestions: number };

export type TMasterKeyDriverView = { id: string; label: string; points: number };
export type TMasterKeyGroupView = {
  group: TMasterKeyDriverGroup;
  label: string;
  /** The group's 0..100 component (reach, persistence, detection gap); null for the Storm-0558 floor. */
  value: number | null;
  drivers: TMasterKeyDriverView[];
};

export type TLossView = {
  modelVersion: string;
  trials: number;
  seed: number;
  annualExpectedLoss: number;
  p50: number;
  /** 1-in-10 year annual loss. */
  p90: number;
  p95: number;
  /** 1-in-100 year annual loss. */
  p99: number;
  probabilityOfAnyLoss: number;
  /** P(annual loss ≥ loss), loss ascending. */
  exceedanceCurve: Array<{ loss: number; probability: number }>;
  scenarios: Array<{ id: string; title: string; description: string; annualExpectedLoss: number; meanEventsPerYear: number }>;
  disclaimer: string;
};

export type TRecommendationView = {
  id: string;
  rank: number;
  title: string;
  description: string;
  effort: TEffort;
  effortLabel: string;
  sectionTitle: string;
  uplift: number;
  scoreAfter: number;
  gradeAfter: TGrade;
  masterKeyExposureReduction: number;
  claimsReadinessUplift: number;
  resolvesKnockOut: boolean;
  resolvedFindings: Array<{ id: string; title: string; severity: TSeverity | null }>;
};

/** `sectionId` when the factor is a section's modifier: its input is that section's score. */
export type TRatingFactorView = { id: string; label: string; sectionId: string | null; input: TAnswerDisplay | null; factor: number };

/**
 * What the premium is built on. Model 2.0.0 prices the expected loss of the insured layer with
 * loadings; snapshots frozen by earlier models (1.x) carry a base rate by revenue band instead.
 * Both stay readable: a stored result is shown as it was computed.
 */
export type TPremiumBaseView =
  | { kind: 'layerLoss'; layerExpectedLossEur: number; limitEur: number; limitBasis: 'requested' | 'suggested'; retentionEur: number; premiumToLayerLossRatio: number }
  | { kind: 'baseRate'; label: string; input: TAnswerDisplay; baseRateEur: number; baseLimitEur: number; baseRetentionEur: number };

export type TPremiumView = { amountEur: number; lowEur: number; highEur: number; base: TPremiumBaseView; factors: TRatingFactorView[] };

export type TInsuranceView = {
  insurability: TInsurability;
  outcomeLabel: string;
  reasons: Array<{ id: string; outcome: 'refer' | 'decline'; text: string }>;
  suggestedLimit: { label: string; minEur: number; maxEur: number };
  /** The retention the insurer would impose (one band higher for grade D/E). */
  retention: { label: string; minEur: number; maxEur: number };
  /** The standard retention for the revenue band, which the premium is priced for. */
  standardRetentionLabel: string;
  isRetentionRaised: boolean;
  limitCoversLossP99: boolean | null;
  /** Null when the risk is declined (no premium since model 2.0.0). */
  premium: TPremiumView | null;
  premiumDisclaimer: string;
  /** dueDays null: before binding; a number: within that many days after binding (acceptance with conditions). */
  subjectivities: Array<{ id: string; text: string; dueDays: number | null }>;
  accumulationTags: string[];
};

export type TMonitoringView = {
  intervalMonths: number;
  /** The submission date plus the interval, 'YYYY-MM-DD'. */
  nextReassessmentOn: string;
  dueDates: Array<{ id: string; label: string; date: string }>;
  triggers: string[];
  reverifyQuestions: string[];
};

export type TPlaybookStepView = {
  order: number;
  id: string;
  title: string;
  description: string;
  phase: TPlaybookPhase;
  phaseLabel: string;
  ownerRole: string;
  urgent: boolean;
  logs: string[];
  contacts: string[];
  deadlines: string[];
};

export type TDeadlineView = { id: string; label: string; hours: number | null; from: TDeadlineReference; contact: string | null };

export type TEvidenceGroupView = { status: TEvidenceStatus; label: string; items: Array<{ id: string; text: string }> };

export type TResultsView = {
  modelVersion: string;
  questionnaireVersion: string;
  risk: {
    score: number;
    grade: TGrade;
    gradeLabel: string;
    gradeDescription: string;
    uncappedGrade: TGrade;
    /** The knock-out cap; `isBinding` when it made the grade worse than the score alone would. */
    gradeCap: { grade: TGrade; reasons: string[]; isBinding: boolean } | null;
    dontKnowPenalty: number;
    scoreDirection: string;
    gradeThresholds: string;
    sections: TSectionView[];
    findingCounts: Record<TSeverity, number>;
    findingGroups: Array<{ severity: TSeverity; label: string; findings: TFindingView[] }>;
    masterKey: {
      score: number;
      level: TMasterKeyLevel;
      levelLabel: string;
      direction: string;
      reach: number;
      persistence: number;
      detectionGap: number;
      groups: TMasterKeyGroupView[];
    };
    loss: TLossView | null;
  };
  protection: {
    scoreBefore: number;
    gradeBefore: TGrade;
    recommendations: TRecommendationView[];
    insurance: TInsuranceView;
    monitoring: TMonitoringView;
  };
  claims: {
    readinessScore: number | null;
    steps: TPlaybookStepView[];
    deadlines: TDeadlineView[];
    contacts: Array<{ id: string; label: string }>;
    logsByProvider: Array<{ provider: string; label: string; logs: string[] }>;
    limitations: string[];
    evidence: TEvidenceGroupView[];
  };
};

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low'] as const satisfies readonly TSeverity[];
// Models before 2.0.0 had one persistence component; 2.0.0 splits it into forgery and replay.
const MASTER_KEY_GROUP_ORDER = ['reach', 'forgery', 'replay', 'persistence', 'detection', 'floor'] as const satisfies readonly TMasterKeyDriverGroup[];
const EVIDENCE_STATUS_ORDER = ['missing', 'at_risk', 'ready', 'during_incident'] as const satisfies readonly TEvidenceStatus[];

export type TBuildResultsViewInput = {
  result: TFinalScoringResult;
  locale: TLocale;
  /** The definition of the questionnaire version the result was scored with. */
  questionnaire: TQuestionnaire;
  /** The submission's calendar date, 'YYYY-MM-DD': the next reassessment is counted from it. */
  submittedOn: string;
};

export function buildResultsView(input: TBuildResultsViewInput): TResultsView {
  const { result, locale, questionnaire, submittedOn } = input;
  const { texts } = localizeScoringResult(result, locale, questionnaire);
  const catalog = getMessages(locale);
  const questionnaireMessages = catalog.questionnaire as TMessageTree;
  const scoringMessages = catalog.scoring as TMessageTree;
  const questionText = (questionId: string) => texts.questions[questionId] ?? lookupMessage(questionnaireMessages, `questions.${questionId}.text`);
  const describeAnswer = (questionId: string, value: TAnswerValue) => describeAnswerValue({ questionnaire, messages: questionnaireMessages, questionId, value });
  const { risk, protection, claims } = result;
  const severityById = new Map(risk.findings.map((finding) => [finding.id, finding.severity]));

  const findingGroups = SEVERITY_ORDER.map((severity) => ({
    severity,
    label: lookupMessage(scoringMessages, `severities.${severity}`),
    findings: risk.findings
      .filter((finding) => finding.severity === severity)
      .map((finding) => ({
        id: finding.id,
        severity: finding.severity,
        title: texts.findings[finding.id]!.title,
        explanation: texts.findings[finding.id]!.explanation,
        sectionTitle: texts.sections[finding.sectionId] ?? finding.sectionId,
        answers: finding.triggers.map((trigger) => ({ questionId: trigger.questionId, question: questionText(trigger.questionId), answer: describeAnswer(trigger.questionId, trigger.answer) })),
      })),
  })).filter((group) => group.findings.length > 0);

  const exposure = risk.masterKeyExposure;
  const isSplit = typeof exposure.forgery === 'number';
  const componentValue: Record<TMasterKeyDriverGroup, number | null> = {
    reach: exposure.reach,
    forgery: isSplit ? exposure.forgery : null,
    replay: isSplit ? exposure.replay : null,
    persistence: isSplit ? null : exposure.persistence,
    detection: exposure.detectionGap,
    floor: null,
  };
  const masterKeyGroups = MASTER_KEY_GROUP_ORDER.map((group) => ({
    group,
    label: texts.masterKey.groups[group]!,
    value: componentValue[group],
    drivers: exposure.drivers
      .filter((driver) => driver.group === group)
      .sort((a, b) => b.points - a.points)
      .map((driver) => ({ id: driver.id, label: texts.masterKey.drivers[driver.id]!, points: driver.points })),
  })).filter((group) => group.value !== null || group.drivers.length > 0);

  const insurance = protection.insurance;
  const premium: (TPremiumIndication & Partial<TLegacyPremiumBasis>) | null = insurance.premium;
  const standardRetentionBandId = premium?.retentionBandId ?? insurance.retention.id;
  const premiumBase = (indication: TPremiumIndication & Partial<TLegacyPremiumBasis>): TPremiumBaseView =>
    indication.baseRateBasis && indication.baseRateEur !== undefined
      ? {
          kind: 'baseRate',
          label: texts.ratingFactors.base_rate ?? lookupMessage(scoringMessages, 'ratingFactors.base_rate'),
          input: describeAnswer(indication.baseRateBasis.questionId, indication.baseRateBasis.input),
          baseRateEur: indication.baseRateEur,
          baseLimitEur: indication.baseRateBasis.baseLimitEur,
          baseRetentionEur: indication.baseRateBasis.baseRetentionEur,
        }
      : {
          kind: 'layerLoss',
          layerExpectedLossEur: indication.layerExpectedLossEur,
          limitEur: indication.limitEur,
          limitBasis: indication.limitBasis,
          retentionEur: indication.retentionEur,
          premiumToLayerLossRatio: indication.premiumToLayerLossRatio,
        };
  const describeFactorInput = (factor: TRatingFactor): TAnswerDisplay | null => {
    if (factor.input === null) return null;
    if (factor.questionId) return describeAnswer(factor.questionId, factor.input);
    if (typeof factor.input === 'number') return { kind: 'number', value: factor.input };
    if (factor.id === 'increased_limit') return { kind: 'text', text: lookupMessage(scoringMessages, `limitBands.${factor.input}`) };
    if (factor.id === 'retention_credit') return { kind: 'text', text: lookupMessage(scoringMessages, `retentionBands.${factor.input}`) };
    return { kind: 'text', text: factor.input };
  };

  const logLabel = (logId: string) => texts.playbook.logs[logId] ?? logId;
  const contactLabel = (contactId: string) => texts.playbook.contacts[contactId] ?? contactId;
  const deadlineLabel = (deadlineId: string) => texts.playbook.deadlines[deadlineId] ?? deadlineId;
  const providers = [...new Set(claims.playbook.logs.map((log) => log.provider))];

  return {
    modelVersion: result.modelVersion,
    questionnaireVersion: result.questionnaireVersion,
    risk: {
      score: risk.score,
      grade: risk.grade,
      gradeLabel: texts.grade.label,
      gradeDescription: texts.grade.description,
      uncappedGrade: risk.uncappedGrade,
      gradeCap: risk.gradeCap
        ? { grade: risk.gradeCap.grade, reasons: risk.gradeCap.reasons.map((reason) => texts.gradeCapReasons[reason]!), isBinding: risk.grade !== risk.uncappedGrade }
        : null,
      dontKnowPenalty: risk.dontKnowPenalty,
      scoreDirection: texts.labels.scoreDirection!,
      gradeThresholds: texts.labels.gradeThresholds!,
      // The business profile carries no weight and no score: it describes the insured.
      sections: risk.sections
        .filter((section) => section.weight > 0)
        .map((section) => ({ id: section.sectionId, title: texts.sections[section.sectionId] ?? section.sectionId, weight: section.weight, score: section.score, scoredQuestions: section.scoredQuestions, notApplicableQuestions: section.notApplicableQuestions })),
      findingCounts: Object.fromEntries(SEVERITY_ORDER.map((severity) => [severity, risk.findings.filter((finding) => finding.severity === severity).length])) as Record<TSeverity, number>,
      findingGroups,
      masterKey: {
        score: exposure.score,
        level: exposure.level,
        levelLabel: texts.masterKey.level,
        direction: texts.labels.masterKeyDirection!,
        reach: exposure.reach,
        persistence: exposure.persistence,
        detectionGap: exposure.detectionGap,
        groups: masterKeyGroups,
      },
      loss: result.loss
        ? {
            modelVersion: result.loss.result.modelVersion,
            trials: result.loss.result.trials,
            seed: result.loss.result.seed,
            annualExpectedLoss: result.loss.result.annualisedLossExpectancy,
            ...result.loss.result.percentiles,
            probabilityOfAnyLoss: result.loss.result.probabilityOfAnyLoss,
            exceedanceCurve: result.loss.result.exceedanceCurve.map((point) => ({ loss: point.loss, probability: point.probability })),
            scenarios: result.loss.result.byScenario.map((scenario) => ({
              id: scenario.id,
              title: texts.lossScenarios[scenario.id]?.title ?? scenario.id,
              description: texts.lossScenarios[scenario.id]?.description ?? '',
              annualExpectedLoss: scenario.annualisedLossExpectancy,
              meanEventsPerYear: scenario.meanEventsPerYear,
            })),
            disclaimer: texts.labels.lossDisclaimer!,
          }
        : null,
    },
    protection: {
      scoreBefore: risk.score,
      gradeBefore: risk.grade,
      recommendations: [...protection.recommendations]
        .sort((a, b) => a.rank - b.rank)
        .map((recommendation) => ({
          id: recommendation.id,
          rank: recommendation.rank,
          title: texts.recommendations[recommendation.id]!.title,
          description: texts.recommendations[recommendation.id]!.description,
          effort: recommendation.effort,
          effortLabel: lookupMessage(scoringMessages, `efforts.${recommendation.effort}`),
          sectionTitle: texts.sections[recommendation.sectionId] ?? recommendation.sectionId,
          uplift: recommendation.uplift,
          scoreAfter: recommendation.scoreAfter,
          gradeAfter: recommendation.gradeAfter,
          masterKeyExposureReduction: recommendation.masterKeyExposureReduction,
          claimsReadinessUplift: recommendation.claimsReadinessUplift,
          resolvesKnockOut: recommendation.resolvesKnockOut,
          resolvedFindings: recommendation.resolvesFindingIds.map((findingId) => ({
            id: findingId,
            title: texts.findings[findingId]?.title ?? lookupMessage(scoringMessages, `findings.${findingId}.title`),
            severity: severityById.get(findingId) ?? null,
          })),
        })),
      insurance: {
        insurability: insurance.insurability,
        outcomeLabel: texts.insurability.outcome,
        reasons: insurance.reasons.map((reason) => ({ id: reason.id, outcome: reason.outcome, text: texts.insurability.reasons[reason.id]! })),
        suggestedLimit: { label: texts.limitBand!, minEur: insurance.suggestedLimit.minEur, maxEur: insurance.suggestedLimit.maxEur },
        retention: { label: texts.retentionBand!, minEur: insurance.retention.minEur, maxEur: insurance.retention.maxEur },
        standardRetentionLabel: lookupMessage(scoringMessages, `retentionBands.${standardRetentionBandId}`),
        isRetentionRaised: insurance.retention.id !== standardRetentionBandId,
        limitCoversLossP99: insurance.limitCoversLossP99,
        premium: premium && {
          amountEur: premium.amountEur,
          lowEur: premium.rangeEur.low,
          highEur: premium.rangeEur.high,
          base: premiumBase(premium),
          factors: premium.factors.map((factor) => ({
            id: factor.id,
            label: texts.ratingFactors[factor.id] ?? factor.id,
            sectionId: factor.sectionId ?? null,
            input: describeFactorInput(factor),
            factor: factor.factor,
          })),
        },
        // The catalog's disclaimer describes today's pricing; a snapshot of an earlier model says how it was priced then.
        premiumDisclaimer: premium?.baseRateBasis ? lookupMessage(catalog.results as TMessageTree, 'insurance.legacyPremiumDisclaimer') : texts.labels.premiumDisclaimer!,
        subjectivities: insurance.subjectivities.map((subjectivity) => ({ id: subjectivity.id, text: texts.subjectivities[subjectivity.id]!, dueDays: subjectivity.dueDays ?? null })),
        accumulationTags: insurance.accumulationTags.map((tag) => texts.accumulationTags[tag] ?? tag),
      },
      monitoring: {
        intervalMonths: protection.monitoring.intervalMonths,
        nextReassessmentOn: addMonths(submittedOn, protection.monitoring.intervalMonths),
        dueDates: protection.monitoring.dueDates.map((due) => ({ id: due.id, label: texts.monitoring.dueDates[due.id]!, date: due.date })),
        triggers: protection.monitoring.triggers.map((trigger) => texts.monitoring.triggers[trigger]!),
        reverifyQuestions: protection.monitoring.reverifyQuestionIds.map(questionText),
      },
    },
    claims: {
      readinessScore: claims.readinessScore,
      steps: [...claims.playbook.steps]
        .sort((a, b) => a.order - b.order)
        .map((step) => {
          const stepTexts = texts.playbook.steps[step.id]!;
          return {
            order: step.order,
            id: step.id,
            title: stepTexts.title,
            description: stepTexts.description,
            phase: step.phase,
            phaseLabel: stepTexts.phase,
            ownerRole: stepTexts.ownerRole,
            urgent: step.urgent,
            logs: step.logIds.map(logLabel),
            contacts: step.contactIds.map(contactLabel),
            deadlines: step.deadlineIds.map(deadlineLabel),
          };
        }),
      deadlines: claims.playbook.deadlines.map((deadline) => ({
        id: deadline.id,
        label: deadlineLabel(deadline.id),
        hours: deadline.hours,
        from: deadline.from,
        contact: deadline.contactId ? contactLabel(deadline.contactId) : null,
      })),
      contacts: claims.playbook.contacts.map((contact) => ({ id: contact.id, label: contactLabel(contact.id) })),
      logsByProvider: providers.map((provider) => ({
        provider,
        label: texts.playbook.providers[provider] ?? provider,
        logs: claims.playbook.logs.filter((log) => log.provider === provider).map((log) => logLabel(log.id)),
      })),
      limitations: claims.playbook.limitations.map((limitation) => texts.playbook.limitations[limitation] ?? limitation),
      evidence: EVIDENCE_STATUS_ORDER.map((status) => ({
        status,
        label: lookupMessage(scoringMessages, `evidence.statuses.${status}`),
        items: claims.evidenceChecklist.filter((item) => item.status === status).map((item) => ({ id: item.id, text: texts.evidence[item.id]!.text })),
      })).filter((group) => group.items.length > 0),
    },
  };
}

/** An answer value in words, by the question's type: option labels, or a typed number/percentage/date. */
export function describeAnswerValue(options: { questionnaire: TQuestionnaire; messages: TMessageTree; questionId: string; value: TAnswerValue }): TAnswerDisplay {
  const { questionnaire, messages, questionId, value } = options;
  const question = getQuestion(questionnaire, questionId);
  const optionLabel = (optionId: string) => lookupMessage(messages, `questions.${questionId}.options.${optionId}`);
  switch (question?.type) {
    case 'yes_no':
    case 'single':
    case 'multi':
      return { kind: 'options', labels: (Array.isArray(value) ? value : [String(value)]).map(optionLabel) };
    case 'integer':
      return typeof value === 'number' ? { kind: 'number', value } : { kind: 'text', text: String(value) };
    case 'percentage':
      return typeof value === 'number' ? { kind: 'percent', value } : { kind: 'text', text: String(value) };
    case 'date':
      return typeof value === 'string' ? { kind: 'date', value } : { kind: 'text', text: String(value) };
    default:
      return { kind: 'text', text: Array.isArray(value) ? value.join(', ') : String(value) };
  }
}
