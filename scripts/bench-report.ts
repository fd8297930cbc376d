// Benchmark of the PDF risk report (npm run bench:report).
//
// On a fresh temporary database (migrated and seeded like the tests'), the seeded Hansen assessment's
// report is rendered in full by the app's own function (getReportPdfForUser, the route's data path)
// with a store that keeps nothing, so every call renders; beside it, in the same run, a one-page
// document rendered with the same library (the ratio says what the report's size costs over the
// library's fixed price). Then the cached download: the same call with the PostgreSQL store, which
// holds the report after the first call (hash, store lookup, no render). It prints medians and sizes;
// `--out DIR` also writes the English and German reports there (to look at them with pdftoppm).
// Timings depend on the machine: nothing here passes or fails.
//
// Run through the npm script: it lets the data modules' `import 'server-only'` resolve outside Next
// (scripts/lib/server-only-off.mjs) without the react-server condition, under which React's server
// build cannot drive the PDF renderer.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Page, Text, renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';
import { createPrismaClient } from '../lib/db/create-client';
import { getReportPdfForUser } from '../lib/report/queries';
import type { TReportStore } from '../lib/report/report-store';
import { loadSessionUser } from '../lib/testing/session-user';
import { ASSESSMENTS, USERS } from '../prisma/seed/demo-world';
import { acquireDatabase } from './lib/database';
import { createTestDatabase } from './lib/test-database';

const WARMUP = 2;
const ROUNDS = 9;
const CACHED_ROUNDS = 51;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 0 ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[middle]!;
}

async function time(rounds: number, run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

/** A store that never has anything: every call renders. */
const NO_STORE: TReportStore = { get: async () => null, put: async () => {} };

function onePage() {
  return createElement(Document, null, createElement(Page, { size: 'A4', style: { padding: 50, fontFamily: 'Helvetica', fontSize: 10 } }, createElement(Text, null, 'Signet – eine Seite mit Umlauten: äöüß €')));
}

async function main(): Promise<void> {
  const outIndex = process.argv.indexOf('--out');
  const outDir = outIndex > 0 ? process.argv[outIndex + 1] : undefined;
  const server = await acquireDatabase(() => {});
  const database = await createTestDatabase(server.url);
  process.env.DATABASE_URL = database.url;
  const db = createPrismaClient({ databaseUrl: database.url, poolMax: 2 });
  try {
    const user = await loadSessionUser(db, USERS.hansen.email);
    const assessmentId = ASSESSMENTS.hansen.id;
    const render = (locale: 'en' | 'de', store?: TReportStore) => getReportPdfForUser({ user, assessmentId, locale, store });

    const english = (await render('en', NO_STORE))!;
    const german = (await render('de', NO_STORE))!;
    if (outDir) {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(path.join(outDir, 'report-en.pdf'), english.bytes);
      writeFileSync(path.join(outDir, 'report-de.pdf'), german.bytes);
    }
    const small = await renderToBuffer(onePage());
    const fullMs = await time(ROUNDS, () => render('en', NO_STORE));
    const onePageMs = await time(ROUNDS, () => renderToBuffer(onePage()));
    await render('en'); // the PostgreSQL store now holds it
    const cachedMs = await time(CACHED_ROUNDS, async () => {
      const download = await render('en');
      if (!download?.isFromStore) throw new Error('expected a stored report');
    });

    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
    console.log(`signet PDF report benchmark — ${database.name}; median of ${ROUNDS} renders (${CACHED_ROUNDS} cached downloads) after ${WARMUP} warm-up, Node ${process.version}`);
    console.log(`full report (Hansen, EN)   ${fullMs.toFixed(0).padStart(6)} ms   ${kb(english.bytes.byteLength).padStart(7)}   (DE: ${kb(german.bytes.byteLength)})`);
    console.log(`one-page document          ${onePageMs.toFixed(0).padStart(6)} ms   ${kb(small.byteLength).padStart(7)}   ratio ${(fullMs / onePageMs).toFixed(1)}×`);
    console.log(`cached download (stored)   ${cachedMs.toFixed(1).padStart(6)} ms             target < 50 ms; full target < 1500 ms`);
    if (outDir) console.log(`wrote ${path.join(outDir, 'report-en.pdf')} and report-de.pdf`);
  } finally {
    await db.$disconnect();
    await database.drop();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
