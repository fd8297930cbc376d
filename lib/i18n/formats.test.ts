import { createFormatter } from 'next-intl';
import { describe, expect, test } from 'vitest';
import { TIME_ZONE } from './config';
import { FORMATS } from './formats';

const formatterFor = (locale: 'en' | 'de') => createFormatter({ locale, formats: FORMATS, timeZone: TIME_ZONE });
// Intl uses narrow no-break spaces in some outputs; compare on plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('locale formats', () => {
  test('euro amounts', () => {
    expect(plain(formatterFor('de').number(1234567, 'eur'))).toBe('1.234.567 €');
    expect(plain(formatterFor('en').number(1234567, 'eur'))).toBe('€1,234,567');
    expect(plain(formatterFor('de').number(1234.5, 'eurCents'))).toBe('1.234,50 €');
  });
  test('integers and percentages', () => {
    expect(formatterFor('de').number(9500, 'integer')).toBe('9.500');
    expect(formatterFor('en').number(9500, 'integer')).toBe('9,500');
    expect(plain(formatterFor('de').number(0.42, 'percent'))).toBe('42 %');
    expect(formatterFor('en').number(0.42, 'percent')).toBe('42%');
  });
  test('dates are unambiguous in both languages and shown in Central European time', () => {
    const date = new Date('2026-03-04T23:30:00Z'); // already 5 March in Berlin
    expect(formatterFor('de').dateTime(date, 'short')).toBe('05.03.2026');
    expect(formatterFor('en').dateTime(date, 'short')).toBe('Mar 5, 2026');
    expect(formatterFor('de').dateTime(date, 'long')).toBe('5. März 2026');
    expect(plain(formatterFor('de').dateTime(date, 'withTime'))).toBe('05.03.2026, 00:30');
  });
});
