// The declared safety order of answers (from the definition's `safety`, `effect` and `safer`
// metadata). It is independent of the scoring tables on purpose: the scoring tests use it to check
// that a safer answer never lowers the score, and controls use it to change only worse answers.
import type { TAnswerValue, TChoiceQuestion, TNumberQuestion, TQuestion } from './types';

const DONT_KNOW = 'dont_know';
const NONE = 'none';

function compareNumbers(question: TNumberQuestion, a: number, b: number): number | null {
  const safer = question.safer;
  if (safer === undefined) return null;
  if (safer === 'higher') return Math.sign(a - b);
  if (safer === 'lower') return Math.sign(b - a);
  const distance = (value: number): number => Math.max(0, safer.band[0] - value, value - safer.band[1]);
  return Math.sign(distance(b) - distance(a));
}

function compareSingle(question: TChoiceQuestion, a: string, b: string): number | null {
  const rankA = question.options.find((option) => option.id === a)?.safety;
  const rankB = question.options.find((option) => option.id === b)?.safety;
  if (rankA === undefined || rankB === undefined) return null;
  return Math.sign(rankA - rankB);
}

function isSubset(small: ReadonlySet<string>, large: ReadonlySet<string>): boolean {
  for (const id of small) if (!large.has(id)) return false;
  return true;
}

const effectSets = new WeakMap<TChoiceQuestion, { risky: ReadonlySet<string>; protective: ReadonlySet<string> }>();

/** The risky and protective option ids of a multi-choice question, built once per question. */
function getEffectSets(question: TChoiceQuestion): { risky: ReadonlySet<string>; protective: ReadonlySet<string> } {
  let sets = effectSets.get(question);
  if (!sets) {
    sets = {
      risky: new Set(question.options.filter((option) => option.effect === 'risky').map((option) => option.id)),
      protective: new Set(question.options.filter((option) => option.effect === 'protective').map((option) => option.id)),
    };
    effectSets.set(question, sets);
  }
  return sets;
}

function compareMulti(question: TChoiceQuestion, a: readonly string[], b: readonly string[]): number | null {
  const { risky, protective } = getEffectSets(question);
  if (risky.size === 0 && protective.size === 0) return null;
  const aUnknown = a.includes(DONT_KNOW);
  const bUnknown = b.includes(DONT_KNOW);
  if (aUnknown || bUnknown) return aUnknown && bUnknown ? 0 : aUnknown ? -1 : 1;
  const riskyA = new Set(a.filter((id) => risky.has(id)));
  const riskyB = new Set(b.filter((id) => risky.has(id)));
  const protectiveA = new Set(a.filter((id) => protective.has(id)));
  const protectiveB = new Set(b.filter((id) => protective.has(id)));
  // a is at least as safe as b when it has no risky option b lacks and every protective option b has.
  const aAtLeastB = isSubset(riskyA, riskyB) && isSubset(protectiveB, protectiveA);
  const bAtLeastA = isSubset(riskyB, riskyA) && isSubset(protectiveA, protectiveB);
  if (aAtLeastB && bAtLeastA) return 0;
  if (aAtLeastB) return 1;
  if (bAtLeastA) return -1;
  return null;
}

/**
 * > 0 when answer `a` is safer than `b`, 0 when equally safe, < 0 when riskier, null when the
 * question declares no order or the two answers are not comparable ('not_applicable', or two
 * multi-choice selections neither of which contains the other).
 */
export function compareAnswerSafety(question: TQuestion, a: TAnswerValue, b: TAnswerValue): number | null {
  switch (question.type) {
    case 'integer':
    case 'percentage':
      if (typeof a === 'number' && typeof b === 'number') return compareNumbers(question, a, b);
      // "Don't know" (where offered) ranks below every number, as on choice questions.
      if (question.dontKnow && question.safer !== undefined && (a === DONT_KNOW || b === DONT_KNOW) && (typeof a === 'number' || typeof b === 'number' || a === b)) {
        return a === b ? 0 : a === DONT_KNOW ? -1 : 1;
      }
      return null;
    case 'yes_no':
    case 'single':
      return typeof a === 'string' && typeof b === 'string' ? compareSingle(question, a, b) : null;
    case 'multi':
      return Array.isArray(a) && Array.isArray(b) ? compareMulti(question, a, b) : null;
    case 'date':
      return null;
  }
}

/** Whether the question declares a safety order at all (control questions do; context ones do not). */
export function hasSafetyOrder(question: TQuestion): boolean {
  switch (question.type) {
    case 'date':
      return false;
    case 'integer':
    case 'percentage':
      return question.safer !== undefined;
    default:
      return question.options.some((option) => option.safety !== undefined || option.effect !== undefined);
  }
}

/** The safest answer the question allows, or undefined when it has no safety order. */
export function getSafestAnswer(question: TQuestion): TAnswerValue | undefined {
  if (!hasSafetyOrder(question)) return undefined;
  switch (question.type) {
    case 'integer':
    case 'percentage': {
      const safer = question.safer;
      if (safer === 'higher') return question.max;
      if (safer === 'lower') return question.min;
      return safer === undefined ? undefined : safer.band[0];
    }
    case 'yes_no':
    case 'single': {
      const ranked = question.options.filter((option) => option.safety !== undefined);
      return ranked.reduce((best, option) => ((option.safety ?? 0) > (best.safety ?? 0) ? option : best)).id;
    }
    case 'multi': {
      const protective = question.options.filter((option) => option.effect === 'protective').map((option) => option.id);
      if (protective.length > 0) return protective;
      return question.options.some((option) => option.id === NONE) ? [NONE] : undefined;
    }
    case 'date':
      return undefined;
  }
}

/** The riskiest answer the question allows, or undefined when it has no safety order. */
export function getRiskiestAnswer(question: TQuestion): TAnswerValue | undefined {
  if (!hasSafetyOrder(question)) return undefined;
  switch (question.type) {
    case 'integer':
    case 'percentage': {
      const safer = question.safer;
      if (safer === undefined) return undefined;
      if (question.dontKnow) return DONT_KNOW;
      if (safer === 'higher') return question.min;
      if (safer === 'lower') return question.max;
      return safer.band[0] - question.min >= question.max - safer.band[1] ? question.min : question.max;
    }
    case 'yes_no':
    case 'single': {
      const ranked = question.options.filter((option) => option.safety !== undefined);
      return ranked.reduce((worst, option) => ((option.safety ?? 0) < (worst.safety ?? 0) ? option : worst)).id;
    }
    case 'multi': {
      if (question.options.some((option) => option.id === DONT_KNOW)) return [DONT_KNOW];
      const risky = question.options.filter((option) => option.effect === 'risky').map((option) => option.id);
      return risky.length > 0 ? risky : [NONE];
    }
    case 'date':
      return undefined;
  }
}
