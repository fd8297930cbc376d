// Result types of the Signet scoring model. Everything here is plain JSON: ids, numbers, strings.
// Texts are referenced by stable ids; their English and German wording lives in
// lib/i18n/messages/<locale>/scoring.json (and questionnaire.json for questions and sections).
import type { TAnswerIssue, TAnswers, TAnswerValue } from '@/lib/questionnaire';
import type { TLossModelInput, TLossResult } from '@/lib/scoring/loss';

export type TScoringMode = 'preview' | 'final';
export type TSeverity = 'critical' | 'high' | 'medium' | 'low';
export type TGrade = 'A' | 'B' | 'C' | 'D' | 'E';
export type TEffort = 'low' | 'medium' | 'high';

export type TScoreAssessmentInput = { questionnaireVersion: string; answers: unknown };

export type TScoreAssessmentOptions = {
  /** 'final' (default) needs every visible required answer; 'preview' scores partial answers. */
  mode?: TScoringMode;
  /**
   * Monte-Carlo settings; `false` skips the simulation (the premium does not need it). Defaults:
   * 10,000 trials and the common-random-numbers seed of the model version and business profile.
   */
  loss?: { trials?: number; seed?: number } | false;
};

export type TScoringIssueCode = TAnswerIssue['code'] | 'unsupported_questionnaire_version' | 'invalid_option';
export type TScoringIssue = { questionId: string; code: TScoringIssueCode; message: string };

export type TCompleteness = {
  /** Visible required questions and how many of them are answered. */
  requiredVisible: number;
  requiredAnswered: number;
  /** 0..1; 1 when every visible required question is answered. */
  ratio: number;
  missingQuestionIds: string[];
};

export type TSectionScore = {
  sectionId: string;
  /** Share of the overall weighted mean, 0..1; the weights of all sections sum to 1. */
  weight: number;
  /** 0..100, HIGHER = STRONGER; null when no scored question of the section is answered (or weight 0). */
  score: number | null;
  scoredQuestions: number;
  /** Scored questions excluded because answered "not applicable" or hidden by an unrelated gate. */
  notApplicableQuestions: number;
};

export type TFindingTrigger = { questionId: string; answer: TAnswerValue };

export type TFinding = {
  /** Text: scoring.json findings.<id>.title / .explanation */
  id: string;
  severity: TSeverity;
  sectionId: string;
  triggers: TFindingTrigger[];
};

export type TGradeCapReason = 'critical_finding' | 'multiple_critical_findings' | 'master_key_exposure_severe';
export type TGradeCap = { grade: TGrade; reasons: TGradeCapReason[] };

export type TMasterKeyLevel = 'low' | 'moderate' | 'high' | 'severe';
/**
 * 'forgery' and 'replay' (since signet-scoring@2.0.0) split what 1.x called 'persistence'; 'floor':
 * a pattern floor (Storm-0558, Golden SAML), whose points are score points it adds to the formula.
 */
export type TMasterKeyDriverGroup = 'reach' | 'forgery' | 'replay' | 'persistence' | 'detection' | 'floor';

export type TMasterKeyDriver = {
  /** Text: scoring.json masterKey.drivers.<id> */
  id: string;
  group: TMasterKeyDriverGroup;
  /**
   * Share of its group's 0..100 scale that this driver contributes (detection: share of the gap;
   * floor: exposure score points added by the Storm-0558 floor).
   */
  points: number;
  questionIds: string[];
};

export type TMasterKeyExposure = {
  /** 0..100, HIGHER = MORE EXPOSED (the opposite direction of the risk score). */
  score: number;
  level: TMasterKeyLevel;
  /** What a valid identity-provider token opens (mail, SSO apps, data), 0..100. */
  reach: number;
  /** How easily a token is forged, replayed or kept alive, 0..100: forgery and replay combined. */
  persistence: number;
  /** How easily a token can be minted or is accepted from outside (issuer validation, own signer, nOAuth), 0..100. */
  forgery: number;
  /** How long a stolen token or session stays useful (lifetime, binding, admin endpoints), 0..100. */
  replay: number;
  /** How unlikely the client notices misuse, 0..100 (100 = blind). */
  detectionGap: number;
  drivers: TMasterKeyDriver[];
};

