import { describe, expect, test } from 'vitest';
import { isRecordId, zMultiLineText, zRecordId, zSearchTerm, zSingleLineText } from './validation';

describe('record ids', () => {
  test.each(['cm3k1x9q40000abcd1234efgh', 'asm_hansen', 'org-1'])('%s is a record id', (id) => {
    expect(isRecordId(id)).toBe(true);
    expect(zRecordId().safeParse(id).success).toBe(true);
  });
  test.each(['', '\u0000', 'asm_hansen\u0000', '../x', 'a b', 'ä', 'x'.repeat(65), 42, null])('%j is not', (id) => {
    expect(isRecordId(id)).toBe(false);
    expect(zRecordId().safeParse(id).success).toBe(false);
  });
});

describe('single-line text', () => {
  test.each(['Zoë Müller-Łukasz', 'نسترن\u200cزاده', 'O’Brien'])('accepts %j', (value) => {
    expect(zSingleLineText({ min: 2, max: 40, tooShort: 'validation.nameTooShort' }).safeParse(value).success).toBe(true);
  });
  const name = zSingleLineText({ min: 2, max: 10, tooShort: 'validation.nameTooShort' });
  test('trims, and names the problem', () => {
    expect(name.parse('  Ann  ')).toBe('Ann');
    expect(name.safeParse('A').error?.issues[0]?.message).toBe('validation.nameTooShort');
    expect(name.safeParse('A'.repeat(11)).error?.issues[0]?.message).toBe('validation.tooLong');
    expect(name.safeParse(undefined).error?.issues[0]?.message).toBe('validation.nameTooShort');
  });
  test.each(['An\u0000n', 'An\nn', 'An\u001bn', 'An\u007fn', 'An\u0085n', 'An\u2028n', 'An\u202en', 'An\u2066n'])('refuses control characters in %j', (value) => {
    expect(name.safeParse(value).error?.issues[0]?.message).toBe('validation.controlCharacters');
  });
});

describe('multi-line text and search terms: nothing the database would refuse', () => {
  test.each(['Evidence: MFA report\nsecond line\twith a tab', 'Zoë 🙂 Müller', ''])('a note may be %j', (value) => {
    expect(zMultiLineText({ max: 100 }).safeParse(value).success).toBe(true);
  });
  test.each(['a\u0000b', 'lone \ud800 surrogate', 'lone \udc00 low', '\u001b[31m'])('a note may not be %j', (value) => {
    expect(zMultiLineText({ max: 100 }).safeParse(value)).toMatchObject({ success: false, error: { issues: [{ message: 'validation.controlCharacters' }] } });
  });
  test('a note has a length limit', () => {
    expect(zMultiLineText({ max: 3 }).safeParse('abcd').success).toBe(false);
  });
  test.each([['Hansen', true], [' Hansen ', true], ['\u0000', false], ['a\nb', false], ['x'.repeat(101), false]] as const)('search %j: %s', (value, ok) => {
    expect(zSearchTerm().safeParse(value).success).toBe(ok);
  });
});
