// The report model against the scoring library's golden profiles, in both languages: its figures
// are the results page's view model itself (one implementation), the summary's top findings are the
// page's first findings, the appendix holds every question of the questionnaire with its frozen
// answer, and every catalog text the PDF layout asks for exists in English and German.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { getMessages } from '@/lib/i18n/messages';
import { translateKey } from '@/lib/i18n/translate';
import { getQuestionnaire, listVisibleQuestions, type TAnswers } from '@/lib/questionnaire';
import { buildResultsView } from '@/lib/results/build-results-view';
import { scoreAssessment, type TFinalScoringResult } from '@/lib/scoring';
import { buildReportModel, reportGeneratedAt, SUMMARY_FINDINGS, type TBuildReportModelInput } from './build-report-model';
import type { TReportTerms } from './report-terms';
import { isWinAnsi } from './win-ansi';

const directory = new URL('../scoring/fixtures/', import.meta.url);
const FIXTURES = readdirSync(directory)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => file.replace(/\.json$/, ''));

type TScored = { questionnaireVersion: string; answers: TAnswers; result: TFinalScoringResult };
const cache = new Map<string, TScored>();

function scored(fixture: string): TScored {
  if (!cache.has(fixture)) cache.set(fixture, score(fixture));
  return cache.get(fixture)!;
}

function score(fixture: string): TScored {
  const profile = JSON.parse(readFileSync(new URL(`${fixture}.json`, directory), 'utf8')) as { questionnaireVersion?: string; answers: Record<string, unknown> };
  const questionnaireVersion = profile.questionnaireVersion ?? 'idp-exposure@1';
  const outcome = scoreAssessment({ questionnaireVersion, answers: profile.answers }, { mode: 'final', loss: { trials: 1_000, seed: 7 } });
  if (!outcome.ok || outcome.result.mode !== 'final') throw new Error(`${fixture} does not score as final`);
  return { questionnaireVersion, answers: outcome.result.answers as TAnswers, result: outcome.result };
}

const TERMS: TReportTerms = { kind: 'bound', insurerName: 'Rheinmark Versicherung AG', limitEur: 5_000_000, retentionEur: 50_000, premiumEur: 48_000, validUntil: null, decidedAt: '2026-11-20T09:00:00.000Z', subjectivities: [] };

function input(fixture: string, locale: 'en' | 'de', terms: TReportTerms | null = null): TBuildReportModelInput {
  const { questionnaireVersion, answers, result } = scored(fixture);
  return {
    locale,
    contentHash: 'ab'.repeat(32),
    questionnaire: getQuestionnaire(questionnaireVersion)!,
    snapshot: { questionnaireVersion, modelVersion: result.modelVersion, digest: 'cd'.repeat(32), submittedAt: '2026-11-02T09:30:00.000Z', submittedByName: 'Anna Berger', answers, result },
    submittedOn: '2026-11-02',
    company: { name: 'Hansen Maschinenbau GmbH', industry: 'manufacturing', country: 'DE' },
    brokerName: 'Anna Berger',
    brokerageName: 'Nordlicht Versicherungsmakler GmbH',
    insurerNames: ['Rheinmark Versicherung AG'],
    terms,
  };
}