export type TRiskAssessment = {
  /** 0..100, HIGHER = STRONGER. Uncapped: caps act on the grade only, so improvements stay visible. */
  score: number;
  direction: 'higher_is_stronger';
  grade: TGrade;
  /** The grade the score alone would give, before knock-out caps. */
  uncappedGrade: TGrade;
  gradeCap: TGradeCap | null;
  /** Points deducted for "don't know" on critical items (worse than "no"). */
  dontKnowPenalty: number;
  sections: TSectionScore[];
  findings: TFinding[];
  masterKeyExposure: TMasterKeyExposure;
};

/**
 * The risk stage as returned by scoreAssessment: the assessment plus whether its grade is provisional.
 * (TRiskAssessment itself is also the shape of the re-scoring core, which knows nothing of modes.)
 */
export type TRiskStage = TRiskAssessment & {
  /**
   * True only in preview while visible required (or critical) answers are missing: the score and grade
   * cover the answered questions only and may change as answers arrive. Always false in final mode.
   */
  provisional: boolean;
};

export type TRecommendation = {
  /** Text: scoring.json controls.<id>.title / .description */
  id: string;
  rank: number;
  sectionId: string;
  effort: TEffort;
  /**
   * Score points gained when the answers are re-scored with this control in place (never typed by
   * hand), measured before the score is clamped to 0..100: a score stuck at 0 still shows what each
   * control is worth. scoreAfter is the clamped score.
   */
  uplift: number;
  scoreAfter: number;
  gradeAfter: TGrade;
  masterKeyExposureReduction: number;
  claimsReadinessUplift: number;
  /** Expected annual loss it avoids, whole EUR (closed form of the loss model); null without a business profile. */
  expectedLossReductionEur: number | null;
  /** The insurability the answers would get with the control in place. */
  insurabilityAfter: TInsurability;
  resolvesFindingIds: string[];
  /** True when it removes a critical (knock-out) finding: these come first. */
  resolvesKnockOut: boolean;
  /** The answers the control changes, with the values assumed after it is in place. */
  changes: Array<{ questionId: string; from: TAnswerValue; to: TAnswerValue }>;
};

/** Best to worst. 'accept_with_conditions' (since 2.0.0): accepted subject to conditions with due dates. */
export type TInsurability = 'accept' | 'accept_with_conditions' | 'refer' | 'decline';
export type TInsurabilityReason = { id: string; outcome: 'refer' | 'decline' };

export type TLimitBandId = 'limit_up_to_1m' | 'limit_1m_to_2m' | 'limit_2m_to_5m' | 'limit_5m_to_10m' | 'limit_10m_to_25m' | 'limit_25m_to_50m';
export type TRetentionBandId =
  | 'retention_1k_to_2_5k'
  | 'retention_2_5k_to_5k'
  | 'retention_5k_to_10k'
  | 'retention_10k_to_25k'
  | 'retention_25k_to_50k'
  | 'retention_50k_to_100k'
  | 'retention_100k_to_250k';

export type TMoneyBand = { id: string; minEur: number; maxEur: number };
export type TLimitBand = TMoneyBand & { id: TLimitBandId; basis: string[] };
export type TRetentionBand = TMoneyBand & { id: TRetentionBandId };

export type TRatingFactor = {
  /** Text: scoring.json ratingFactors.<id>. */
  id: string;
  /** The answer, band, score or count the factor is read from. */
  questionId?: string;
  sectionId?: string;
  input: string | number | null;
  factor: number;
};

