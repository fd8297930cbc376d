// Resolves the texts a result refers to, for consumers outside next-intl (CLI, PDF, API clients).
// The result itself stays language-free; this adds a `texts` dictionary keyed by the ids it uses.
import deQuestionnaire from '@/lib/i18n/messages/de/questionnaire.json';
import deScoring from '@/lib/i18n/messages/de/scoring.json';
import enQuestionnaire from '@/lib/i18n/messages/en/questionnaire.json';
import enScoring from '@/lib/i18n/messages/en/scoring.json';
import type { TQuestionnaire } from '@/lib/questionnaire';

import { MASTER_KEY_GROUP_IDS } from './text-keys';
import type { TScoringResult } from './types';

export const SUPPORTED_LOCALES = ['en', 'de'] as const;
export type TLocale = (typeof SUPPORTED_LOCALES)[number];

type TMessageTree = { readonly [key: string]: string | TMessageTree };

const SCORING_MESSAGES: Readonly<Record<TLocale, TMessageTree>> = { en: enScoring, de: deScoring };
const QUESTIONNAIRE_MESSAGES: Readonly<Record<TLocale, TMessageTree>> = { en: enQuestionnaire, de: deQuestionnaire };

export function isSupportedLocale(value: unknown): value is TLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

export function getScoringMessages(locale: TLocale): TMessageTree {
  return SCORING_MESSAGES[locale];
}

export function getQuestionnaireMessages(locale: TLocale): TMessageTree {
  return QUESTIONNAIRE_MESSAGES[locale];
}

/** The text at a dotted path (ids never contain dots), or the path itself when missing. */
export function lookupMessage(messages: TMessageTree, path: string): string {
  let node: string | TMessageTree | undefined = messages;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return path;
    node = node[part];
  }
  return typeof node === 'string' ? node : path;
}

export type TResultTexts = {
  labels: Record<string, string>;
  grade: { label: string; description: string };
  gradeCapReasons: Record<string, string>;
  sections: Record<string, string>;
  questions: Record<string, string>;
  findings: Record<string, { title: string; explanation: string; severity: string }>;
  masterKey: { level: string; drivers: Record<string, string>; groups: Record<string, string> };
  recommendations: Record<string, { title: string; description: string; effort: string }>;
  insurability: { outcome: string; reasons: Record<string, string> };
  /** The suggested limit band (advice). */
  limitBand: string | null;
  /** The limit band the premium prices (the requested limit when given). */
  pricedLimitBand: string | null;
  retentionBand: string | null;
  ratingFactors: Record<string, string>;
  subjectivities: Record<string, string>;
  accumulationTags: Record<string, string>;
  monitoring: { triggers: Record<string, string>; dueDates: Record<string, string> };
  playbook: {
    steps: Record<string, { title: string; description: string; phase: string; ownerRole: string }>;
    logs: Record<string, string>;
    providers: Record<string, string>;
    contacts: Record<string, string>;
    deadlines: Record<string, string>;
    limitations: Record<string, string>;
  };
  evidence: Record<string, { text: string; status: string }>;
  lossScenarios: Record<string, { title: string; description: string }>;
};

export type TLocalizedScoringResult = TScoringResult & { locale: TLocale; texts: TResultTexts };