describe.each(FIXTURES)('%s', (fixture) => {
  test.each(['en', 'de'] as const)('%s: the figures are the results page’s view model, unchanged', (locale) => {
    const source = input(fixture, locale);
    const model = buildReportModel(source);
    expect(model.view).toEqual(buildResultsView({ result: source.snapshot.result, locale, questionnaire: source.questionnaire, submittedOn: source.submittedOn }));
    expect(model.view.risk.score).toBe(source.snapshot.result.risk.score);
    expect(model.view.risk.loss?.annualExpectedLoss).toBe(source.snapshot.result.loss?.result.annualisedLossExpectancy);
    const findings = model.view.risk.findingGroups.flatMap((group) => group.findings);
    expect(model.topFindings).toEqual(findings.slice(0, SUMMARY_FINDINGS));
    expect(model.moreFindings).toBe(Math.max(0, findings.length - SUMMARY_FINDINGS));
  });

  test('the appendix lists every question once, in order, with the frozen answer where one was asked', () => {
    const source = input(fixture, 'de');
    const model = buildReportModel(source);
    const listed = model.appendix.flatMap((section) => section.questions);
    expect(listed.map((question) => question.id).sort()).toEqual(source.questionnaire.questions.map((question) => question.id).sort());
    expect(listed.map((question) => question.number)).toEqual(listed.map((_, index) => index + 1));
    const asked = new Set(listVisibleQuestions(source.questionnaire, source.snapshot.answers).map((question) => question.id));
    for (const question of listed) {
      expect(question.isAsked, question.id).toBe(asked.has(question.id));
      expect(question.answer !== null, question.id).toBe(source.snapshot.answers[question.id] !== undefined);
      expect(question.text.length, question.id).toBeGreaterThan(0);
      expect(question.text, question.id).not.toContain('questions.');
    }
  });
});

describe('the cover and the time stamp', () => {
  test('names users typed are brought into the fonts’ character set', () => {
    const model = buildReportModel({ ...input(FIXTURES[0]!, 'en', { ...TERMS, subjectivities: [{ text: 'Zgoda Łukasza', dueDate: '2027-01-01', status: 'OPEN' }] }), company: { name: 'Łódź Spółka', industry: 'manufacturing', country: 'PL' } });
    expect(model.cover.clientName).toBe('Lódz Spólka');
    expect(model.terms?.subjectivities[0]?.text).toBe('Zgoda Lukasza');
  });

  test('the report id is the hash prefix; the industry in words; the loss model named', () => {
    const model = buildReportModel(input(FIXTURES[0]!, 'de'));
    expect(model.reportId).toBe('ab'.repeat(6));
    expect(model.cover.industry).toBe((getMessages('de').questionnaire as { questions: { bp_industry: { options: { manufacturing: string } } } }).questions.bp_industry.options.manufacturing);
    expect(model.cover.lossModelVersion).toMatch(/^signet-loss@/);
  });

  test('"generated at" is the newest fact shown: the submission, or the decision on the terms', () => {
    expect(reportGeneratedAt('2026-11-02T09:30:00.000Z', null)).toBe('2026-11-02T09:30:00.000Z');
    expect(reportGeneratedAt('2026-11-02T09:30:00.000Z', TERMS)).toBe('2026-11-20T09:00:00.000Z');
    expect(reportGeneratedAt('2026-11-25T09:30:00.000Z', TERMS)).toBe('2026-11-25T09:30:00.000Z');
    expect(buildReportModel(input(FIXTURES[0]!, 'en', TERMS)).generatedAt).toBe(TERMS.decidedAt);
  });
});

test('every catalog text the PDF layout asks for exists in English and German', () => {
  const source = readFileSync(new URL('./report-document.tsx', import.meta.url), 'utf8');
  const keys = new Set([...source.matchAll(/\bt\(\s*'([a-zA-Z.]+)'/g)].map((match) => match[1]!));
  // Keys built from a value: every value they can take.
  for (const status of ['OPEN', 'FULFILLED', 'ACCEPTED']) keys.add(`report.terms.statuses.${status}`);
  for (const from of ['awareness', 'classification', 'previous_report']) keys.add(`results.claims.from.${from}`);
  for (const kind of ['report.terms.boundTitle', 'report.terms.quotedTitle', 'report.terms.boundOn', 'report.terms.quotedOn']) keys.add(kind);
  expect(keys.size).toBeGreaterThan(80);
  for (const locale of ['en', 'de'] as const) {
    expect([...keys].filter((key) => translateKey(locale, key) === null), locale).toEqual([]);
  }
});

test('the catalogs the report prints stay within WinAnsi, which the built-in Helvetica can draw', () => {
  for (const locale of ['en', 'de'] as const) {
    const messages = getMessages(locale);
    const text = JSON.stringify([messages.report, messages.results, messages.scoring, messages.questionnaire]);
    expect([...new Set([...text].filter((character) => !isWinAnsi(character)))], locale).toEqual([]);
  }
});