/**
 * The premium indication, priced from the model's own loss distribution (since 2.0.0):
 *   amountEur = round(layerExpectedLossEur × Π factors)
 * where the layer is the insured part of each loss: above the retention, up to the limit. The factors
 * are the loadings (expenses and capital; uncertainty for "don't know" answers), so
 * amountEur / layerExpectedLossEur stays within PREMIUM_TO_LAYER_LOSS_BAND whatever the grade.
 */
export type TPremiumIndication = {
  isIndication: true;
  currency: 'EUR';
  /** Whole EUR per year. */
  amountEur: number;
  rangeEur: { low: number; high: number };
  /** Expected annual loss in the layer (closed form of the loss model), whole EUR. */
  layerExpectedLossEur: number;
  /** amountEur / layerExpectedLossEur, 3 decimals (within the documented band). */
  premiumToLayerLossRatio: number;
  /** The limit priced: the requested one when given ('requested'), else the suggested one ('suggested'). */
  limitEur: number;
  limitBasis: 'requested' | 'suggested';
  /** The band the priced limit falls in. */
  limitBandId: TLimitBandId;
  /** The standard retention by revenue band (a retention raised for grade D/E earns no credit). */
  retentionEur: number;
  retentionBandId: TRetentionBandId;
  /** The loadings on the layer loss (ratingFactors.<id>: expense_and_capital_loading, uncertainty_loading). */
  factors: TRatingFactor[];
};

/**
 * A condition of cover. dueDays null: before binding (a subjectivity). A number: within that many
 * days after binding (a condition of an acceptance with conditions, since 2.0.0).
 */
export type TSubjectivity = { id: string; findingIds: string[]; controlId: string | null; dueDays: number | null };

export type TMonitoringPlan = {
  intervalMonths: number;
  reverifyQuestionIds: string[];
  triggers: string[];
  dueDates: Array<{ id: string; date: string; basedOnQuestionId: string }>;
};

type TInsuranceIndicationCommon = {
  reasons: TInsurabilityReason[];
  /** false when the simulated 1-in-100 annual loss exceeds the suggested limit; null without simulation. */
  limitCoversLossP99: boolean | null;
  subjectivities: TSubjectivity[];
  /** Providers the insured depends on, for accumulation (single-point-of-failure) studies. */
  accumulationTags: string[];
};

/**
 * Every answer the indication reads is present (always the case in final mode). A declined risk
 * shows no premium; every other outcome is priced.
 */
export type TFinalInsuranceIndication = TInsuranceIndicationCommon & {
  provisional: false;
  /** Advice: the limit the revenue and records suggest (the premium prices the requested limit when given). */
  suggestedLimit: TLimitBand;
  /** The suggested retention: by revenue band, one band higher for grade D/E (priced without credit). */
  retention: TRetentionBand;
} & ({ insurability: Exclude<TInsurability, 'decline'>; premium: TPremiumIndication } | { insurability: 'decline'; premium: null });

/**
 * Preview with answers missing: never 'accept' (the reasons include `incomplete_answers`), and no
 * premium figure at all (unanswered sections count as neutral, so it would be too low).
 */
export type TProvisionalInsuranceIndication = TInsuranceIndicationCommon & {
  provisional: true;
  insurability: 'refer' | 'decline';
  /** The questions to answer before the indication is final (never empty). */
  pendingQuestionIds: [string, ...string[]];
  suggestedLimit: TLimitBand | null;
  retention: TRetentionBand | null;
  premium: null;
};

export type TInsuranceIndication = TFinalInsuranceIndication | TProvisionalInsuranceIndication;

export type TProtection = {
  recommendations: TRecommendation[];
  insurance: TInsuranceIndication;
  monitoring: TMonitoringPlan;
};

export type TPlaybookPhase = 'mobilise' | 'preserve' | 'investigate' | 'contain' | 'eradicate' | 'recover' | 'notify' | 'review';
export type TOwnerRole =
  | 'incident_lead'
  | 'legal_counsel'
  | 'security_operations'
  | 'identity_admin'
  | 'application_owner'
  | 'data_protection_officer'
  | 'communications'
  | 'management';

