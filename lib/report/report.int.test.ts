// The PDF risk report against the seeded database (issue 8, "PDF risk report"): the seeded Hansen
// snapshot renders to real PDF bytes whose text (pdftotext) names the client, the grade, a finding
// and the page numbers, in English and in German with its umlauts; the second download comes from
// the store without rendering; the same input renders the same bytes; another tenant gets nothing;
// and the terms shown depend on the reader: an underwriter only ever sees their own insurer's.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ASSESSMENTS, USERS } from '@/prisma/seed/demo-world';
import { createPrismaClient, type PrismaClient } from '@/lib/db/create-client';
import { createFormatter } from 'next-intl';
import { TIME_ZONE } from '@/lib/i18n/config';
import { FORMATS } from '@/lib/i18n/formats';
import { translateKey } from '@/lib/i18n/translate';
import { getQuestionnaire } from '@/lib/questionnaire';
import { buildResultsView } from '@/lib/results/build-results-view';
import { formatEur, formatPoints } from '@/lib/results/format';
import type { TFinalScoringResult } from '@/lib/scoring';
import { loadSessionUser } from '@/lib/testing/session-user';
import { todayIsoDate } from '@/lib/today';
import { getReportPdfForUser } from './queries';
import { createFileReportStore, type TReportStore } from './report-store';

const RENDER_TIMEOUT = 180_000;
const HANSEN = ASSESSMENTS.hansen.id;
const globalForPrisma = globalThis as unknown as { signetPrisma?: PrismaClient };
let db: PrismaClient;
let directory: string;

beforeAll(async () => {
  db = createPrismaClient({ databaseUrl: process.env.DATABASE_URL!, poolMax: 2 });
  globalForPrisma.signetPrisma = db;
  directory = await mkdtemp(path.join(tmpdir(), 'signet-report-test-'));
});
afterAll(async () => {
  delete globalForPrisma.signetPrisma;
  await db.$disconnect();
  await rm(directory, { recursive: true, force: true });
});

