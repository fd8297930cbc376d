import { describe, expect, test } from 'vitest';

import deScoring from '@/lib/i18n/messages/de/scoring.json';
import enScoring from '@/lib/i18n/messages/en/scoring.json';
import { getQuestionnaire } from '@/lib/questionnaire';

import storm from './fixtures/storm-0558-victim.json';
import { localizeQuestionnaire, localizeScoringResult, lookupMessage } from './localize';
import { scoreAssessment } from './score-assessment';
import { listScoringTextKeys } from './text-keys';

function flatten(node: unknown, prefix = ''): Record<string, unknown> {
  if (typeof node !== 'object' || node === null) return { [prefix]: node };
  return Object.entries(node).reduce<Record<string, unknown>>((all, [key, value]) => ({ ...all, ...flatten(value, prefix ? `${prefix}.${key}` : key) }), {});
}

const questionnaire = getQuestionnaire('idp-exposure@1')!;

describe.each([
  ['en', enScoring],
  ['de', deScoring],
])('scoring catalog %s', (_locale, catalog) => {
  const flat = flatten(catalog);

  test('defines every text the model can reference, non-empty', () => {
    for (const key of listScoringTextKeys()) {
      expect(typeof flat[key], key).toBe('string');
      expect(String(flat[key]).trim(), key).not.toBe('');
    }
  });

  test('has no keys the model lacks', () => {
    expect(Object.keys(flat).sort()).toEqual([...new Set(listScoringTextKeys())].sort());
  });

  test('contains no ICU braces (texts are plain, ids are referenced, not interpolated)', () => {
    for (const [key, value] of Object.entries(flat)) expect(/[{}]/.test(String(value)), key).toBe(false);
  });
});

describe('German scoring texts', () => {
  test('use umlauts and the insurance terminology', () => {
    const text = JSON.stringify(deScoring);
    for (const term of ['Selbstbehalt', 'Deckungssumme', 'Obliegenheit', 'Identitätsanbieter', 'Versicherer']) expect(text, term).toContain(term);
    expect(text).not.toMatch(/\b(fuer|Schluessel|Identitaetsanbieter|Praemie)\b/);
  });
});

describe('localizeScoringResult', () => {
  const outcome = scoreAssessment({ questionnaireVersion: 'idp-exposure@1', answers: storm.answers }, { loss: { trials: 200 } });
  if (!outcome.ok) throw new Error('fixture must score');

  test.each(['en', 'de'] as const)('resolves every referenced text in %s', (locale) => {
    const localized = localizeScoringResult(outcome.result, locale, questionnaire);
    const texts = JSON.stringify(localized.texts);
    // A missing text would fall back to its dotted key path.
    expect(texts).not.toMatch(/"(findings|controls|playbook|masterKey|insurability|evidence|grades|lossScenarios|subjectivities|ratingFactors)\.[a-z_.]+"/);
    expect(localized.texts.findings.master_key_exposure?.title).toBe(lookupMessage(locale === 'en' ? enScoring : deScoring, 'findings.master_key_exposure.title'));
    expect(Object.keys(localized.texts.recommendations)).toEqual(outcome.result.protection.recommendations.map((recommendation) => recommendation.id));
    expect(localized.risk).toEqual(outcome.result.risk);
  });

  test('the question bank can be printed with texts', () => {
    const localized = localizeQuestionnaire(questionnaire, 'de') as { questions: Array<{ id: string; text: string; options?: Array<{ text: string }> }> };
    expect(localized.questions).toHaveLength(questionnaire.questions.length);
    expect(localized.questions.find((question) => question.id === 'priv_jit')?.text).toMatch(/Just-in-Time/);
    for (const question of localized.questions) for (const option of question.options ?? []) expect(option.text).not.toMatch(/^questions\./);
  });

  test('lookupMessage falls back to the path for unknown keys', () => {
    expect(lookupMessage(enScoring, 'findings.nope.title')).toBe('findings.nope.title');
  });
});
