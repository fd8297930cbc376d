// Axis ticks for the results charts, computed where the labels are formatted (the server), so the
// chart components receive plain values and strings. Pure.
import type { TGrade } from '@/lib/scoring';

/** Hex colours of the grade scale (the badges' 700 shades), for chart fills on the page and in the PDF report. */
export const GRADE_HEX: Record<TGrade, string> = { A: '#047857', B: '#4d7c0f', C: '#a16207', D: '#c2410c', E: '#b91c1c' };

/** Ticks at 1 and 3 times each power of ten within [min, max] (min > 0): even steps on a log axis. */
export function logTicks(min: number, max: number): number[] {
  if (!(min > 0) || !(max >= min)) return [];
  const ticks: number[] = [];
  for (let exponent = Math.floor(Math.log10(min)); exponent <= Math.ceil(Math.log10(max)); exponent++) {
    for (const mantissa of [1, 3]) {
      const value = mantissa * 10 ** exponent;
      if (value >= min && value <= max) ticks.push(value);
    }
  }
  return ticks;
}

/** Probability ticks from 0 in steps of 0.1 up to the first step at or above `max` (at least 0.1). */
export function probabilityTicks(max: number): number[] {
  const steps = Math.max(1, Math.ceil(Math.round(max * 1000) / 100));
  return Array.from({ length: steps + 1 }, (_, index) => Math.round(index * 10) / 100);
}
