// The content hash: the same input gives the same hash; anything the document shows changes it.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { computeReportHash, REPORT_RENDERER, type TReportHashInput } from './report-hash';

const BASE: TReportHashInput = {
  snapshotId: 'snap_1',
  snapshotDigest: 'ab'.repeat(32),
  locale: 'en',
  cover: { clientName: 'Hansen Maschinenbau GmbH', industry: 'manufacturing', country: 'DE', brokerName: 'Anna Berger', brokerageName: 'Nordlicht', insurerNames: [], submittedByName: 'Anna Berger' },
  terms: null,
};

describe('computeReportHash', () => {
  test('is a SHA-256 and stable for the same input, whatever the key order', () => {
    const hash = computeReportHash(BASE);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const reordered = Object.fromEntries(Object.entries(BASE).reverse()) as TReportHashInput;
    expect(computeReportHash(reordered)).toBe(hash);
  });

  test.each([
    ['the language', { locale: 'de' as const }],
    ['the snapshot', { snapshotDigest: 'cd'.repeat(32) }],
    ['the client’s name on the cover', { cover: { ...BASE.cover, clientName: 'Hansen AG' } }],
    ['the terms shown to the reader', { terms: { kind: 'quoted' as const, insurerName: 'Rheinmark', limitEur: 1, retentionEur: 1, premiumEur: 1, validUntil: null, decidedAt: '2026-11-01T00:00:00.000Z', subjectivities: [] } }],
  ])('changes with %s', (_, change) => {
    expect(computeReportHash({ ...BASE, ...change })).not.toBe(computeReportHash(BASE));
  });

  test('names the renderer version package.json pins', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
    expect(REPORT_RENDERER).toBe(`@react-pdf/renderer@${pkg.dependencies['@react-pdf/renderer']}`);
  });
});
