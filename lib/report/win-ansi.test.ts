import { expect, test } from 'vitest';
import { toWinAnsi } from './win-ansi';

test.each([
  ['Hansen Maschinenbau GmbH', 'Hansen Maschinenbau GmbH'],
  ['Müller & Söhne – Straße „Süd“ €', 'Müller & Söhne – Straße „Süd“ €'],
  ['Łódź Spółka z o.o.', 'Lódz Spólka z o.o.'],
  ['Dvořák Kovárna s.r.o.', 'Dvorák Kovárna s.r.o.'],
  ['Győr Kft.', 'Gyor Kft.'],
  ['東京 ✓', '?? ?'],
])('%s → %s', (input, output) => {
  expect(toWinAnsi(input)).toBe(output);
});
