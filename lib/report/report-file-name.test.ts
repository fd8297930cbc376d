import { expect, test } from 'vitest';
import { asciiSlug, reportFileName } from './report-file-name';

test.each([
  ['Hansen Maschinenbau GmbH', 'Hansen-Maschinenbau-GmbH'],
  ['Huber & Partner Rechtsanwälte', 'Huber-Partner-Rechtsanwaelte'],
  ['Müller Söhne Straße', 'Mueller-Soehne-Strasse'],
  ['Crème Brûlée SARL', 'Creme-Brulee-SARL'],
  ['"; rm -rf / ; "', 'rm-rf'],
  ['東京', 'Client'],
])('%s → %s', (name, slug) => {
  expect(asciiSlug(name)).toBe(slug);
});

test('the file name carries the client and the date, in ASCII only', () => {
  expect(reportFileName('Huber & Partner Rechtsanwälte', '2026-11-02')).toBe('Signet-Risk-Report-Huber-Partner-Rechtsanwaelte-2026-11-02.pdf');
  expect(reportFileName('x'.repeat(200), '2026-11-02')).toMatch(/^[\x20-\x7e]{1,130}$/);
});
