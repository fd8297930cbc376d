// Command-line access to the question bank and the scoring model.
//
//   npm run -s score -- --questionnaire [--locale en|de] [--questionnaire-version V]
//   npm run -s score -- FILE [--preview] [--locale en|de] [--trials N] [--seed N] [--no-loss]
//                            [--questionnaire-version V]
//
// FILE holds one answers object { "questionId": value } or an array of them ("-" reads stdin); a
// leading UTF-8 byte-order mark is ignored. Results go to stdout as JSON. Invalid input (including
// bad or conflicting arguments, JSON nested too deeply to parse, or an answer set that cannot be
// processed) exits with 2 and a JSON list of every problem [{ index?, questionId, code, message }]
// on stderr; only failures outside the input (e.g. writing stdout) exit with 1 and one line.
import { readFileSync } from 'node:fs';

import { CURRENT_QUESTIONNAIRE_VERSION, getQuestionnaire } from '@/lib/questionnaire';
import { isSupportedLocale, localizeQuestionnaire, localizeScoringResult, scoreAssessment } from '@/lib/scoring';
import type { TLocale, TScoreAssessmentOptions, TScoringResult } from '@/lib/scoring';

type TProblem = { index?: number; questionId: string; code: string; message: string };

type TCliOptions = {
  showQuestionnaire: boolean;
  file?: string;
  locale?: TLocale;
  preview: boolean;
  noLoss: boolean;
  trials?: number;
  seed?: number;
  questionnaireVersion: string;
  /** Options that only apply when scoring a FILE, as given (to reject them with --questionnaire). */
  scoringFlags: string[];
};

class InputError extends Error {
  readonly problems: TProblem[];

  constructor(problems: TProblem[]) {
    super('invalid input');
    this.problems = problems;
  }
}

function argumentProblem(message: string): TProblem {
  return { questionId: '', code: 'invalid_argument', message };
}

function parseInteger(flag: string, raw: string | undefined, problems: TProblem[]): number | undefined {
  if (raw === undefined || !/^\d+$/.test(raw)) {
    problems.push(argumentProblem(`${flag} needs a non-negative whole number (got ${raw === undefined ? 'nothing' : JSON.stringify(raw)}).`));
    return undefined;
  }
  return Number(raw);
}

function parseArguments(argv: readonly string[]): TCliOptions {
  const options: TCliOptions = {
    showQuestionnaire: false,
    preview: false,
    noLoss: false,
    questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION,
    scoringFlags: [],
  };
  const problems: TProblem[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    const next = (): string | undefined => argv[++index];
    switch (argument) {
      case '--questionnaire':
        options.showQuestionnaire = true;
        break;
      case '--preview':
        options.preview = true;
        options.scoringFlags.push(argument);
        break;
      case '--no-loss':
        options.noLoss = true;
        options.scoringFlags.push(argument);
        break;
      case '--locale': {
        const locale = next();
        if (isSupportedLocale(locale)) options.locale = locale;
        else problems.push(argumentProblem(`--locale must be "en" or "de" (got ${JSON.stringify(locale ?? null)}).`));
        break;
      }
      case '--trials':
        options.trials = parseInteger('--trials', next(), problems);
        options.scoringFlags.push(argument);
        break;
      case '--seed':
        options.seed = parseInteger('--seed', next(), problems);
        options.scoringFlags.push(argument);
        break;
      case '--questionnaire-version': {
        const version = next();
        if (version === undefined) problems.push(argumentProblem('--questionnaire-version needs a version, e.g. idp-exposure@1.'));
        else options.questionnaireVersion = version;
        break;
      }
      default:
        if (argument.startsWith('--')) problems.push(argumentProblem(`Unknown option ${argument}.`));
        else if (options.file !== undefined) problems.push(argumentProblem(`Only one FILE is accepted (got ${options.file} and ${argument}).`));
        else options.file = argument;
    }
  }
  if (!options.showQuestionnaire && options.file === undefined) {
    problems.push(argumentProblem('Give --questionnaire or a FILE with answers (see the header of scripts/score.ts).'));
  }
  if (options.showQuestionnaire && options.file !== undefined) {
    problems.push(argumentProblem(`--questionnaire prints the question bank and takes no FILE (got ${options.file}); score a file without --questionnaire.`));
  }
  if (options.showQuestionnaire && options.scoringFlags.length > 0) {
    const flags = [...new Set(options.scoringFlags)];
    problems.push(argumentProblem(`${flags.join(', ')} ${flags.length === 1 ? 'applies' : 'apply'} only when scoring a FILE, not with --questionnaire.`));
  }
  // --trials and --seed configure the loss estimate that --no-loss switches off: a conflict, not
  // options to ignore silently.
  const lossFlags = [...new Set(options.scoringFlags.filter((flag) => flag === '--trials' || flag === '--seed'))];
  if (options.noLoss && lossFlags.length > 0) {
    problems.push(
      argumentProblem(`${lossFlags.join(', ')} ${lossFlags.length === 1 ? 'sets' : 'set'} up the loss estimate, which --no-loss switches off; give one or the other.`),
    );
  }
  if (problems.length > 0) throw new InputError(problems);
  return options;
}

