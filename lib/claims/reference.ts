// Human claim references: CLM-<year>-<six digits>, counted per year of the report.

export function formatClaimReference(year: number, sequence: number): string {
  return `CLM-${year}-${String(sequence).padStart(6, '0')}`;
}

/** The number of a reference of the year, or null for another year's (or a malformed) one. */
export function parseClaimSequence(reference: string, year: number): number | null {
  const match = /^CLM-(\d{4})-(\d{6,})$/.exec(reference);
  return match && Number(match[1]) === year ? Number(match[2]) : null;
}
