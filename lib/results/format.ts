// How the results page and the PDF report write the view model's numbers and answers in the
// reader's locale (one implementation for both). The view model keeps numbers as numbers; the page
// passes next-intl's request formatter, the report one made by `createFormatter` for its language.
import type { createFormatter } from 'use-intl/core';
import type { TAnswerDisplay } from './build-results-view';

export type TFormatter = ReturnType<typeof createFormatter>;

/** Scores, points and exposures: at most one decimal (19.6 / 19,6). */
export function formatPoints(format: TFormatter, value: number): string {
  return format.number(value, { maximumFractionDigits: 1 });
}

export function formatEur(format: TFormatter, value: number): string {
  return format.number(value, 'eur');
}

/** A share 0..1 as a percentage (0.18 → 18 %). */
export function formatShare(format: TFormatter, value: number, maximumFractionDigits = 0): string {
  return format.number(value, { style: 'percent', maximumFractionDigits });
}

/** A calendar date 'YYYY-MM-DD' as the locale writes it; noon UTC keeps it on the same day in every time zone. */
export function formatIsoDate(format: TFormatter, isoDate: string): string {
  return format.dateTime(new Date(`${isoDate}T12:00:00Z`), 'short');
}

export function formatAnswer(format: TFormatter, answer: TAnswerDisplay): string {
  switch (answer.kind) {
    case 'options':
      return format.list(answer.labels, { type: 'conjunction' });
    case 'number':
      return format.number(answer.value, { maximumFractionDigits: 1 });
    case 'percent':
      return formatShare(format, answer.value / 100, 1);
    case 'date':
      return formatIsoDate(format, answer.value);
    case 'text':
      return answer.text;
  }
}
