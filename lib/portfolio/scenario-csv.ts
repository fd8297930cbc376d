// The master-key scenario as a CSV document (pure): one row per exposed insured, numbers as plain
// numbers (EUR whole) so a spreadsheet can sum them; names go through toCsv's formula neutralisation.
import { toCsv } from '../csv';
import type { TScenarioInsured } from './types';

export const SCENARIO_CSV_COLUMNS = ['submissionId', 'client', 'industry', 'status', 'grade', 'masterKey', 'limit', 'lossMean', 'lossP995', 'insurerLoss', 'insurerLossP995'] as const;
export type TScenarioCsvColumn = (typeof SCENARIO_CSV_COLUMNS)[number];

export function buildScenarioCsv(options: {
  insureds: readonly TScenarioInsured[];
  /** The column titles, translated. */
  header: Record<TScenarioCsvColumn, string>;
  industryLabel: (code: string) => string;
  statusLabel: (status: string) => string;
}): string {
  return toCsv({
    header: SCENARIO_CSV_COLUMNS.map((column) => options.header[column]),
    rows: options.insureds.map((row) => [
      row.submissionId,
      row.clientName,
      options.industryLabel(row.industry),
      options.statusLabel(row.status),
      row.effectiveGrade,
      Math.round(row.masterKeyExposure * 10) / 10,
      row.limitEur,
      row.eventLossMeanEur,
      row.eventLossP995Eur,
      row.insurerLossEur,
      row.insurerLossP995Eur,
    ]),
  });
}