export type TPlaybookStep = {
  /** Text: scoring.json playbook.steps.<id>.title / .description */
  id: string;
  order: number;
  phase: TPlaybookPhase;
  ownerRole: TOwnerRole;
  logIds: string[];
  contactIds: string[];
  deadlineIds: string[];
  /** True when waiting risks losing evidence (short log retention). */
  urgent: boolean;
};

export type TContact = {
  id: string;
  kind: 'insurer' | 'breach_counsel' | 'forensics' | 'idp_vendor' | 'service_provider' | 'authority';
};

/**
 * What a deadline's hours count from: becoming aware of the incident, classifying it (DORA: as major),
 * or the previous report of the same regime (DORA intermediate and final, NIS2 final report).
 */
export type TDeadlineReference = 'awareness' | 'classification' | 'previous_report';

export type TDeadline = {
  id: string;
  /** Hours from `from`; null where the law says "without undue delay" or the policy decides. */
  hours: number | null;
  from: TDeadlineReference;
  /** Who is notified; null when the addressees are the affected people themselves. */
  contactId: string | null;
};

export type TEvidenceStatus = 'ready' | 'at_risk' | 'missing' | 'during_incident';
export type TEvidenceItem = { id: string; status: TEvidenceStatus; questionIds: string[] };

export type TClaimsSupport = {
  /** 0..100, higher = better prepared to notify, preserve evidence and recover. */
  readinessScore: number | null;
  playbook: {
    steps: TPlaybookStep[];
    contacts: TContact[];
    deadlines: TDeadline[];
    logs: Array<{ id: string; provider: string }>;
    /** Known gaps that will limit the investigation (e.g. mail access not logged). */
    limitations: string[];
  };
  evidenceChecklist: TEvidenceItem[];
};

export type TLossScenarioMapping = {
  id: string;
  controlStrength: number;
  vulnerabilityMultiplier: number;
  threatMultiplier: number;
  historyMultiplier: number;
  /** (users / 250)^0.4 (since 2.0.0; 1 for the provider-driven outage). */
  identitiesMultiplier: number;
  magnitudeMultiplier: number;
};

export type TLossSection = {
  modelVersion: string;
  seed: number;
  trials: number;
  input: TLossModelInput;
  mapping: TLossScenarioMapping[];
  /** The exact expectation of the same model (closed form), whole EUR: what the ALE estimates. */
  expectedAnnualLossEur: number;
  result: TLossResult;
};

type TScoringResultCommon = {
  modelVersion: string;
  questionnaireVersion: string;
  /** The seed the loss simulation uses (or would use) — store it with the result to reproduce it. */
  lossSeed: number;
  completeness: TCompleteness;
  /** The validated answers the result was computed from (hidden answers dropped). */
  answers: TAnswers;
  /** Answered questions that the visibility rules hide: dropped, never scored (warn about them). */
  droppedHiddenQuestionIds: string[];
  claims: TClaimsSupport;
  /** null when skipped (`loss: false`) or when the business profile is incomplete (preview). */
  loss: TLossSection | null;
  lossSkippedReason: 'disabled' | 'business_profile_incomplete' | null;
};

/** Final mode: every visible required answer is given, so neither the grade nor the indication is provisional. */
export type TFinalScoringResult = TScoringResultCommon & {
  mode: 'final';
  risk: TRiskStage & { provisional: false };
  protection: TProtection & { insurance: TFinalInsuranceIndication };
};

/** Preview mode: partial answers; provisional while answers are missing. */
export type TPreviewScoringResult = TScoringResultCommon & {
  mode: 'preview';
  risk: TRiskStage;
  protection: TProtection;
};

/** Discriminated on `mode`: narrowing to 'final' gives a final, priced indication. */
export type TScoringResult = TFinalScoringResult | TPreviewScoringResult;

export type TScoreAssessmentResult = { ok: true; result: TScoringResult } | { ok: false; issues: TScoringIssue[] };
