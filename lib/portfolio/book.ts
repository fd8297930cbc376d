// Which submissions make up an insurer's book, for the portfolio dashboard and the master-key
// scenario. Pure: the queries turn these lists into SQL, the pages into labels.
//
// - The book is written and offered business: BOUND (cover in force) and QUOTED while the quote is
//   still valid (the insured can bind it at any time, so the insurer already carries the limit; an
//   expired quote can no longer be bound and drops out). Declined, not taken up and withdrawn
//   submissions never count.
// - The pipeline (SUBMITTED, IN_REVIEW, INFO_REQUESTED) is shown as a count on the dashboard and
//   can be added to the scenario ('book_and_pipeline'), with the requested limit where no quote
//   exists yet: "what would this event cost if we wrote everything on the desk".
import type { SubmissionStatus } from '../db/generated/enums';
import { SCENARIO_PROVIDERS, type TScenarioProvider } from '../placement/submission-facts';

export const BOOK_STATUSES = ['BOUND', 'QUOTED'] as const satisfies readonly SubmissionStatus[];
export const PIPELINE_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED'] as const satisfies readonly SubmissionStatus[];

export const SCENARIO_SCOPES = ['book', 'book_and_pipeline'] as const;
export type TScenarioScope = (typeof SCENARIO_SCOPES)[number];

/** The grades in order, so a chart shows empty grades too. */
export const PORTFOLIO_GRADES = ['A', 'B', 'C', 'D', 'E'] as const;

export function isScenarioProvider(value: unknown): value is TScenarioProvider {
  return typeof value === 'string' && (SCENARIO_PROVIDERS as readonly string[]).includes(value);
}
