// The content hash a rendered report is stored under: SHA-256 of the canonical JSON of everything
// the document shows besides the snapshot itself — the snapshot digest (answers and result), the
// language, the report's layout version, the renderer's version, a digest of the language's catalog
// (so a changed text renders anew), the cover's facts and the terms shown to this reader (so two
// readers who may see different terms never share bytes). Same input, same hash, same bytes.
import { canonicalJson, sha256Hex } from '@/lib/canonical-json';
import type { TLocale } from '@/lib/i18n/config';
import { getMessages } from '@/lib/i18n/messages';
import type { TReportTerms } from './report-terms';

/** Bump when the layout changes: every stored report is rendered anew. */
export const REPORT_LAYOUT_VERSION = 'report-layout@1';
/** The PDF library's exact version (package.json pins it; report-hash.test.ts holds them equal). */
export const REPORT_RENDERER = '@react-pdf/renderer@4.9.0';

export type TReportHashInput = {
  snapshotId: string;
  snapshotDigest: string;
  locale: TLocale;
  cover: { clientName: string; industry: string; country: string; brokerName: string; brokerageName: string; insurerNames: string[]; submittedByName: string | null };
  terms: TReportTerms | null;
};

const catalogDigests = new Map<TLocale, string>();

/** SHA-256 of the language's whole catalog, computed once per process. */
export function catalogDigest(locale: TLocale): string {
  let digest = catalogDigests.get(locale);
  if (!digest) {
    digest = sha256Hex(canonicalJson(getMessages(locale)));
    catalogDigests.set(locale, digest);
  }
  return digest;
}

export function computeReportHash(input: TReportHashInput): string {
  return sha256Hex(canonicalJson({ ...input, layout: REPORT_LAYOUT_VERSION, renderer: REPORT_RENDERER, catalog: catalogDigest(input.locale) }));
}
