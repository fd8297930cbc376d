// Hand-written rather than zod: the problems are shown to underwriters and developers verbatim, and
// range relations (min <= mode <= max, p05 <= p95) read better as one sentence naming both values.

export const MAX_TRIALS = 10_000_000;
export const MAX_SCENARIOS = 100;
/** Loss events (not attack attempts) per year; beyond this the input is almost surely a unit mix-up. */
export const MAX_ANNUAL_FREQUENCY = 1000;
/** EUR per event; far above any single insured's exposure, low enough that annual sums stay finite. */
export const MAX_EVENT_MAGNITUDE = 1e12;
export const MIN_EXCEEDANCE_POINTS = 2;
export const MAX_EXCEEDANCE_POINTS = 1000;
export const MAX_SEED = 0xffffffff;

type TRecord = Record<string, unknown>;

function isRecord(value: unknown): value is TRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** Pushes a problem unless `value` is a finite number >= `lowest`; returns the number when usable. */
function checkNumber(problems: string[], label: string, value: unknown, lowest: number, strict: boolean): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    problems.push(`${label} must be a finite number (got ${describeValue(value)})`);
    return undefined;
  }
  if (strict ? value <= lowest : value < lowest) {
    problems.push(`${label} must be ${strict ? 'greater than' : 'at least'} ${lowest} (got ${value})`);
    return undefined;
  }
  return value;
}

function validateScenario(problems: string[], scenario: unknown, index: number, seenIds: Set<string>): void {
  const at = `scenarios[${index}]`;
  if (!isRecord(scenario)) {
    problems.push(`${at} must be an object (got ${describeValue(scenario)})`);
    return;
  }
  let label = at;
  if (typeof scenario.id !== 'string' || scenario.id.trim() === '') {
    problems.push(`${at}.id must be a non-empty string (got ${describeValue(scenario.id)})`);
  } else {
    label = `${at} (${JSON.stringify(scenario.id)})`;
    if (seenIds.has(scenario.id)) problems.push(`${label}: id is used by an earlier scenario; ids must be unique`);
    seenIds.add(scenario.id);
  }

  const frequency = scenario.annualFrequency;
  if (!isRecord(frequency)) {
    problems.push(`${label}: annualFrequency must be an object { min, mode, max } (got ${describeValue(frequency)})`);
  } else {
    const min = checkNumber(problems, `${label}: annualFrequency.min`, frequency.min, 0, false);
    const mode = checkNumber(problems, `${label}: annualFrequency.mode`, frequency.mode, 0, false);
    const max = checkNumber(problems, `${label}: annualFrequency.max`, frequency.max, 0, false);
    if (min !== undefined && max !== undefined && min > max) {
      problems.push(`${label}: annualFrequency.min (${min}) must not exceed annualFrequency.max (${max})`);
    } else {
      if (min !== undefined && mode !== undefined && mode < min) {
        problems.push(`${label}: annualFrequency.mode (${mode}) must not be below annualFrequency.min (${min})`);
      }
      if (mode !== undefined && max !== undefined && mode > max) {
        problems.push(`${label}: annualFrequency.mode (${mode}) must not exceed annualFrequency.max (${max})`);
      }
    }
    if (max !== undefined && max > MAX_ANNUAL_FREQUENCY) {
      problems.push(`${label}: annualFrequency.max (${max}) must not exceed ${MAX_ANNUAL_FREQUENCY} loss events per year`);
    }
  }

  const magnitude = scenario.magnitude;
  if (!isRecord(magnitude)) {
    problems.push(`${label}: magnitude must be an object { p05, p95 } in EUR (got ${describeValue(magnitude)})`);
  } else {
    // Strictly positive: the lognormal is fitted on log(p05), and a zero-loss event is no loss event.
    const p05 = checkNumber(problems, `${label}: magnitude.p05`, magnitude.p05, 0, true);
    const p95 = checkNumber(problems, `${label}: magnitude.p95`, magnitude.p95, 0, true);
    if (p05 !== undefined && p95 !== undefined && p05 > p95) {
      problems.push(`${label}: magnitude.p05 (${p05}) must not exceed magnitude.p95 (${p95})`);
    } else if (p95 !== undefined && p95 > MAX_EVENT_MAGNITUDE) {
      problems.push(`${label}: magnitude.p95 (${p95}) must not exceed ${MAX_EVENT_MAGNITUDE} EUR`);
    }
  }

  if (scenario.magnitudeCap !== undefined) {
    const cap = checkNumber(problems, `${label}: magnitudeCap`, scenario.magnitudeCap, 0, true);
    if (cap !== undefined && cap > MAX_EVENT_MAGNITUDE) {
      problems.push(`${label}: magnitudeCap (${cap}) must not exceed ${MAX_EVENT_MAGNITUDE} EUR`);
    }
  }
}

/** Every problem with a loss model input, as sentences naming the field; [] when it can be simulated. */
export function validateLossModelInput(input: unknown): string[] {
  const problems: string[] = [];
  if (!isRecord(input)) return [`input must be an object with a scenarios array (got ${describeValue(input)})`];
  const { scenarios } = input;
  if (!Array.isArray(scenarios)) return [`scenarios must be an array (got ${describeValue(scenarios)})`];
  if (scenarios.length > MAX_SCENARIOS) {
    problems.push(`scenarios has ${scenarios.length} entries; at most ${MAX_SCENARIOS} are supported`);
  }
  const seenIds = new Set<string>();
  scenarios.forEach((scenario, index) => validateScenario(problems, scenario, index, seenIds));
  if (input.layer !== undefined) {
    if (!isRecord(input.layer)) problems.push(`layer must be an object { retentionPerEvent, aggregateLimit } (got ${describeValue(input.layer)})`);
    else {
      checkNumber(problems, 'layer.retentionPerEvent', input.layer.retentionPerEvent, 0, false);
      checkNumber(problems, 'layer.aggregateLimit', input.layer.aggregateLimit, 0, true);
    }
  }
  return problems;
}

function checkInteger(problems: string[], label: string, value: unknown, lowest: number, highest: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    problems.push(`${label} must be an integer (got ${describeValue(value)})`);
  } else if (value < lowest || value > highest) {
    problems.push(`${label} must be between ${lowest} and ${highest} (got ${value})`);
  }
}

/** Every problem with simulation options; [] when valid. */
export function validateLossSimulationOptions(options: unknown): string[] {
  if (!isRecord(options)) return [`options must be an object { trials, seed } (got ${describeValue(options)})`];
  const problems: string[] = [];
  checkInteger(problems, 'options.trials', options.trials, 1, MAX_TRIALS);
  checkInteger(problems, 'options.seed', options.seed, 0, MAX_SEED);
  if (options.exceedancePoints !== undefined) {
    checkInteger(problems, 'options.exceedancePoints', options.exceedancePoints, MIN_EXCEEDANCE_POINTS, MAX_EXCEEDANCE_POINTS);
  }
  return problems;
}
