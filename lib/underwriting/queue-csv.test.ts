import { describe, expect, test } from 'vitest';
import { translateKey } from '../i18n/translate';
import { queueCsvFileName, queueCsvHeader, queueCsvRow } from './queue-csv';
import type { TQueueRow } from './types';

const row: TQueueRow = {
  id: 'sub_1',
  clientName: 'Hansen Maschinenbau GmbH',
  industry: 'manufacturing',
  grade: 'C',
  effectiveGrade: 'D',
  score: 61.46,
  masterKeyExposure: 42.05,
  identityProviders: ['microsoft', 'adfs'],
  status: 'QUOTED',
  // 23:30 UTC is already the next day in Berlin.
  submittedAt: new Date('2026-11-02T23:30:00.000Z'),
  ageDays: 28,
  quoteValidUntil: new Date('2026-11-30'),
  isQuoteExpired: true,
  overdueSubjectivities: 2,
};

const de = (key: string) => translateKey('de', key) ?? key;
const en = (key: string) => translateKey('en', key) ?? key;

describe('queue CSV', () => {
  test('column names in the reader language', () => {
    expect(queueCsvHeader(en).slice(0, 4)).toEqual(['Client', 'Industry', 'Grade', 'Model grade']);
    expect(queueCsvHeader(de).slice(0, 4)).toEqual(['Kunde', 'Branche', 'Note', 'Note des Modells']);
    // Every column has a text in both languages.
    for (const translate of [en, de]) expect(queueCsvHeader(translate).every((name) => !name.startsWith('queue.'))).toBe(true);
  });

  test('a row: labels for codes, numbers as numbers, ISO dates', () => {
    expect(queueCsvRow(row, de)).toEqual([
      'Hansen Maschinenbau GmbH',
      translateKey('de', 'questionnaire.questions.bp_industry.options.manufacturing'),
      'D',
      'C',
      61.5,
      42.1,
      'Microsoft; AD FS',
      'Angeboten',
      '2026-11-03',
      28,
      '2026-11-30',
      'ja',
      2,
    ]);
  });

  test('an open submission has empty quote cells', () => {
    const cells = queueCsvRow({ ...row, status: 'SUBMITTED', quoteValidUntil: null, isQuoteExpired: false, identityProviders: [] }, en);
    expect(cells.slice(6, 12)).toEqual(['', 'Submitted', '2026-11-03', 28, '', '']);
  });

  test('the file name names the insurer and the day', () => {
    expect(queueCsvFileName({ prefix: 'review-queue', insurerName: 'Rheinmark Versicherung AG', today: '2026-12-01' })).toBe('review-queue_Rheinmark Versicherung AG_2026-12-01.csv');
  });
});
