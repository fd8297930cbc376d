// The rows of the queue's CSV download, in the reader's language: pure, so the columns are tested
// without a database. lib/csv.ts writes them (and neutralises cells a spreadsheet would run).
import type { TCsvCell } from '../csv';
import { industryLabelKey } from '../domain/company';
import { todayIsoDate } from '../today';
import { isoDay } from '../today';
import type { TQueueRow } from './types';

/** A catalog lookup (the reader's locale): a key to its text. */
export type TTranslate = (key: string) => string;

const COLUMNS = [
  'client',
  'industry',
  'grade',
  'modelGrade',
  'score',
  'masterKeyExposure',
  'identityProviders',
  'status',
  'submittedOn',
  'ageDays',
  'quoteValidUntil',
  'quoteExpired',
  'overdueSubjectivities',
] as const;

export function queueCsvHeader(translate: TTranslate): string[] {
  return COLUMNS.map((column) => translate(`queue.csv.${column}`));
}

/** One submission as CSV cells: codes become labels, numbers stay numbers, dates are ISO (YYYY-MM-DD, the submission day in the app's time zone). */
export function queueCsvRow(row: TQueueRow, translate: TTranslate): TCsvCell[] {
  return [
    row.clientName,
    translate(industryLabelKey(row.industry)),
    row.effectiveGrade,
    row.grade,
    Math.round(row.score * 10) / 10,
    Math.round(row.masterKeyExposure * 10) / 10,
    row.identityProviders.map((provider) => translate(`queue.providers.${provider}`)).join('; '),
    translate(`placement.status.${row.status}`),
    todayIsoDate(row.submittedAt),
    row.ageDays,
    row.quoteValidUntil ? isoDay(row.quoteValidUntil) : '',
    row.isQuoteExpired ? translate('queue.csv.yes') : '',
    row.overdueSubjectivities,
  ];
}

/** The download's file name: the insurer and the day, e.g. review-queue_Rheinmark_Versicherung_AG_2026-12-01.csv. */
export function queueCsvFileName(options: { prefix: string; insurerName: string; today: string }): string {
  return `${options.prefix}_${options.insurerName}_${options.today}.csv`;
}
