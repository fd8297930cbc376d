// Deadlines of a quote and its subjectivities, flagged alike in the broker's and the underwriter's
// views. Pure: dates are 'YYYY-MM-DD' calendar days; `today` comes from the server (todayIsoDate).

/** A quote can be bound up to and including its last valid day. */
export function isQuoteExpired(options: { status: string; validUntil: string | null; today: string }): boolean {
  return options.status === 'QUOTED' && options.validUntil !== null && options.validUntil < options.today;
}

/** An open subjectivity past its due date (a fulfilled one waits for the underwriter, not the broker). */
export function isSubjectivityOverdue(options: { status: string; dueDate: string; today: string }): boolean {
  return options.status === 'OPEN' && options.dueDate < options.today;
}

/** 'YYYY-MM-DD' of a DATE column (stored at UTC midnight). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
