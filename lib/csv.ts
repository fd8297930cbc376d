// CSV downloads (the underwriting queue, the master-key scenario). Written with csv-stringify; every
// text cell that a spreadsheet would read as a formula (=, +, -, @, or a tab or carriage return first)
// is prefixed with an apostrophe (OWASP "CSV injection"), so an insured's name like `=HYPERLINK(...)`
// stays text. Numbers stay numbers: only strings are neutralised.
import { stringify } from 'csv-stringify/sync';

export type TCsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCsvCell(cell: TCsvCell): string | number | boolean | null | undefined {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** A CSV document (RFC 4180, CRLF line ends, UTF-8 byte order mark so spreadsheets read umlauts). */
export function toCsv(options: { header: readonly string[]; rows: ReadonlyArray<readonly TCsvCell[]> }): string {
  return `\uFEFF${toCsvRecords([options.header, ...options.rows])}`;
}

/** More records of a document begun with toCsv (no byte order mark, no header): for downloads written in batches. */
export function toCsvRecords(rows: ReadonlyArray<readonly TCsvCell[]>): string {
  return stringify(rows.map((row) => row.map(neutraliseCsvCell)), { record_delimiter: 'windows' });
}

/** Headers of a CSV download: an attachment, never cached. */
export function csvResponseHeaders(fileName: string): HeadersInit {
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${fileName.replace(/[^\w.-]+/g, '_')}"`,
    'Cache-Control': 'private, no-store',
  };
}
