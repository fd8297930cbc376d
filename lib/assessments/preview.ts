// The live preview beside the questionnaire: the scoring library in preview mode on the answers so
// far (provisional, no premium, no loss simulation), cut down to what the panel shows, with the
// texts it needs in the reader's language.
import { getQuestionnaire, pruneHiddenAnswers, type TAnswers } from '../questionnaire';
import type { TLocale } from '../i18n/config';
import { getMessages } from '../i18n/messages';
import { lookupMessage, scoreAssessment, type TSeverity } from '../scoring';

const SEVERITY_ORDER: readonly TSeverity[] = ['critical', 'high', 'medium', 'low'];
const TOP_FINDINGS = 5;

export type TPreview = {
  provisional: boolean;
  score: number;
  grade: string;
  uncappedGrade: string;
  gradeLabel: string;
  sections: Array<{ sectionId: string; score: number | null }>;
  masterKey: { score: number; level: string; levelLabel: string };
  findingCounts: Record<TSeverity, number>;
  topFindings: Array<{ id: string; severity: TSeverity; title: string }>;
  completeness: { requiredVisible: number; requiredAnswered: number; missingQuestionIds: string[] };
};

/** Null when the questionnaire version cannot be scored (never for an assessment the app created). */
export function buildPreview(questionnaireVersion: string, answers: TAnswers, locale: TLocale): TPreview | null {
  const questionnaire = getQuestionnaire(questionnaireVersion);
  if (!questionnaire) return null;
  const scored = scoreAssessment({ questionnaireVersion, answers: pruneHiddenAnswers(questionnaire, answers) }, { mode: 'preview', loss: false });
  if (!scored.ok) return null;
  const { risk, completeness } = scored.result;
  const messages = getMessages(locale).scoring as Parameters<typeof lookupMessage>[0];
  const t = (key: string) => lookupMessage(messages, key);
  const findings = [...risk.findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  const findingCounts = Object.fromEntries(SEVERITY_ORDER.map((severity) => [severity, findings.filter((f) => f.severity === severity).length])) as Record<TSeverity, number>;
  return {
    provisional: risk.provisional,
    score: risk.score,
    grade: risk.grade,
    uncappedGrade: risk.uncappedGrade,
    gradeLabel: t(`grades.${risk.grade}.label`),
    sections: risk.sections.filter((section) => section.weight > 0).map((section) => ({ sectionId: section.sectionId, score: section.score })),
    masterKey: { score: risk.masterKeyExposure.score, level: risk.masterKeyExposure.level, levelLabel: t(`masterKey.levels.${risk.masterKeyExposure.level}`) },
    findingCounts,
    topFindings: findings.slice(0, TOP_FINDINGS).map((finding) => ({ id: finding.id, severity: finding.severity, title: t(`findings.${finding.id}.title`) })),
    completeness: { requiredVisible: completeness.requiredVisible, requiredAnswered: completeness.requiredAnswered, missingQuestionIds: completeness.missingQuestionIds },
  };
}
