import 'server-only';
// Renders the report model to PDF bytes in-process with @react-pdf/renderer (no browser).
import { Font, renderToBuffer } from '@react-pdf/renderer';
import { createFormatter, createTranslator } from 'use-intl/core';
import { TIME_ZONE } from '@/lib/i18n/config';
import { FORMATS } from '@/lib/i18n/formats';
import { getMessages } from '@/lib/i18n/messages';
import type { TReportModel } from './build-report-model';
import { ReportDocument, type TReportTranslate } from './report-document';

// react-pdf hyphenates with English rules by default, which splits German words wrongly: words
// break only at spaces and hyphens of their own.
Font.registerHyphenationCallback((word) => [word]);

export async function renderReportPdf(model: TReportModel): Promise<Uint8Array> {
  const { locale } = model;
  const translator = createTranslator({ locale, messages: getMessages(locale) as never, timeZone: TIME_ZONE, formats: FORMATS });
  const t: TReportTranslate = (key, values) => (translator as unknown as (key: string, values?: Record<string, string | number>) => string)(key, values);
  const format = createFormatter({ locale, timeZone: TIME_ZONE, formats: FORMATS });
  const buffer = await renderToBuffer(<ReportDocument model={model} t={t} format={format} />);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
