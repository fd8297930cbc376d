// What a submission freezes: the visible answers, the versions of questionnaire and scoring model,
// the full final result, its headline figures and a digest of it all. Pure (no database): the submit
// action and the demo seed build snapshots the same way.
import { canonicalJson, sha256Hex } from '../canonical-json';
import type { TAnswers } from '../questionnaire';
import { scoreAssessment, type TFinalScoringResult } from '../scoring';

export type TFrozenResult = {
  questionnaireVersion: string;
  modelVersion: string;
  answers: TAnswers;
  result: TFinalScoringResult;
  digest: string;
  score: number;
  grade: string;
  masterKeyExposure: number;
};

/** The digest stored with a snapshot: SHA-256 of the canonical JSON of what was submitted. */
export function snapshotDigest(content: { questionnaireVersion: string; modelVersion: string; answers: unknown; result: unknown }): string {
  return sha256Hex(canonicalJson(content));
}

/** Scores complete answers in final mode and freezes the result; throws if they are not complete (callers validate first). */
export function freezeResult(questionnaireVersion: string, answers: TAnswers): TFrozenResult {
  const scored = scoreAssessment({ questionnaireVersion, answers }, { mode: 'final' });
  if (!scored.ok) throw new Error(`Scoring a complete assessment failed: ${JSON.stringify(scored.issues)}`);
  if (scored.result.mode !== 'final') throw new Error('A submitted result must be final.');
  const result = scored.result;
  const content = { questionnaireVersion: result.questionnaireVersion, modelVersion: result.modelVersion, answers: result.answers, result };
  return {
    ...content,
    digest: snapshotDigest(content),
    score: result.risk.score,
    grade: result.risk.grade,
    masterKeyExposure: result.risk.masterKeyExposure.score,
  };
}
