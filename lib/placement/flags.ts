// Deadlines of a quote and its subjectivities, flagged alike in the broker's and the underwriter's
// views. Pure: dates are 'YYYY-MM-DD' calendar days; `today` comes from the server (todayIsoDate).

/** A quote can be bound up to and including its last valid day (every quote has one: the quote action requires it). */
export function isQuoteExpired(options: { status: string; validUntil: string | null; today: string }): boolean {
  return options.status === 'QUOTED' && options.validUntil !== null && options.validUntil < options.today;
}

/**
 * Overdue means the broker owes it: still open after its due date. A fulfilled one waits for the
 * underwriter's review, not for the broker, and is not flagged. The queue counts with the same status.
 */
export const OVERDUE_SUBJECTIVITY_STATUS = 'OPEN';

export function isSubjectivityOverdue(options: { status: string; dueDate: string; today: string }): boolean {
  return options.status === OVERDUE_SUBJECTIVITY_STATUS && options.dueDate < options.today;
}
