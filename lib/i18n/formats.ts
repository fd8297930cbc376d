// Named formats for next-intl (`format.number(x, 'eur')`, `format.dateTime(d, 'short')`), so
// amounts and dates look the same everywhere and follow the locale (1.234,56 € vs €1,234.56).
import type { Formats } from 'next-intl';

export const FORMATS = {
  number: {
    eur: { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 },
    eurCents: { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 },
    percent: { style: 'percent', maximumFractionDigits: 0 },
    integer: { maximumFractionDigits: 0 },
    /** Scores and exposures: one decimal at most. */
    score: { maximumFractionDigits: 1 },
  },
  dateTime: {
    // Month names where the numeric order differs (11/28 vs 28.11.) so no date is ambiguous.
    short: { dateStyle: 'medium' },
    long: { dateStyle: 'long' },
    withTime: { dateStyle: 'medium', timeStyle: 'short' },
    time: { timeStyle: 'short' },
  },
} satisfies Formats;
