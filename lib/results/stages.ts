// The three stages of the results page, shown one at a time (`?stage=protection`): plain links that
// work without JavaScript, and a document that carries only the stage it shows.

export const RESULTS_STAGES = ['risk', 'protection', 'claims'] as const;
export type TResultsStage = (typeof RESULTS_STAGES)[number];

/** The stage a `stage` search parameter names; the risk assessment for anything else (absent, repeated, unknown). */
export function parseResultsStage(value: string | string[] | undefined): TResultsStage {
  return (RESULTS_STAGES as readonly string[]).includes(value as string) ? (value as TResultsStage) : 'risk';
}

/** The URL of a stage of an assessment's results; the risk assessment is the page's default. */
export function resultsStageHref(assessmentId: string, stage: TResultsStage, anchor?: string): string {
  const base = `/assessments/${assessmentId}/results${stage === 'risk' ? '' : `?stage=${stage}`}`;
  return anchor ? `${base}#${anchor}` : base;
}
