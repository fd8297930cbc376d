import { expect, test } from 'vitest';
import { CLIENTS } from '../../prisma/seed/demo-world';
import { MESSAGES } from '../i18n/messages';
import { countryAnswerFor, INDUSTRIES, industryLabelKey, REVENUE_BANDS, revenueBandLabelKey } from './company';

function lookup(messages: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
}

test('company codes are the question bank’s business-profile options, labelled in both languages', () => {
  expect(INDUSTRIES).toContain('manufacturing');
  expect(REVENUE_BANDS).toContain('from_50m_to_100m');
  for (const locale of ['en', 'de'] as const) {
    for (const code of INDUSTRIES) expect(typeof lookup(MESSAGES[locale], industryLabelKey(code))).toBe('string');
    for (const code of REVENUE_BANDS) expect(typeof lookup(MESSAGES[locale], revenueBandLabelKey(code))).toBe('string');
  }
});

test('the demo clients use valid codes', () => {
  for (const client of Object.values(CLIENTS)) {
    expect(INDUSTRIES).toContain(client.industry);
    expect(REVENUE_BANDS).toContain(client.revenueBand);
  }
});

test.each([
  ['DE', 'germany'],
  ['at', 'austria'],
  ['CH', 'switzerland'],
  ['GB', 'united_kingdom'],
  ['NL', 'other_eu_eea'],
  ['US', 'rest_of_world'],
])('company country %s is answered as %s', (iso, answer) => {
  expect(countryAnswerFor(iso)).toBe(answer);
});