async function tempPdf(bytes: Uint8Array): Promise<string> {
  const file = path.join(directory, `${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, bytes);
  return file;
}

/** The text of a PDF as pdftotext (poppler) reads it: what a reader can search and copy. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', await tempPdf(bytes), '-'], { encoding: 'utf8' });
}

async function pdfPages(bytes: Uint8Array): Promise<number> {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [await tempPdf(bytes)], { encoding: 'utf8' }))![1]);
}

/** A store that counts what it is asked and keeps nothing: every call renders. */
function countingStore(inner: TReportStore | null) {
  const counts = { get: 0, put: 0, hits: 0 };
  const store: TReportStore = {
    get: async (hash) => {
      counts.get++;
      const found = inner ? await inner.get(hash) : null;
      if (found) counts.hits++;
      return found;
    },
    put: async (artifact) => {
      counts.put++;
      await inner?.put(artifact);
    },
  };
  return { store, counts };
}

const as = (email: string) => loadSessionUser(db, email);

async function hansenView(locale: 'en' | 'de') {
  const snapshot = await db.assessmentSnapshot.findFirstOrThrow({ where: { assessmentId: HANSEN }, orderBy: { sequence: 'desc' } });
  return buildResultsView({ result: snapshot.result as unknown as TFinalScoringResult, locale, questionnaire: getQuestionnaire(snapshot.questionnaireVersion)!, submittedOn: todayIsoDate(snapshot.createdAt) });
}

describe('the Hansen report for its client', () => {
  test(
    'every chapter with what the results page shows: the same numbers, the loss curve, the protection plan and monitoring, the playbook, the evidence checklist, the appendix; a running header on every page',
    async () => {
      const user = await as(USERS.hansen.email);
      const report = await getReportPdfForUser({ user, assessmentId: HANSEN, locale: 'en', store: countingStore(null).store });
      // pdftotext breaks lines where the layout does: compare with whitespace folded.
      const fold = (value: string) => value.replace(/\s+/g, ' ').trim();
      const text = fold(await pdfText(report!.bytes));
      const view = await hansenView('en');
      const format = createFormatter({ locale: 'en', formats: FORMATS, timeZone: TIME_ZONE });
      const en = (key: string) => translateKey('en', key) ?? key;
      const expected = [
        ...['report.summary.title', 'results.stages.risk', 'report.contents.findings', 'report.contents.protection', 'report.contents.insurance', 'report.contents.claims', 'report.appendix.title'].map(en),
        formatPoints(format, view.risk.score),
        en('results.loss.chartTitle'),
        formatEur(format, view.risk.loss!.annualExpectedLoss),
        view.protection.recommendations[0]!.title,
        en('results.monitoring.title'),
        ...view.protection.monitoring.triggers.slice(0, 1),
        view.claims.steps[0]!.title,
        view.claims.steps.at(-1)!.title,
        en('results.claims.evidence'),
        view.claims.evidence[0]!.items[0]!.text,
        view.claims.deadlines[0]!.label,
        // The appendix: the questionnaire's last question, asked or not.
        en(`questionnaire.questions.${getQuestionnaire(view.questionnaireVersion)!.questions.at(-1)!.id}.text`),
      ].map(fold);
      for (const part of expected) expect(text, part).toContain(part);
      // Every page after the cover carries the running header.
      const pages = await pdfPages(report!.bytes);
      const header = fold(translateKey('en', 'report.runningHeader')!.replace('{client}', 'Hansen Maschinenbau GmbH'));
      for (const page of [2, Math.ceil(pages / 2), pages]) {
        expect(fold(execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), await tempPdf(report!.bytes), '-'], { encoding: 'utf8' })), `page ${page}`).toContain(header);
      }
    },
    RENDER_TIMEOUT,
  );

  test(
    'English: client, grade, findings, page numbers; then served from the store without rendering',
    async () => {
      const user = await as(USERS.hansen.email);
      const { store, counts } = countingStore(createFileReportStore(path.join(directory, 'store')));
      const first = await getReportPdfForUser({ user, assessmentId: HANSEN, locale: 'en', store });
      expect(first).toMatchObject({ isFromStore: false, locale: 'en' });
      expect(first!.fileName).toMatch(/^Signet-Risk-Report-Hansen-Maschinenbau-GmbH-\d{4}-\d{2}-\d{2}\.pdf$/);
      expect(Buffer.from(first!.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
      const view = await hansenView('en');
      const text = await pdfText(first!.bytes);
      expect(text).toContain('Hansen Maschinenbau GmbH');
      expect(text).toContain(`Grade ${view.risk.grade}: ${view.risk.gradeLabel}`);
      const findings = view.risk.findingGroups.flatMap((group) => group.findings);
      expect(text).toContain(findings[0]!.title);
      expect(text).toContain(findings.at(-1)!.title);
      const pages = await pdfPages(first!.bytes);
      expect(pages).toBeGreaterThan(10);
      expect(text).toContain(`Page 1 of ${pages}`);
      expect(text).toContain(`Page ${pages} of ${pages}`);
      expect(text).toContain(`Report ${first!.contentHash.slice(0, 12)}`);
      expect(counts).toEqual({ get: 1, put: 1, hits: 0 });

      const second = await getReportPdfForUser({ user, assessmentId: HANSEN, locale: 'en', store });
      expect(second).toMatchObject({ isFromStore: true, contentHash: first!.contentHash, fileName: first!.fileName });
      expect(Buffer.from(second!.bytes).equals(Buffer.from(first!.bytes))).toBe(true);
      expect(counts).toEqual({ get: 2, put: 1, hits: 1 });
    },
    RENDER_TIMEOUT,
  );

  test(
    'German: umlauts and ß come through; another language is another hash; the same input renders the same bytes',
    async () => {
      const user = await as(USERS.hansen.email);
      const german = await getReportPdfForUser({ user, assessmentId: HANSEN, locale: 'de', store: countingStore(null).store });
      const view = await hansenView('de');
      const text = await pdfText(german!.bytes);
      expect(text).toContain('Hansen Maschinenbau GmbH');
      expect(text).toContain(`Note ${view.risk.grade}: ${view.risk.gradeLabel}`);
      expect(text).toMatch(/Seite 1 von \d+/);
      for (const word of ['Prüfsumme des Snapshots', 'Generalschlüssel', 'Schadenbereitschaft', 'Maßnahm', 'Zusammenfassung']) expect(text, word).toContain(word);
      expect(text).toContain(view.risk.findingGroups[0]!.findings[0]!.title);
      const english = await getReportPdfForUser({ user, assessmentId: HANSEN, locale: 'en', store: countingStore(null).store });
      expect(english!.contentHash).not.toBe(german!.contentHash);
      const again = await getReportPdfForUser({ user, assessmentId: HANSEN, locale: 'de', store: countingStore(null).store });
      expect(Buffer.from(again!.bytes).equals(Buffer.from(german!.bytes))).toBe(true);
    },
    RENDER_TIMEOUT,
  );

  test(
    'the PostgreSQL store keeps one artifact per content hash',
    async () => {
      const user = await as(USERS.hansen.email);
      const first = await getReportPdfForUser({ user, assessmentId: HANSEN, locale: 'en' });
      const second = await getReportPdfForUser({ user, assessmentId: HANSEN, locale: 'en' });
      expect(second).toMatchObject({ isFromStore: true, contentHash: first!.contentHash });
      const rows = await db.reportArtifact.findMany({ where: { contentHash: first!.contentHash }, select: { assessmentId: true, locale: true, size: true } });
      expect(rows).toEqual([{ assessmentId: HANSEN, locale: 'en', size: first!.bytes.byteLength }]);
    },
    RENDER_TIMEOUT,
  );
});

describe('tenant isolation', () => {
  test.each([
    ['the client of another company', USERS.steiner.email, HANSEN],
    ['a broker of another brokerage', USERS.clara.email, HANSEN],
    ['an underwriter it was never submitted to', USERS.dora.email, HANSEN],
    ['the client of a draft without a snapshot', USERS.medica.email, ASSESSMENTS.medica.id],
    ['the broker of a draft without a snapshot', USERS.ben.email, ASSESSMENTS.medica.id],
    ['anybody, for an id that names nothing', USERS.hansen.email, 'cm0000000000000000000000'],
  ])('%s gets nothing (404) and nothing is rendered', async (_, email, assessmentId) => {
    const { store, counts } = countingStore(null);
    expect(await getReportPdfForUser({ user: await as(email), assessmentId, locale: 'en', store })).toBeNull();
    expect(counts).toEqual({ get: 0, put: 0, hits: 0 });
  });

  test('an admin may not ask at all', async () => {
    await expect(getReportPdfForUser({ user: await as(USERS.admin.email), assessmentId: HANSEN, locale: 'en' })).rejects.toThrow();
  });
});

describe('decided terms by reader', () => {
  const PREMIUM_RHEINMARK = 55_555;
  const PREMIUM_DANUBIA = 77_777;
  let placementId: string;

  beforeAll(async () => {
    const placement = await db.placement.findUniqueOrThrow({ where: { assessmentId: HANSEN }, include: { submissions: true } });
    placementId = placement.id;
    const rheinmark = placement.submissions.find((submission) => submission.insurerId === 'org_rheinmark')!;
    const { id: _id, insurerId: _insurer, ...facts } = rheinmark;
    await db.submission.create({ data: { ...facts, insurerId: 'org_danubia', status: 'QUOTED', quotedLimitEur: 3_000_000, quotedRetentionEur: 100_000, quotedPremiumEur: PREMIUM_DANUBIA, quoteValidUntil: new Date('2027-01-31') } });
    await db.submission.update({
      where: { id: rheinmark.id },
      data: {
        status: 'QUOTED',
        statusChangedAt: new Date('2026-11-20T10:00:00Z'),
        quotedLimitEur: 2_000_000,
        quotedRetentionEur: 50_000,
        quotedPremiumEur: PREMIUM_RHEINMARK,
        quoteValidUntil: new Date('2027-01-15'),
        subjectivities: { create: [{ text: 'Phishing-resistente MFA für alle Administratoren', dueDate: new Date('2027-02-01') }] },
      },
    });
  });

  afterAll(async () => {
    await db.placement.update({ where: { id: placementId }, data: { boundSubmissionId: null, boundAt: null } });
    await db.submission.deleteMany({ where: { placementId, insurerId: 'org_danubia' } });
    await db.subjectivity.deleteMany({ where: { submission: { placementId } } });
    await db.submission.updateMany({ where: { placementId }, data: { status: 'SUBMITTED', quotedLimitEur: null, quotedRetentionEur: null, quotedPremiumEur: null, quoteValidUntil: null } });
  });

  const textFor = async (email: string, locale: 'en' | 'de' = 'en') => {
    const report = await getReportPdfForUser({ user: await as(email), assessmentId: HANSEN, locale, store: countingStore(null).store });
    return { report: report!, text: (await pdfText(report!.bytes)).replace(/\u00a0/g, ' ') };
  };

  test(
    'quoted: each underwriter sees only their own insurer’s quote; the broker and the client see the indication and the insurers asked',
    async () => {
      const uwe = await textFor(USERS.uwe.email);
      expect(uwe.text).toContain('Quoted terms');
      expect(uwe.text).toContain('€55,555');
      expect(uwe.text).toContain('Phishing-resistente MFA für alle Administratoren');
      expect(uwe.text).not.toContain('€77,777');
      expect(uwe.text).not.toContain('Danubia');
      const dora = await textFor(USERS.dora.email);
      expect(dora.text).toContain('€77,777');
      expect(dora.text).not.toContain('€55,555');
      expect(dora.report.contentHash).not.toBe(uwe.report.contentHash);
      for (const email of [USERS.hansen.email, USERS.anna.email]) {
        const { text } = await textFor(email);
        expect(text, email).not.toContain('€55,555');
        expect(text, email).not.toContain('€77,777');
        expect(text, email).toContain('Insurance indication');
        // Both know which insurers were asked (the cover names them), not what they quoted.
        for (const insurer of ['Rheinmark Versicherung AG', 'Danubia Cyber Insurance SE']) expect(text, email).toContain(insurer);
      }
    },
    RENDER_TIMEOUT,
  );

  test(
    'bound: the client sees the bound terms; the insurer that was not taken up sees none of them',
    async () => {
      const rheinmark = await db.submission.findFirstOrThrow({ where: { placementId, insurerId: 'org_rheinmark' } });
      await db.submission.update({ where: { id: rheinmark.id }, data: { status: 'BOUND' } });
      await db.submission.updateMany({ where: { placementId, insurerId: 'org_danubia' }, data: { status: 'NOT_TAKEN_UP' } });
      await db.placement.update({ where: { id: placementId }, data: { boundSubmissionId: rheinmark.id, boundAt: new Date('2026-11-25T08:00:00Z') } });
      const client = await textFor(USERS.hansen.email, 'de');
      expect(client.text).toContain('Gebundene Konditionen');
      expect(client.text).toContain('55.555 €');
      expect(client.text).toContain('Erstellt am 25.11.2026');
      const dora = await textFor(USERS.dora.email);
      expect(dora.text).not.toContain('€55,555');
      expect(dora.text).not.toContain('€77,777');
      expect(dora.text).toContain('Insurance indication');
    },
    RENDER_TIMEOUT,
  );
});