/** The result plus every text it references, in one locale. */
export function localizeScoringResult(result: TScoringResult, locale: TLocale, questionnaire: TQuestionnaire): TLocalizedScoringResult {
  const scoring = getScoringMessages(locale);
  const questionnaireTexts = getQuestionnaireMessages(locale);
  const t = (path: string): string => lookupMessage(scoring, path);
  const map = <T>(ids: Iterable<string>, build: (id: string) => T): Record<string, T> => {
    const entries: Record<string, T> = {};
    for (const id of ids) entries[id] = build(id);
    return entries;
  };
  const { risk, protection, claims } = result;
  const questionIds = new Set<string>([
    ...risk.findings.flatMap((finding) => finding.triggers.map((trigger) => trigger.questionId)),
    ...protection.monitoring.reverifyQuestionIds,
    ...result.completeness.missingQuestionIds,
  ]);
  const labelIds = ['scoreDirection', 'masterKeyDirection', 'premiumDisclaimer', 'lossDisclaimer', 'gradeThresholds'];
  return {
    ...result,
    locale,
    texts: {
      labels: map(labelIds, (id) => t(`labels.${id}`)),
      grade: { label: t(`grades.${risk.grade}.label`), description: t(`grades.${risk.grade}.description`) },
      gradeCapReasons: map(risk.gradeCap?.reasons ?? [], (id) => t(`gradeCapReasons.${id}`)),
      sections: map(
        questionnaire.sections.map((section) => section.id),
        (id) => lookupMessage(questionnaireTexts, `sections.${id}.title`),
      ),
      questions: map(
        questionnaire.questions.filter((question) => questionIds.has(question.id)).map((question) => question.id),
        (id) => lookupMessage(questionnaireTexts, `questions.${id}.text`),
      ),
      findings: map(risk.findings.map((finding) => finding.id), (id) => ({
        title: t(`findings.${id}.title`),
        explanation: t(`findings.${id}.explanation`),
        severity: t(`severities.${risk.findings.find((finding) => finding.id === id)?.severity ?? 'low'}`),
      })),
      masterKey: {
        level: t(`masterKey.levels.${risk.masterKeyExposure.level}`),
        drivers: map(risk.masterKeyExposure.drivers.map((driver) => driver.id), (id) => t(`masterKey.drivers.${id}`)),
        groups: map(MASTER_KEY_GROUP_IDS, (id) => t(`masterKey.groups.${id}`)),
      },
      recommendations: map(protection.recommendations.map((recommendation) => recommendation.id), (id) => ({
        title: t(`controls.${id}.title`),
        description: t(`controls.${id}.description`),
        effort: t(`efforts.${protection.recommendations.find((recommendation) => recommendation.id === id)?.effort ?? 'low'}`),
      })),
      insurability: {
        outcome: t(`insurability.outcomes.${protection.insurance.insurability}`),
        reasons: map(protection.insurance.reasons.map((reason) => reason.id), (id) => t(`insurability.reasons.${id}`)),
      },
      limitBand: protection.insurance.suggestedLimit ? t(`limitBands.${protection.insurance.suggestedLimit.id}`) : null,
      pricedLimitBand: protection.insurance.premium ? t(`limitBands.${protection.insurance.premium.limitBandId}`) : null,
      retentionBand: protection.insurance.retention ? t(`retentionBands.${protection.insurance.retention.id}`) : null,
      ratingFactors: map(protection.insurance.premium?.factors.map((factor) => factor.id) ?? [], (id) => t(`ratingFactors.${id}`)),
      subjectivities: map(protection.insurance.subjectivities.map((entry) => entry.id), (id) => t(`subjectivities.${id}`)),
      accumulationTags: map(protection.insurance.accumulationTags, (id) => t(`accumulationTags.${id}`)),
      monitoring: {
        triggers: map(protection.monitoring.triggers, (id) => t(`monitoring.triggers.${id}`)),
        dueDates: map(protection.monitoring.dueDates.map((entry) => entry.id), (id) => t(`monitoring.dueDates.${id}`)),
      },
      playbook: {
        steps: map(claims.playbook.steps.map((step) => step.id), (id) => {
          const step = claims.playbook.steps.find((candidate) => candidate.id === id);
          return {
            title: t(`playbook.steps.${id}.title`),
            description: t(`playbook.steps.${id}.description`),
            phase: t(`playbook.phases.${step?.phase ?? 'mobilise'}`),
            ownerRole: t(`playbook.roles.${step?.ownerRole ?? 'incident_lead'}`),
          };
        }),
        logs: map(claims.playbook.logs.map((log) => log.id), (id) => t(`playbook.logs.${id}`)),
        providers: map(new Set(claims.playbook.logs.map((log) => log.provider)), (id) => t(`playbook.providers.${id}`)),
        contacts: map(claims.playbook.contacts.map((contact) => contact.id), (id) => t(`playbook.contacts.${id}`)),
        deadlines: map(claims.playbook.deadlines.map((deadline) => deadline.id), (id) => t(`playbook.deadlines.${id}`)),
        limitations: map(claims.playbook.limitations, (id) => t(`playbook.limitations.${id}`)),
      },
      evidence: map(claims.evidenceChecklist.map((item) => item.id), (id) => ({
        text: t(`evidence.items.${id}`),
        status: t(`evidence.statuses.${claims.evidenceChecklist.find((item) => item.id === id)?.status ?? 'missing'}`),
      })),
      lossScenarios: map(result.loss?.input.scenarios.map((scenario) => scenario.id) ?? [], (id) => ({
        title: t(`lossScenarios.${id}.title`),
        description: t(`lossScenarios.${id}.description`),
      })),
    },
  };
}

/** The question bank with its texts in one locale (for the CLI's --questionnaire --locale). */
export function localizeQuestionnaire(questionnaire: TQuestionnaire, locale: TLocale): unknown {
  const texts = getQuestionnaireMessages(locale);
  const t = (path: string): string => lookupMessage(texts, path);
  return {
    version: questionnaire.version,
    locale,
    sections: questionnaire.sections.map((section) => ({
      ...section,
      title: t(`sections.${section.id}.title`),
      description: t(`sections.${section.id}.description`),
    })),
    questions: questionnaire.questions.map((question) => ({
      ...question,
      text: t(`questions.${question.id}.text`),
      help: t(`questions.${question.id}.help`),
      ...('options' in question
        ? { options: question.options.map((option) => ({ ...option, text: t(`questions.${question.id}.options.${option.id}`) })) }
        : {}),
      // A number question that also takes "don't know" names that answer's text.
      ...(question.type !== 'date' && 'dontKnow' in question && question.dontKnow ? { dontKnowText: t(`questions.${question.id}.options.dont_know`) } : {}),
    })),
  };
}