function printQuestionnaire(options: TCliOptions): void {
  const questionnaire = getQuestionnaire(options.questionnaireVersion);
  if (!questionnaire) {
    throw new InputError([
      { questionId: '', code: 'unknown_questionnaire_version', message: `Unknown questionnaire version ${JSON.stringify(options.questionnaireVersion)}.` },
    ]);
  }
  const output = options.locale ? localizeQuestionnaire(questionnaire, options.locale) : questionnaire;
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}

const BYTE_ORDER_MARK = '\uFEFF';

function readInput(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new InputError([{ questionId: '', code: 'unreadable_file', message: `Cannot read ${file} (${reason}).` }]);
  }
  try {
    return JSON.parse(text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text) as unknown;
  } catch (error) {
    // A RangeError (stack exhausted) means the JSON is nested deeper than any answers file can be.
    const reason =
      error instanceof RangeError ? 'it is nested too deeply to parse' : error instanceof Error ? error.message.slice(0, 200) : 'invalid JSON';
    throw new InputError([{ questionId: '', code: 'invalid_json', message: `${file} is not valid JSON: ${reason}` }]);
  }
}

function scoreFile(options: TCliOptions, file: string): void {
  const input = readInput(file);
  const isBatch = Array.isArray(input);
  const answerSets: unknown[] = isBatch ? input : [input];
  const scoringOptions: TScoreAssessmentOptions = {
    mode: options.preview ? 'preview' : 'final',
    loss: options.noLoss ? false : { trials: options.trials, seed: options.seed },
  };
  const questionnaire = getQuestionnaire(options.questionnaireVersion);
  const problems: TProblem[] = [];
  const results: TScoringResult[] = [];
  answerSets.forEach((answers, index) => {
    const withIndex = (problem: TProblem): TProblem => (isBatch ? { index, ...problem } : { ...problem });
    try {
      const outcome = scoreAssessment({ questionnaireVersion: options.questionnaireVersion, answers }, scoringOptions);
      if (outcome.ok) results.push(outcome.result);
      else problems.push(...outcome.issues.map(withIndex));
    } catch (error) {
      // validateAnswers never throws by contract; should anything still fail on one answer set, it
      // is reported as a problem of that set (the other sets are still checked), not a stack trace.
      const reason = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]!.slice(0, 200)}` : 'unknown error';
      problems.push(withIndex({ questionId: '', code: 'unprocessable_answers', message: `This answer set could not be processed (${reason}).` }));
    }
  });
  if (problems.length > 0) throw new InputError(problems);
  const output = results.map((result) =>
    options.locale && questionnaire ? localizeScoringResult(result, options.locale, questionnaire) : result,
  );
  process.stdout.write(`${JSON.stringify(isBatch ? output : output[0], null, 2)}\n`);
}

function main(): void {
  try {
    const options = parseArguments(process.argv.slice(2));
    if (options.showQuestionnaire) printQuestionnaire(options);
    else if (options.file !== undefined) scoreFile(options, options.file);
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`${JSON.stringify(error.problems, null, 2)}\n`);
      process.exitCode = 2;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`score: internal error: ${message.split('\n')[0]}\n`);
    process.exitCode = 1;
  }
}

main();
