import { describe, expect, test } from 'vitest';
import { negotiateLocale, resolveLocale } from './config';

describe('negotiateLocale', () => {
  test.each([
    [undefined, 'en'],
    ['', 'en'],
    ['de-AT,de;q=0.9,en;q=0.8', 'de'],
    ['de-CH', 'de'],
    ['en-GB,en;q=0.9,de;q=0.8', 'en'],
    ['fr-FR,fr;q=0.9,de;q=0.7,en;q=0.5', 'de'],
    ['fr-FR,en;q=0.5,de;q=0.7', 'de'],
    ['fr,es', 'en'],
    ['de;q=0,en', 'en'],
    ['*', 'en'],
  ])('%s -> %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe('resolveLocale', () => {
  test('an explicit cookie beats the browser', () => {
    expect(resolveLocale({ cookie: 'en', acceptLanguage: 'de-DE' })).toBe('en');
    expect(resolveLocale({ cookie: 'de', acceptLanguage: 'en-US' })).toBe('de');
  });
  test('a signed-in user’s saved language applies on a new browser, unless this browser chose one', () => {
    expect(resolveLocale({ userLocale: 'de', acceptLanguage: 'en-US' })).toBe('de');
    expect(resolveLocale({ cookie: 'en', userLocale: 'de', acceptLanguage: 'de-DE' })).toBe('en');
    expect(resolveLocale({ userLocale: null, acceptLanguage: 'de-DE' })).toBe('de');
  });
  test('an unknown cookie value is ignored', () => {
    expect(resolveLocale({ cookie: 'xx', acceptLanguage: 'de-DE' })).toBe('de');
  });
});
