/**
 * Version of the scoring model (tables, weights, formulas, rating factors, loss mapping). Stored with
 * every result; any change that can alter a result for the same answers bumps it (patch: texts only
 * never need a bump because texts are not part of results).
 */
export const SCORING_MODEL_VERSION = 'signet-scoring@2.0.0';

/**
 * Questionnaire versions this model can score. @1 stays scorable (stored drafts and snapshots name
 * it): the questions @2 added are simply not asked there, as if unanswered.
 */
export const SUPPORTED_QUESTIONNAIRE_VERSIONS: readonly string[] = ['idp-exposure@1', 'idp-exposure@2'];
