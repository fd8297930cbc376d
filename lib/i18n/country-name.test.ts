import { expect, test } from 'vitest';
import { countryName } from './country-name';

test.each([
  ['AT', 'de', 'Österreich'],
  ['AT', 'en', 'Austria'],
  ['DE', 'de', 'Deutschland'],
  ['not a code', 'en', 'not a code'],
])('%s in %s is %s', (code, locale, expected) => {
  expect(countryName(code, locale)).toBe(expected);
});
