// Named formats for next-intl (`format.number(x, 'eur')`, `format.dateTime(d, 'short')`), so
// amounts and dates look the same everywhere and follow the locale (1.234,56 € vs €1,234.56).
import type { Formats } from 'next-intl';

export const FORMATS = {
  number: {
    eur: { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 },
    eurCents: { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 },
    percent: { style: 'percent', maximumFractionDigits: 0 },
    integer: { maximumFractionDigits: 0 },
  },
  dateTime: {
    short: { day: '2-digit', month: '2-digit', year: 'numeric' },
    long: { day: 'numeric', month: 'long', year: 'numeric' },
    withTime: { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  },
} satisfies Formats;
