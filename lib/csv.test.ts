import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { neutraliseCsvCell, toCsv, toCsvRecords } from './csv';

describe('CSV', () => {
  test.each(['=1+1', '+49 30 1234', '-2', '@SUM(A1)', '\tx', '\rx'])('neutralises %j', (cell) => {
    expect(neutraliseCsvCell(cell)).toBe(`'${cell}`);
  });
  test('leaves plain text and numbers alone', () => {
    expect(neutraliseCsvCell('Hansen GmbH')).toBe('Hansen GmbH');
    expect(neutraliseCsvCell(-2)).toBe(-2);
    expect(neutraliseCsvCell(null)).toBe(null);
  });
  test('quotes separators and line breaks and round-trips through a parser', () => {
    const csv = toCsv({ header: ['name', 'score'], rows: [['Huber & Partner, "Wien"', 61.5], ['=HYPERLINK("x")', 3]] });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(parse(csv.slice(1))).toEqual([
      ['name', 'score'],
      ['Huber & Partner, "Wien"', '61.5'],
      ['\'=HYPERLINK("x")', '3'],
    ]);
  });
});

describe('CSV in batches', () => {
  test('a document begun with toCsv and continued with toCsvRecords reads as one', () => {
    const csv = toCsv({ header: ['name', 'n'], rows: [['a', 1]] }) + toCsvRecords([['@SUM(1)', 2], ['b', 3]]);
    expect(parse(csv.slice(1))).toEqual([
      ['name', 'n'],
      ['a', '1'],
      ["'@SUM(1)", '2'],
      ['b', '3'],
    ]);
  });
});
