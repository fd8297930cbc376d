// Grades A–E from the score, and the caps knock-out findings put on them. The grade cap is stated
// here once; every scoring (full or what-if) goes through computeGradeCap.
import type { TGrade, TGradeCap, TGradeCapReason, TMasterKeyLevel } from './types';

/** Lower bounds of each grade (score >= bound). E is everything below D. */
export const GRADE_THRESHOLDS: ReadonlyArray<{ grade: TGrade; min: number }> = [
  { grade: 'A', min: 85 },
  { grade: 'B', min: 70 },
  { grade: 'C', min: 55 },
  { grade: 'D', min: 40 },
  { grade: 'E', min: 0 },
];

/** Grade caps from knock-out findings (the grade is the worse of score grade and cap). */
export const GRADE_CAP_ANY_CRITICAL: TGrade = 'C';
export const GRADE_CAP_MANY_CRITICAL: TGrade = 'D';
export const MANY_CRITICAL_FINDINGS = 3;
export const GRADE_CAP_SEVERE_MASTER_KEY: TGrade = 'D';

const GRADE_ORDER: readonly TGrade[] = ['A', 'B', 'C', 'D', 'E'];

export function getGradeForScore(score: number): TGrade {
  for (const threshold of GRADE_THRESHOLDS) if (score >= threshold.min) return threshold.grade;
  return 'E';
}

/** The worse of two grades. */
export function getWorseGrade(a: TGrade, b: TGrade): TGrade {
  return GRADE_ORDER.indexOf(a) >= GRADE_ORDER.indexOf(b) ? a : b;
}

/** The cap from the number of critical findings and the master-key exposure level, or null. */
export function computeGradeCap(criticalCount: number, exposureLevel: TMasterKeyLevel): TGradeCap | null {
  const reasons: TGradeCapReason[] = [];
  let grade: TGrade | undefined;
  if (criticalCount >= MANY_CRITICAL_FINDINGS) {
    reasons.push('multiple_critical_findings');
    grade = GRADE_CAP_MANY_CRITICAL;
  } else if (criticalCount > 0) {
    reasons.push('critical_finding');
    grade = GRADE_CAP_ANY_CRITICAL;
  }
  if (exposureLevel === 'severe') {
    reasons.push('master_key_exposure_severe');
    grade = grade === undefined ? GRADE_CAP_SEVERE_MASTER_KEY : getWorseGrade(grade, GRADE_CAP_SEVERE_MASTER_KEY);
  }
  return grade === undefined ? null : { grade, reasons };
}
