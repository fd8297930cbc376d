// The PDF risk report's layout (React-PDF primitives, A4, the built-in Helvetica: it covers German
// umlauts, ß, € and dashes). It only lays out the report model: every figure comes from the results
// view model and is written with the results page's formatters (lib/results/format.ts); charts are
// vector graphics drawn with react-pdf's Svg primitives. Function components without hooks, so the
// tree renders the same under Next's server React and plain Node.
import { Document, G, Line, Page, Path, Rect, Svg, Text as SvgText, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { countryName } from '@/lib/i18n/country-name';
import { GRADE_HEX, logTicks, probabilityTicks } from '@/lib/results/chart-scales';
import { formatAnswer, formatEur, formatIsoDate, formatPoints, formatShare, type TFormatter } from '@/lib/results/format';
import type { TAnswerDisplay, TFindingView, TLossView, TResultsView } from '@/lib/results/build-results-view';
import { getGradeForScore, type TSeverity } from '@/lib/scoring';
import type { TReportModel } from './build-report-model';
import type { TReportTerms } from './report-terms';

/** A translator over the whole catalog ('report.pageOf', 'results.loss.title'). */
export type TReportTranslate = (key: string, values?: Record<string, string | number>) => string;

type TContext = { model: TReportModel; t: TReportTranslate; format: TFormatter };

const INK = '#0f172a';
const BODY = '#334155';
const MUTED = '#64748b';
const RULE = '#e2e8f0';
const PANEL = '#f8fafc';
const BRAND = '#1e40af';
const BRAND_DARK = '#172554';
const SEVERITY_HEX: Record<TSeverity, string> = { critical: '#b91c1c', high: '#c2410c', medium: '#1d4ed8', low: '#475569' };

const PAGE_PADDING = { top: 64, bottom: 62, horizontal: 50 };
/** A4 width minus the side margins, in points. */
const CONTENT_WIDTH = 595.28 - 2 * PAGE_PADDING.horizontal;

const styles = StyleSheet.create({
  page: { paddingTop: PAGE_PADDING.top, paddingBottom: PAGE_PADDING.bottom, paddingHorizontal: PAGE_PADDING.horizontal, fontFamily: 'Helvetica', fontSize: 9.5, color: BODY },
  // Line height on a view, not the page: on a page it hides the page numbers (react-pdf 4.9 drops dynamic `render` texts then).
  body: { fontSize: 9.5, lineHeight: 1.35 },
  header: { position: 'absolute', top: 26, left: PAGE_PADDING.horizontal, right: PAGE_PADDING.horizontal, flexDirection: 'row', justifyContent: 'space-between', borderBottomWidth: 0.75, borderBottomColor: RULE, paddingBottom: 6, fontSize: 8, color: MUTED },
  headerBrand: { fontFamily: 'Helvetica-Bold', color: BRAND },
  footer: { position: 'absolute', bottom: 26, left: PAGE_PADDING.horizontal, right: PAGE_PADDING.horizontal, flexDirection: 'row', justifyContent: 'space-between', borderTopWidth: 0.75, borderTopColor: RULE, paddingTop: 6, fontSize: 8, color: MUTED },
  h1: { fontFamily: 'Helvetica-Bold', fontSize: 18, color: INK, marginBottom: 4 , lineHeight: 1.25 },
  h1Number: { color: BRAND },
  lead: { fontSize: 10, color: MUTED, marginBottom: 14 , lineHeight: 1.25 },
  h2: { fontFamily: 'Helvetica-Bold', fontSize: 12, color: INK, marginTop: 14, marginBottom: 6 , lineHeight: 1.25 },
  h3: { fontFamily: 'Helvetica-Bold', fontSize: 10, color: INK, marginTop: 8, marginBottom: 3 , lineHeight: 1.25 },
  small: { fontSize: 8, lineHeight: 1.35, color: MUTED },
  bold: { fontFamily: 'Helvetica-Bold', color: INK },
  paragraph: { marginBottom: 6 },
  notice: { marginTop: 8, padding: 8, backgroundColor: '#fffbeb', borderLeftWidth: 2, borderLeftColor: '#d97706', fontSize: 8.5, color: '#78350f' },
  row: { flexDirection: 'row' },
  figureRow: { flexDirection: 'row', marginBottom: 12 },
  figure: { flex: 1, backgroundColor: PANEL, borderWidth: 0.75, borderColor: RULE, borderRadius: 3, padding: 8, marginRight: 6 },
  figureLast: { marginRight: 0 },
  // Not upper case: long German compounds (Generalschlüssel-Exposition) must fit a quarter of the page.
  figureLabel: { fontSize: 7.5, lineHeight: 1.2, color: MUTED, fontFamily: 'Helvetica-Bold' },
  figureValue: { fontFamily: 'Helvetica-Bold', fontSize: 14, color: INK, marginTop: 3 , lineHeight: 1.25 },
  figureWord: { fontFamily: 'Helvetica-Bold', fontSize: 10.5, color: INK, marginTop: 3 , lineHeight: 1.25 },
  figureNote: { fontSize: 8, color: MUTED, marginTop: 2 },
  table: { borderTopWidth: 0.75, borderTopColor: RULE, marginBottom: 8 },
  tr: { flexDirection: 'row', borderBottomWidth: 0.75, borderBottomColor: RULE, paddingVertical: 3.5 },
  th: { fontFamily: 'Helvetica-Bold', fontSize: 8, color: MUTED, paddingRight: 6 },
  td: { paddingRight: 6 },
  num: { textAlign: 'right' },
  badge: { alignSelf: 'flex-start', lineHeight: 1, color: '#ffffff', fontFamily: 'Helvetica-Bold', fontSize: 7.5, paddingHorizontal: 4, paddingVertical: 1.5, borderRadius: 2, marginRight: 6 },
  bullet: { flexDirection: 'row', marginBottom: 2.5 },
  bulletMark: { width: 10, color: MUTED },
  checkbox: { width: 7, height: 7, borderWidth: 0.75, borderColor: MUTED, marginTop: 2.5, marginRight: 6 },
  card: { borderWidth: 0.75, borderColor: RULE, padding: 9, marginBottom: 8 },
  answers: { marginTop: 5, paddingTop: 5, borderTopWidth: 0.5, borderTopColor: RULE },
  chartTitle: { fontFamily: 'Helvetica-Bold', fontSize: 9, color: INK, marginBottom: 4 },
});

function Header({ model, t }: TContext) {
  return (
    <View style={styles.header} fixed>
      <Text>
        <Text style={styles.headerBrand}>{t('report.brand')}</Text> · {t('report.runningHeader', { client: model.cover.clientName })}
      </Text>
      <Text>{t('report.reportIdShort', { id: model.reportId })}</Text>
    </View>
  );
}

function Footer({ model, t, format }: TContext) {
  return (
    <View style={styles.footer} fixed>
      <Text>{t('report.generatedAt', { date: format.dateTime(new Date(model.generatedAt), 'withTime') })}</Text>
      <Text render={({ pageNumber, totalPages }) => t('report.pageOf', { page: pageNumber, total: totalPages })} />
    </View>
  );
}

/**
 * A chapter: its title on the first page, then its parts. Each part is its own <Page> (it flows onto
 * as many pages as it needs): react-pdf lays out what is left of a page's content again at every
 * page break, so long chapters cut at natural seams (a severity, a questionnaire section) render in
 * linear rather than quadratic time.
 */
function Chapter({ context, number, title, lead, children, parts = [] }: { context: TContext; number: number; title: string; lead?: string; children: ReactNode; parts?: ReactNode[] }) {
  return (
    <>
      <Page size="A4" style={styles.page}>
        <Header {...context} />
        <Text style={styles.h1}>
          <Text style={styles.h1Number}>{number} </Text>
          {title}
        </Text>
        <View style={styles.body}>
          {lead ? <Text style={styles.lead}>{lead}</Text> : <View style={{ height: 8 }} />}
          {children}
        </View>
        <Footer {...context} />
      </Page>
      {parts.map((part, index) => (
        <Page key={index} size="A4" style={styles.page}>
          <Header {...context} />
          <View style={styles.body}>{part}</View>
          <Footer {...context} />
        </Page>
      ))}
    </>
  );
}

function Bullets({ items }: { items: string[] }) {
  return (
    <View>
      {items.map((item, index) => (
        <View key={index} style={styles.bullet} wrap={false}>
          <Text style={styles.bulletMark}>•</Text>
          <Text style={{ flex: 1 }}>{item}</Text>
        </View>
      ))}
    </View>
  );
}

type TColumn = { header: string; width: number; align?: 'right' };

/** A table: column widths as fractions of the content width; the header repeats on every page it spans. */
function Table({ columns, rows }: { columns: TColumn[]; rows: ReactNode[][] }) {
  return (
    <View style={styles.table}>
      <View style={styles.tr}>
        {columns.map((column, index) => (
          <Text key={index} style={[styles.th, { width: `${column.width * 100}%` }, column.align === 'right' ? styles.num : {}]}>
            {column.header}
          </Text>
        ))}
      </View>
      {rows.map((cells, rowIndex) => (
        <View key={rowIndex} style={styles.tr} wrap={false}>
          {cells.map((cell, index) => (
            <View key={index} style={[styles.td, { width: `${columns[index]!.width * 100}%` }]}>
              {typeof cell === 'string' ? <Text style={columns[index]!.align === 'right' ? styles.num : {}}>{cell}</Text> : cell}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}

function Figures({ items }: { items: Array<{ label: string; value: string; note?: string; isWord?: boolean }> }) {
  return (
    <View style={styles.figureRow} wrap={false}>
      {items.map((item, index) => (
        <View key={item.label} style={[styles.figure, index === items.length - 1 ? styles.figureLast : {}]}>
          <Text style={styles.figureLabel}>{item.label}</Text>
          <Text style={item.isWord ? styles.figureWord : styles.figureValue}>{item.value}</Text>
          {item.note ? <Text style={styles.figureNote}>{item.note}</Text> : null}
        </View>
      ))}
    </View>
  );
}

function SeverityBadge({ severity, label }: { severity: TSeverity; label: string }) {
  return <Text style={[styles.badge, { backgroundColor: SEVERITY_HEX[severity] }]}>{label.toUpperCase()}</Text>;
}

function GradeMark({ grade, size }: { grade: string; size: number }) {
  const colour = GRADE_HEX[grade as keyof typeof GRADE_HEX] ?? BRAND;
  return (
    <View style={{ width: size, height: size, borderRadius: size * 0.16, backgroundColor: colour, alignItems: 'center', justifyContent: 'center' }}>
      <Text style={{ color: '#ffffff', fontFamily: 'Helvetica-Bold', fontSize: size * 0.55, lineHeight: 1 }}>{grade}</Text>
    </View>
  );
}

// ---------------------------------------------------------------------------------------------
// Charts (vector)

/** "Reach: what a valid token opens" → "Reach": the chart's label; the table beside it has the whole text. */
const shortLabel = (label: string) => label.split(':')[0]!.trim();

type TBar = { label: string; value: number; valueLabel: string; colour: string };

/** Horizontal bars on a 0..max axis with gridlines, labels left and values right of each bar. */
function BarChart({ bars, max, axisLabel, formatTick, labelWidth = 190 }: { bars: TBar[]; max: number; axisLabel: string; formatTick: (value: number) => string; labelWidth?: number }) {
  const rowHeight = 18;
  const top = 4;
  const plotLeft = labelWidth;
  const plotWidth = CONTENT_WIDTH - labelWidth - 34;
  const height = top + bars.length * rowHeight + 26;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => share * max);
  const x = (value: number) => plotLeft + (Math.min(value, max) / max) * plotWidth;
  const axisY = top + bars.length * rowHeight;
  return (
    <Svg width={CONTENT_WIDTH} height={height} viewBox={`0 0 ${CONTENT_WIDTH} ${height}`}>
      {ticks.map((tick) => (
        <Line key={`grid-${tick}`} x1={x(tick)} y1={top} x2={x(tick)} y2={axisY} stroke={RULE} strokeWidth={0.75} />
      ))}
      {bars.map((bar, index) => {
        const y = top + index * rowHeight;
        return (
          <G key={bar.label}>
            <SvgText x={plotLeft - 6} y={y + 12} textAnchor="end" style={{ fontSize: 8, fontFamily: 'Helvetica' }} fill={BODY}>
              {bar.label}
            </SvgText>
            <Rect x={plotLeft} y={y + 3} width={Math.max(0.5, x(bar.value) - plotLeft)} height={rowHeight - 6} fill={bar.colour} />
            <SvgText x={x(bar.value) + 4} y={y + 12} style={{ fontSize: 8, fontFamily: 'Helvetica-Bold' }} fill={INK}>
              {bar.valueLabel}
            </SvgText>
          </G>
        );
      })}
      <Line x1={plotLeft} y1={axisY} x2={plotLeft + plotWidth} y2={axisY} stroke={MUTED} strokeWidth={0.75} />
      {ticks.map((tick) => (
        <SvgText key={`tick-${tick}`} x={x(tick)} y={axisY + 10} textAnchor="middle" style={{ fontSize: 7, fontFamily: 'Helvetica' }} fill={MUTED}>
          {formatTick(tick)}
        </SvgText>
      ))}
      <SvgText x={plotLeft + plotWidth / 2} y={axisY + 22} textAnchor="middle" style={{ fontSize: 7.5, fontFamily: 'Helvetica' }} fill={MUTED}>
        {axisLabel}
      </SvgText>
    </Svg>
  );
}

/** The loss-exceedance curve: log loss axis, probability axis, markers for p90, p99 and the suggested limit. */
function LossCurveChart({ loss, limitMaxEur, t, format }: { loss: TLossView; limitMaxEur: number; t: TReportTranslate; format: TFormatter }) {
  const width = CONTENT_WIDTH;
  const height = 220;
  const margin = { left: 46, right: 16, top: 14, bottom: 38 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const curve = loss.exceedanceCurve.filter((point) => point.loss > 0);
  const xMin = curve[0]?.loss ?? 1;
  const xMax = Math.max(curve.at(-1)?.loss ?? 1, limitMaxEur);
  const yTicks = probabilityTicks(curve[0]?.probability ?? 1);
  const yMax = yTicks.at(-1) ?? 1;
  const logMin = Math.log10(xMin);
  const logSpan = Math.max(1e-9, Math.log10(xMax) - logMin);
  const x = (value: number) => margin.left + ((Math.log10(Math.max(value, xMin)) - logMin) / logSpan) * plotWidth;
  const y = (probability: number) => margin.top + plotHeight - (probability / yMax) * plotHeight;
  const compactEur = (value: number) => format.number(value, { style: 'currency', currency: 'EUR', notation: 'compact', maximumSignificantDigits: 3 });
  const path = curve.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(point.loss).toFixed(2)},${y(point.probability).toFixed(2)}`).join(' ');
  const area = curve.length > 0 ? `${path} L${x(curve.at(-1)!.loss).toFixed(2)},${y(0).toFixed(2)} L${x(curve[0]!.loss).toFixed(2)},${y(0).toFixed(2)} Z` : '';
  const markers = [
    { value: loss.p90, label: t('results.loss.markerP90'), colour: '#b45309' },
    { value: loss.p99, label: t('results.loss.markerP99'), colour: '#b91c1c' },
    { value: limitMaxEur, label: t('results.loss.markerLimit'), colour: '#047857' },
  ];
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {yTicks.map((tick) => (
        <G key={`y-${tick}`}>
          <Line x1={margin.left} y1={y(tick)} x2={margin.left + plotWidth} y2={y(tick)} stroke={RULE} strokeWidth={0.75} />
          <SvgText x={margin.left - 5} y={y(tick) + 2.5} textAnchor="end" style={{ fontSize: 7, fontFamily: 'Helvetica' }} fill={MUTED}>
            {formatShare(format, tick)}
          </SvgText>
        </G>
      ))}
      {logTicks(xMin, xMax).map((tick) => (
        <G key={`x-${tick}`}>
          <Line x1={x(tick)} y1={margin.top} x2={x(tick)} y2={margin.top + plotHeight} stroke={RULE} strokeWidth={0.5} />
          <SvgText x={x(tick)} y={margin.top + plotHeight + 11} textAnchor="middle" style={{ fontSize: 7, fontFamily: 'Helvetica' }} fill={MUTED}>
            {compactEur(tick)}
          </SvgText>
        </G>
      ))}
      {area ? <Path d={area} fill="#dbe6fe" fillOpacity={0.6} /> : null}
      {path ? <Path d={path} stroke={BRAND} strokeWidth={1.5} fill="none" /> : null}
      {markers.map((marker, index) => (
        <G key={marker.label}>
          <Line x1={x(marker.value)} y1={margin.top} x2={x(marker.value)} y2={margin.top + plotHeight} stroke={marker.colour} strokeWidth={1} strokeDasharray="3,2" />
          <SvgText x={x(marker.value) - 3} y={margin.top + 8 + index * 10} textAnchor="end" style={{ fontSize: 7, fontFamily: 'Helvetica-Bold' }} fill={marker.colour}>
            {marker.label}
          </SvgText>
        </G>
      ))}
      <Line x1={margin.left} y1={margin.top + plotHeight} x2={margin.left + plotWidth} y2={margin.top + plotHeight} stroke={MUTED} strokeWidth={0.75} />
      <Line x1={margin.left} y1={margin.top} x2={margin.left} y2={margin.top + plotHeight} stroke={MUTED} strokeWidth={0.75} />
      <SvgText x={margin.left + plotWidth / 2} y={height - 8} textAnchor="middle" style={{ fontSize: 7.5, fontFamily: 'Helvetica' }} fill={MUTED}>
        {t('results.loss.axisLoss')}
      </SvgText>
      <SvgText x={margin.left} y={8} textAnchor="start" style={{ fontSize: 7.5, fontFamily: 'Helvetica' }} fill={MUTED}>
        {t('results.loss.axisProbability')}
      </SvgText>
    </Svg>
  );
}

// ---------------------------------------------------------------------------------------------
// Pages

function Cover({ model, t, format }: TContext) {
  const { cover, view } = model;
  const submitted = format.dateTime(new Date(cover.submittedAt), 'withTime');
  const details: Array<[string, string]> = [
    [t('report.cover.reportDate'), format.dateTime(new Date(model.generatedAt), 'long')],
    [t('report.cover.submitted'), cover.submittedByName ? t('report.cover.submittedBy', { date: submitted, name: cover.submittedByName }) : submitted],
    [t('report.cover.industry'), cover.industry],
    [t('report.cover.country'), countryName(cover.country, model.locale)],
    [t('report.cover.broker'), cover.brokerName],
    [t('report.cover.brokerage'), cover.brokerageName],
    ...(cover.insurerNames.length > 0 ? ([[t('report.cover.insurers'), cover.insurerNames.join(', ')]] as Array<[string, string]>) : []),
    [t('report.cover.questionnaire'), cover.questionnaireVersion],
    [t('report.cover.model'), cover.modelVersion],
    ...(cover.lossModelVersion ? ([[t('report.cover.lossModel'), cover.lossModelVersion]] as Array<[string, string]>) : []),
    [t('report.cover.reportId'), model.reportId],
    [t('report.cover.digest'), cover.snapshotDigest],
  ];
  return (
    <Page size="A4" style={[styles.page, { paddingTop: 0, paddingHorizontal: 0 }]}>
      <View style={{ backgroundColor: BRAND_DARK, paddingHorizontal: PAGE_PADDING.horizontal, paddingTop: 56, paddingBottom: 34 }}>
        <Text style={{ color: '#93c5fd', fontFamily: 'Helvetica-Bold', fontSize: 10, letterSpacing: 1.5 }}>{t('report.cover.kicker').toUpperCase()}</Text>
        <Text style={{ color: '#ffffff', fontFamily: 'Helvetica-Bold', fontSize: 26, marginTop: 10, lineHeight: 1.2 }}>{t('report.cover.title')}</Text>
        <Text style={{ color: '#cbd5e1', fontSize: 10.5, marginTop: 8, lineHeight: 1.4 }}>{t('report.cover.subtitle')}</Text>
      </View>
      <View style={[styles.body, { paddingHorizontal: PAGE_PADDING.horizontal, paddingTop: 30 }]}>
        <Text style={styles.figureLabel}>{t('report.cover.preparedFor')}</Text>
        <View style={[styles.row, { alignItems: 'center', marginTop: 6 }]}>
          <View style={{ flex: 1, paddingRight: 16 }}>
            <Text style={{ fontFamily: 'Helvetica-Bold', fontSize: 20, color: INK, lineHeight: 1.25 }}>{cover.clientName}</Text>
            <Text style={{ marginTop: 6, fontSize: 10.5, color: BODY }}>
              {t('report.summary.gradeLine', { grade: view.risk.grade, label: view.risk.gradeLabel })} · {t('results.kpi.score')} {t('report.summary.scoreOf', { score: formatPoints(format, view.risk.score) })}
            </Text>
          </View>
          <GradeMark grade={view.risk.grade} size={64} />
        </View>
        <Text style={[styles.h2, { marginTop: 28 }]}>{t('report.cover.details')}</Text>
        <View style={styles.table}>
          {details.map(([label, value]) => (
            <View key={label} style={styles.tr} wrap={false}>
              <Text style={[styles.td, { width: '32%', color: MUTED }]}>{label}</Text>
              <Text style={[styles.td, { width: '68%', color: INK }, value === cover.snapshotDigest ? { fontSize: 8 } : {}]}>{value}</Text>
            </View>
          ))}
        </View>
        <Text style={[styles.small, { marginTop: 4 }]}>{t('report.cover.reportIdHint')}</Text>
        <Text style={[styles.small, { marginTop: 16 }]}>{t('report.cover.confidential', { client: cover.clientName })}</Text>
      </View>
      <Footer model={model} t={t} format={format} />
    </Page>
  );
}

function FindingLine({ finding, severityLabel }: { finding: TFindingView; severityLabel: string }) {
  return (
    <View style={[styles.row, { marginBottom: 4, alignItems: 'flex-start' }]} wrap={false}>
      <View style={{ width: 70 }}>
        <SeverityBadge severity={finding.severity} label={severityLabel} />
      </View>
      <View style={{ flex: 1 }}>
        <Text style={styles.bold}>{finding.title}</Text>
        <Text style={styles.small}>{finding.sectionTitle}</Text>
      </View>
    </View>
  );
}

function Summary(context: TContext) {
  const { model, t, format } = context;
  const { risk, protection, claims } = model.view;
  const severityLabel = (severity: TSeverity) => model.view.risk.findingGroups.find((group) => group.severity === severity)?.label ?? severity;
  const insurance = protection.insurance;
  return (
    <Chapter context={context} number={1} title={t('report.summary.title')} lead={`${risk.gradeLabel}: ${risk.gradeDescription}`}>
      <Figures
        items={[
          { label: t('results.kpi.score'), value: formatPoints(format, risk.score), note: `${t('results.kpi.outOf100')} · ${t('results.kpi.grade', { grade: risk.grade })}` },
          { label: t('results.kpi.masterKey'), value: formatPoints(format, risk.masterKey.score), note: `${t('results.kpi.outOf100')} · ${t('results.kpi.level', { level: risk.masterKey.levelLabel })}` },
          ...(risk.loss ? [{ label: t('results.kpi.ale'), value: formatEur(format, risk.loss.annualExpectedLoss), note: t('results.kpi.p99Short', { amount: formatEur(format, risk.loss.p99) }) }] : []),
          {
            label: t('results.kpi.readiness'),
            value: claims.readinessScore === null ? t('results.claims.notRated') : formatPoints(format, claims.readinessScore),
            note: t('results.kpi.readinessHint'),
          },
        ]}
      />
      {risk.gradeCap ? (
        <View style={styles.notice} wrap={false}>
          <Text style={{ fontFamily: 'Helvetica-Bold' }}>{t('results.grade.capTitle', { grade: risk.gradeCap.grade })}</Text>
          <Text>{risk.gradeCap.reasons.join(' ')}</Text>
          <Text>
            {t('results.grade.uncapped', { grade: risk.uncappedGrade })} {risk.gradeCap.isBinding ? t('results.grade.capBinding', { from: risk.uncappedGrade, to: risk.grade }) : t('results.grade.capNotBinding')}
          </Text>
        </View>
      ) : null}
      <Text style={styles.h2}>{t('report.summary.topFindings')}</Text>
      {model.topFindings.length === 0 ? <Text>{t('results.findings.none')}</Text> : null}
      {model.topFindings.map((finding) => (
        <FindingLine key={finding.id} finding={finding} severityLabel={severityLabel(finding.severity)} />
      ))}
      {model.moreFindings > 0 ? <Text style={styles.small}>{t('report.summary.moreFindings', { count: model.moreFindings })}</Text> : null}
      <Text style={styles.h2}>{t('report.summary.quantifiedLoss')}</Text>
      {risk.loss ? (
        <Table
          columns={[
            { header: t('results.loss.ale'), width: 0.2, align: 'right' },
            { header: t('report.summary.median'), width: 0.2, align: 'right' },
            { header: t('results.loss.p90'), width: 0.2, align: 'right' },
            { header: t('report.summary.p95'), width: 0.2, align: 'right' },
            { header: t('results.loss.p99'), width: 0.2, align: 'right' },
          ]}
          rows={[[formatEur(format, risk.loss.annualExpectedLoss), formatEur(format, risk.loss.p50), formatEur(format, risk.loss.p90), formatEur(format, risk.loss.p95), formatEur(format, risk.loss.p99)]]}
        />
      ) : (
        <Text>{t('results.loss.unavailable')}</Text>
      )}
      {risk.loss ? <Text style={styles.small}>{`${t('results.loss.anyLoss')}: ${formatShare(format, risk.loss.probabilityOfAnyLoss)}`}</Text> : null}
      <Text style={styles.h2}>{t('report.summary.topRecommendations')}</Text>
      {protection.recommendations.length === 0 ? <Text>{t('results.recommendations.none')}</Text> : null}
      {protection.recommendations.slice(0, 3).map((recommendation) => (
        <View key={recommendation.id} style={[styles.row, { marginBottom: 3 }]} wrap={false}>
          <Text style={{ width: 16, color: BRAND, fontFamily: 'Helvetica-Bold' }}>{recommendation.rank}.</Text>
          <Text style={{ flex: 1 }}>
            <Text style={styles.bold}>{recommendation.title}</Text>
            {` · +${formatPoints(format, recommendation.uplift)} · ${t('results.recommendations.after')}: ${formatPoints(format, recommendation.scoreAfter)} / ${recommendation.gradeAfter} · ${recommendation.effortLabel}`}
          </Text>
        </View>
      ))}
      <Text style={styles.h2}>{t('report.summary.insuranceOutcome')}</Text>
      <Text>
        {model.terms ? (
          `${t(model.terms.kind === 'bound' ? 'report.terms.boundTitle' : 'report.terms.quotedTitle')}: ${model.terms.insurerName} · ${t('report.terms.limit')} ${formatEur(format, model.terms.limitEur)} · ${t('report.terms.retention')} ${formatEur(format, model.terms.retentionEur)} · ${t('report.terms.premium')} ${formatEur(format, model.terms.premiumEur)}`
        ) : (
          <>
            <Text style={styles.bold}>{insurance.outcomeLabel}</Text>
            {insurance.premium ? ` · ${t('results.kpi.premiumShort', { amount: formatEur(format, insurance.premium.amountEur) })} (${t('results.insurance.notAQuote')})` : ` · ${t('results.kpi.noPremium')}`}
          </>
        )}
      </Text>
      <Text style={[styles.small, { marginTop: 10 }]}>{`${risk.scoreDirection} ${risk.gradeThresholds}`}</Text>
    </Chapter>
  );
}

function RiskChapter(context: TContext) {
  const { model, t, format } = context;
  const { risk } = model.view;
  const scored = risk.sections.filter((section) => section.score !== null);
  return (
    <Chapter context={context} number={2} title={t('results.stages.risk')} lead={t('results.stageIntro.risk')} parts={[<MasterKeyPart key="master-key" {...context} />, <LossPart key="loss" {...context} />]}>
      <Text style={styles.h2}>{t('results.sections.title')}</Text>
      <View wrap={false}>
        <Text style={styles.chartTitle}>{t('results.sections.chartTitle')}</Text>
        <BarChart
          bars={scored.map((section) => ({
            label: t('results.sections.weightLabel', { title: section.title, weight: formatShare(format, section.weight) }),
            value: section.score!,
            valueLabel: formatPoints(format, section.score!),
            colour: GRADE_HEX[getGradeForScore(section.score!)],
          }))}
          max={100}
          axisLabel={t('results.sections.axisScore')}
          formatTick={(value) => formatPoints(format, value)}
          labelWidth={200}
        />
      </View>
      <Table
        columns={[
          { header: t('results.sections.section'), width: 0.6 },
          { header: t('results.sections.weight'), width: 0.2, align: 'right' },
          { header: t('results.sections.score'), width: 0.2, align: 'right' },
        ]}
        rows={risk.sections.map((section) => [section.title, formatShare(format, section.weight), section.score === null ? t('results.sections.notScored') : formatPoints(format, section.score)])}
      />
      <Text style={styles.small}>{`${risk.scoreDirection} ${risk.gradeThresholds}`}</Text>
      {risk.dontKnowPenalty > 0 ? <Text style={styles.small}>{t('results.grade.dontKnowPenalty', { points: formatPoints(format, risk.dontKnowPenalty) })}</Text> : null}
    </Chapter>
  );
}

function MasterKeyPart({ model, t, format }: TContext) {
  const masterKey = model.view.risk.masterKey;
  const components = masterKey.groups.filter((group) => group.value !== null);
  return (
    <View>
      <Text style={styles.h2}>{t('results.masterKey.title')}</Text>
      <Text style={styles.paragraph}>
        <Text style={styles.bold}>
          {formatPoints(format, masterKey.score)} / 100 · {t('results.kpi.level', { level: masterKey.levelLabel })}
        </Text>
        {`  ${masterKey.direction}`}
      </Text>
      <Text style={styles.paragraph}>{t('results.masterKey.intro')}</Text>
      <View wrap={false}>
        <Text style={styles.chartTitle}>{t('report.risk.masterKeyChart')}</Text>
        <BarChart bars={components.map((group) => ({ label: shortLabel(group.label), value: group.value!, valueLabel: formatPoints(format, group.value!), colour: BRAND }))} max={100} axisLabel={t('results.sections.axisScore')} formatTick={(value) => formatPoints(format, value)} labelWidth={150} />
      </View>
      <Text style={styles.h3}>{t('results.masterKey.drivers')}</Text>
      <Text style={[styles.small, { marginBottom: 4 }]}>{t('results.masterKey.pointsHint')}</Text>
      <Table
        columns={[
          { header: t('results.masterKey.components'), width: 0.3 },
          { header: t('results.masterKey.drivers'), width: 0.58 },
          { header: t('report.risk.points'), width: 0.12, align: 'right' },
        ]}
        rows={masterKey.groups.flatMap((group) =>
          group.drivers.map((driver, index) => [index === 0 ? `${group.label}${group.value !== null ? ` (${formatPoints(format, group.value)})` : ''}` : '', driver.label, formatPoints(format, driver.points)]),
        )}
      />
    </View>
  );
}

function LossPart({ model, t, format }: TContext) {
  const { risk, protection } = model.view;
  return (
    <View>
      <Text style={styles.h2}>{t('results.loss.title')}</Text>
      {risk.loss ? (
        <View>
          <Figures
            items={[
              { label: t('results.loss.ale'), value: formatEur(format, risk.loss.annualExpectedLoss) },
              { label: t('results.loss.p90'), value: formatEur(format, risk.loss.p90), note: t('results.loss.p90Hint') },
              { label: t('results.loss.p99'), value: formatEur(format, risk.loss.p99), note: t('results.loss.p99Hint') },
              { label: t('results.loss.anyLoss'), value: formatShare(format, risk.loss.probabilityOfAnyLoss) },
            ]}
          />
          <View wrap={false}>
            <Text style={styles.chartTitle}>{t('results.loss.chartTitle')}</Text>
            <LossCurveChart loss={risk.loss} limitMaxEur={protection.insurance.suggestedLimit.maxEur} t={t} format={format} />
          </View>
          <Text style={styles.h3}>{t('results.loss.scenarios')}</Text>
          <Table
            columns={[
              { header: t('results.loss.scenario'), width: 0.6 },
              { header: t('results.loss.scenarioAle'), width: 0.22, align: 'right' },
              { header: t('results.loss.eventsPerYear'), width: 0.18, align: 'right' },
            ]}
            rows={risk.loss.scenarios.map((scenario) => [
              <View key={scenario.id}>
                <Text style={styles.bold}>{scenario.title}</Text>
                <Text style={styles.small}>{scenario.description}</Text>
              </View>,
              formatEur(format, scenario.annualExpectedLoss),
              format.number(scenario.meanEventsPerYear, { maximumFractionDigits: 2 }),
            ])}
          />
          <Text style={styles.notice}>{risk.loss.disclaimer}</Text>
          <Text style={[styles.small, { marginTop: 4 }]}>{t('results.loss.simulation', { trials: format.number(risk.loss.trials, 'integer'), seed: String(risk.loss.seed), model: risk.loss.modelVersion })}</Text>
        </View>
      ) : (
        <Text>{t('results.loss.unavailable')}</Text>
      )}
    </View>
  );
}

function AnswerLines({ answers, format }: { answers: Array<{ question: string; answer: TAnswerDisplay }>; format: TFormatter }) {
  return (
    <View>
      {answers.map((answer, index) => (
        <View key={index} style={[styles.row, { marginBottom: 2 }]}>
          <Text style={{ width: '62%', color: MUTED, paddingRight: 8 }}>{answer.question}</Text>
          <Text style={{ width: '38%', fontFamily: 'Helvetica-Bold', color: INK }}>{formatAnswer(format, answer.answer)}</Text>
        </View>
      ))}
    </View>
  );
}

function FindingsChapter(context: TContext) {
  const { model, t, format } = context;
  const groups = model.view.risk.findingGroups.map((group) => (
    <View key={group.severity}>
      <Text style={styles.h2}>{t('results.findings.bySeverity', { severity: group.label, count: group.findings.length })}</Text>
      {group.findings.map((finding) => (
        <View key={finding.id} style={styles.card} wrap={false}>
          <View style={[styles.row, { alignItems: 'center', marginBottom: 3 }]}>
            <SeverityBadge severity={finding.severity} label={group.label} />
            <Text style={[styles.bold, { flex: 1, fontSize: 10 }]}>{finding.title}</Text>
          </View>
          <Text style={[styles.small, { marginBottom: 3 }]}>{t('report.findings.section', { section: finding.sectionTitle })}</Text>
          <Text>{finding.explanation}</Text>
          {finding.answers.length > 0 ? (
            <View style={styles.answers}>
              <Text style={[styles.figureLabel, { marginBottom: 2 }]}>{t('report.findings.answersBehind')}</Text>
              <AnswerLines answers={finding.answers} format={format} />
            </View>
          ) : null}
        </View>
      ))}
    </View>
  ));
  return (
    <Chapter context={context} number={3} title={t('report.contents.findings')} lead={groups.length === 0 ? t('results.findings.none') : t('results.findings.intro')} parts={groups.slice(1)}>
      {groups[0]}
    </Chapter>
  );
}

/** How many recommendations the protection plan describes in full (the table lists them all). */
const DESCRIBED_RECOMMENDATIONS = 10;

function ProtectionChapter(context: TContext) {
  const { model, t, format } = context;
  const { protection } = model.view;
  const top = protection.recommendations.slice(0, 8);
  const monitoring = protection.monitoring;
  const details = (
    <View key="details">
      {protection.recommendations.length > 0 ? (
        <View>
          <Text style={styles.h2}>{t('report.protection.details')}</Text>
          {protection.recommendations.slice(0, DESCRIBED_RECOMMENDATIONS).map((recommendation) => (
            <View key={recommendation.id} style={{ marginBottom: 7 }} wrap={false}>
              <Text style={styles.bold}>
                {recommendation.rank}. {recommendation.title}
              </Text>
              <Text>{recommendation.description}</Text>
              {recommendation.resolvedFindings.length > 0 ? <Text style={styles.small}>{`${t('results.recommendations.resolves')}: ${recommendation.resolvedFindings.map((finding) => finding.title).join('; ')}`}</Text> : null}
              {recommendation.claimsReadinessUplift > 0 ? <Text style={styles.small}>{t('results.recommendations.readiness', { points: formatPoints(format, recommendation.claimsReadinessUplift) })}</Text> : null}
            </View>
          ))}
        </View>
      ) : null}
      <Text style={styles.h2}>{t('results.monitoring.title')}</Text>
      <Table
        columns={[
          { header: '', width: 0.45 },
          { header: '', width: 0.55 },
        ]}
        rows={[
          [t('results.monitoring.interval'), t('results.monitoring.intervalMonths', { months: monitoring.intervalMonths })],
          [t('results.monitoring.nextReassessment'), formatIsoDate(format, monitoring.nextReassessmentOn)],
          ...monitoring.dueDates.map((due) => [due.label, formatIsoDate(format, due.date)]),
        ]}
      />
      {monitoring.triggers.length > 0 ? (
        <View>
          <Text style={styles.h3}>{t('results.monitoring.triggers')}</Text>
          <Bullets items={monitoring.triggers} />
        </View>
      ) : null}
      {monitoring.reverifyQuestions.length > 0 ? (
        <View>
          <Text style={styles.h3}>{t('results.monitoring.reverify', { count: monitoring.reverifyQuestions.length })}</Text>
          <Bullets items={monitoring.reverifyQuestions} />
        </View>
      ) : null}
    </View>
  );
  return (
    <Chapter context={context} number={4} title={t('report.contents.protection')} lead={t('results.stageIntro.protection')} parts={[details]}>
      <Text style={styles.h2}>{t('results.recommendations.title')}</Text>
      <Text style={styles.paragraph}>{t('results.recommendations.intro')}</Text>
      {protection.recommendations.length === 0 ? (
        <Text>{t('results.recommendations.none')}</Text>
      ) : (
        <View>
          <View wrap={false}>
            <Text style={styles.chartTitle}>{t('report.protection.upliftChart', { count: top.length })}</Text>
            <BarChart
              bars={top.map((recommendation) => ({
                label: `${recommendation.rank}. ${recommendation.title.length > 44 ? `${recommendation.title.slice(0, 43)}…` : recommendation.title}`,
                value: recommendation.uplift,
                valueLabel: `+${formatPoints(format, recommendation.uplift)}`,
                colour: GRADE_HEX[recommendation.gradeAfter],
              }))}
              max={Math.max(5, Math.ceil(Math.max(...top.map((recommendation) => recommendation.uplift)) / 5) * 5)}
              axisLabel={t('results.recommendations.uplift')}
              formatTick={(value) => formatPoints(format, value)}
              labelWidth={230}
            />
          </View>
          <Table
            columns={[
              { header: t('results.recommendations.rank'), width: 0.07 },
              { header: t('results.recommendations.recommendation'), width: 0.41 },
              { header: t('results.recommendations.effort'), width: 0.12 },
              { header: t('results.recommendations.uplift'), width: 0.12, align: 'right' },
              { header: t('results.recommendations.after'), width: 0.14, align: 'right' },
              { header: t('results.recommendations.exposure'), width: 0.14, align: 'right' },
            ]}
            rows={protection.recommendations.map((recommendation) => [
              String(recommendation.rank),
              <View key={recommendation.id}>
                <Text style={styles.bold}>{recommendation.title}</Text>
                <Text style={styles.small}>{recommendation.sectionTitle}</Text>
                {recommendation.resolvesKnockOut ? <Text style={[styles.small, { color: SEVERITY_HEX.critical }]}>{t('results.recommendations.knockOut')}</Text> : null}
              </View>,
              recommendation.effortLabel,
              `+${formatPoints(format, recommendation.uplift)}`,
              `${formatPoints(format, recommendation.scoreAfter)} / ${recommendation.gradeAfter}`,
              recommendation.masterKeyExposureReduction > 0 ? `–${formatPoints(format, recommendation.masterKeyExposureReduction)}` : formatPoints(format, 0),
            ])}
          />
        </View>
      )}
    </Chapter>
  );
}

function TermsSection({ terms, t, format }: { terms: TReportTerms; t: TReportTranslate; format: TFormatter }) {
  const decided = format.dateTime(new Date(terms.decidedAt), 'short');
  return (
    <View>
      <Text style={styles.h2}>{t(terms.kind === 'bound' ? 'report.terms.boundTitle' : 'report.terms.quotedTitle')}</Text>
      <Text style={styles.paragraph}>{terms.kind === 'bound' ? t('report.terms.boundIntro') : t('report.terms.quotedIntro', { insurer: terms.insurerName })}</Text>
      <Figures
        items={[
          { label: t('report.terms.insurer'), value: terms.insurerName, isWord: true, note: `${t(terms.kind === 'bound' ? 'report.terms.boundOn' : 'report.terms.quotedOn')} ${decided}` },
          { label: t('report.terms.limit'), value: formatEur(format, terms.limitEur) },
          { label: t('report.terms.retention'), value: formatEur(format, terms.retentionEur) },
          { label: t('report.terms.premium'), value: formatEur(format, terms.premiumEur), note: terms.validUntil && terms.kind === 'quoted' ? `${t('report.terms.validUntil')} ${formatIsoDate(format, terms.validUntil)}` : undefined },
        ]}
      />
      <Text style={styles.h3}>{t('report.terms.subjectivities')}</Text>
      {terms.subjectivities.length === 0 ? (
        <Text>{t('report.terms.noSubjectivities')}</Text>
      ) : (
        <Table
          columns={[
            { header: t('report.terms.condition'), width: 0.6 },
            { header: t('report.terms.due'), width: 0.18 },
            { header: t('report.terms.status'), width: 0.22 },
          ]}
          rows={terms.subjectivities.map((subjectivity) => [subjectivity.text, formatIsoDate(format, subjectivity.dueDate), t(`report.terms.statuses.${subjectivity.status}`)])}
        />
      )}
    </View>
  );
}

function IndicationSection({ view, t, format }: { view: TResultsView; t: TReportTranslate; format: TFormatter }) {
  const insurance = view.protection.insurance;
  const premium = insurance.premium;
  const range = (band: { minEur: number; maxEur: number }) => `${formatEur(format, band.minEur)} – ${formatEur(format, band.maxEur)}`;
  const factorInput = (input: TAnswerDisplay | null, sectionId: string | null) => (input === null ? '' : sectionId ? t('results.insurance.sectionScore', { score: formatAnswer(format, input) }) : formatAnswer(format, input));
  return (
    <View>
      <Text style={styles.h2}>
        {t('results.insurance.title')} <Text style={[styles.small, { fontFamily: 'Helvetica' }]}>({t('results.insurance.notAQuote')})</Text>
      </Text>
      <Figures
        items={[
          { label: t('results.insurance.insurability'), value: insurance.outcomeLabel, isWord: true },
          { label: t('results.insurance.limit'), value: range(insurance.suggestedLimit), isWord: true, note: insurance.suggestedLimit.label },
          { label: t('results.insurance.retention'), value: range(insurance.retention), isWord: true, note: insurance.retention.label },
          {
            label: t('results.insurance.premium'),
            value: premium ? formatEur(format, premium.amountEur) : t('results.kpi.noPremium'),
            isWord: !premium,
            note: premium ? `${t('results.insurance.perYear')} · ${t('results.insurance.range', { low: formatEur(format, premium.lowEur), high: formatEur(format, premium.highEur) })}` : undefined,
          },
        ]}
      />
      {insurance.isRetentionRaised ? <Text style={styles.small}>{t('results.insurance.retentionRaised', { standard: insurance.standardRetentionLabel })}</Text> : null}
      {insurance.limitCoversLossP99 !== null ? <Text style={styles.small}>{insurance.limitCoversLossP99 ? t('results.insurance.limitCoversP99') : t('results.insurance.limitBelowP99')}</Text> : null}
      <Text style={styles.h3}>{t('results.insurance.reasons')}</Text>
      {insurance.reasons.length === 0 ? <Text>{t('results.insurance.noReasons')}</Text> : <Bullets items={insurance.reasons.map((reason) => reason.text)} />}
      {premium ? (
        <View>
          <Text style={styles.h3}>{t('results.insurance.factors')}</Text>
          {premium.base.kind === 'layerLoss' ? (
            <Text style={[styles.small, { marginBottom: 4 }]}>
              {`${t('results.insurance.layerLoss')}: ${formatEur(format, premium.base.layerExpectedLossEur)} — ${t('results.insurance.layerInput', { retention: formatEur(format, premium.base.retentionEur), limit: formatEur(format, premium.base.limitEur) })} ${t('results.insurance.ratio', { ratio: format.number(premium.base.premiumToLayerLossRatio, { maximumFractionDigits: 2 }) })}`}
            </Text>
          ) : (
            <Text style={[styles.small, { marginBottom: 4 }]}>
              {t('results.insurance.baseRateInput', { input: formatAnswer(format, premium.base.input), base: formatEur(format, premium.base.baseRateEur), limit: formatEur(format, premium.base.baseLimitEur), retention: formatEur(format, premium.base.baseRetentionEur) })}
            </Text>
          )}
          <Table
            columns={[
              { header: t('results.insurance.factor'), width: 0.45 },
              { header: t('results.insurance.input'), width: 0.4 },
              { header: t('results.insurance.value'), width: 0.15, align: 'right' },
            ]}
            rows={premium.factors.map((factor) => [factor.label, factorInput(factor.input, factor.sectionId), `× ${format.number(factor.factor, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`])}
          />
        </View>
      ) : (
        <Text>{t('results.insurance.declinedNoPremium')}</Text>
      )}
      <View wrap={false}>
        <Text style={styles.h3}>{t('results.insurance.subjectivities')}</Text>
        {insurance.subjectivities.length === 0 ? (
          <Text>{t('results.insurance.noSubjectivities')}</Text>
        ) : (
          <Bullets items={insurance.subjectivities.map((subjectivity) => (subjectivity.dueDays === null ? subjectivity.text : `${subjectivity.text} (${t('results.insurance.dueAfterBinding', { days: subjectivity.dueDays })})`))} />
        )}
      </View>
      {insurance.accumulationTags.length > 0 ? <Text style={[styles.small, { marginTop: 4 }]}>{`${t('results.insurance.accumulation')}: ${insurance.accumulationTags.join(', ')}`}</Text> : null}
      <Text style={styles.notice}>{insurance.premiumDisclaimer}</Text>
    </View>
  );
}

function InsuranceChapter(context: TContext) {
  const { model, t, format } = context;
  return (
    <Chapter context={context} number={5} title={t('report.contents.insurance')}>
      {model.terms ? <TermsSection terms={model.terms} t={t} format={format} /> : <IndicationSection view={model.view} t={t} format={format} />}
    </Chapter>
  );
}

function ClaimsChapter(context: TContext) {
  const { model, t, format } = context;
  const { claims } = model.view;
  return (
    <Chapter context={context} number={6} title={t('report.contents.claims')} lead={t('results.stageIntro.claims')} parts={[<ClaimsEvidencePart key="evidence" {...context} />]}>
      <Figures
        items={[
          { label: t('results.claims.readiness'), value: claims.readinessScore === null ? t('results.claims.notRated') : `${formatPoints(format, claims.readinessScore)} / 100`, note: t('results.kpi.readinessHint') },
          { label: t('results.claims.playbook'), value: String(claims.steps.length) },
          { label: t('results.claims.evidence'), value: String(claims.evidence.reduce((sum, group) => sum + group.items.length, 0)) },
        ]}
      />
      <Text style={styles.paragraph}>{t('results.claims.readinessIntro')}</Text>
      <Text style={styles.h2}>{t('results.claims.playbook')}</Text>
      <Text style={styles.paragraph}>{t('results.claims.playbookIntro')}</Text>
      {claims.steps.map((step) => (
        <View key={step.id} style={[styles.card, step.urgent ? { borderLeftWidth: 2.5, borderLeftColor: SEVERITY_HEX.critical } : {}]} wrap={false}>
          <View style={[styles.row, { alignItems: 'flex-start' }]}>
            <Text style={{ width: 20, fontFamily: 'Helvetica-Bold', color: BRAND, fontSize: 10.5 }}>{step.order}</Text>
            <View style={{ flex: 1 }}>
              <Text style={[styles.bold, { fontSize: 10 }]}>{step.title}</Text>
              <Text style={[styles.small, { marginBottom: 2 }]}>
                {`${t('results.claims.phase')}: ${step.phaseLabel} · ${t('results.claims.owner')}: ${step.ownerRole}`}
                {step.urgent ? ` · ${t('results.claims.urgent')}` : ''}
              </Text>
              <Text>{step.description}</Text>
              {step.logs.length > 0 ? <Text style={styles.small}>{t('results.claims.stepLogs', { logs: step.logs.join(', ') })}</Text> : null}
              {step.contacts.length > 0 ? <Text style={styles.small}>{t('results.claims.stepContacts', { contacts: step.contacts.join(', ') })}</Text> : null}
              {step.deadlines.length > 0 ? <Text style={styles.small}>{t('results.claims.stepDeadlines', { deadlines: step.deadlines.join(', ') })}</Text> : null}
            </View>
          </View>
        </View>
      ))}
    </Chapter>
  );
}

function ClaimsEvidencePart({ model, t }: TContext) {
  const { claims } = model.view;
  return (
    <View>
      <View wrap={false}>
        <Text style={styles.h2}>{t('results.claims.deadlines')}</Text>
        <Table
          columns={[
            { header: t('results.claims.deadline'), width: 0.36 },
            { header: t('results.claims.hours'), width: 0.12, align: 'right' },
            { header: t('results.claims.countsFrom'), width: 0.22 },
            { header: t('results.claims.notify'), width: 0.3 },
          ]}
          rows={claims.deadlines.map((deadline) => [
            deadline.label,
            deadline.hours === null ? t('results.claims.noFixedHours') : t('results.claims.hoursValue', { hours: deadline.hours }),
            t(`results.claims.from.${deadline.from}`),
            deadline.contact ?? t('results.claims.affectedPeople'),
          ])}
        />
      </View>
      <Text style={styles.h2}>
        {t('results.claims.evidence')}
      </Text>
      <Text style={styles.paragraph}>{t('results.claims.evidenceIntro')}</Text>
      {claims.evidence.map((group) => (
        <View key={group.status} style={{ marginBottom: 4 }}>
          <Text style={styles.h3}>
            {group.label}
          </Text>
          {group.items.map((item) => (
            <View key={item.id} style={styles.bullet} wrap={false}>
              <View style={styles.checkbox} />
              <Text style={{ flex: 1 }}>{item.text}</Text>
            </View>
          ))}
        </View>
      ))}
      <View wrap={false}>
        <Text style={styles.h2}>{t('results.claims.logsByProvider')}</Text>
        <Table
          columns={[
            { header: '', width: 0.3 },
            { header: '', width: 0.7 },
          ]}
          rows={claims.logsByProvider.map((provider) => [provider.label, provider.logs.join(', ')])}
        />
      </View>
      <View wrap={false}>
        <Text style={styles.h2}>{t('results.claims.limitations')}</Text>
        {claims.limitations.length === 0 ? <Text>{t('results.claims.noLimitations')}</Text> : <Bullets items={claims.limitations} />}
      </View>
    </View>
  );
}

function AppendixChapter(context: TContext) {
  const { model, t, format } = context;
  const sections = model.appendix.map((section) => (
    <View key={section.id}>
      <Text style={styles.h2}>{section.title}</Text>
      <Table
        columns={[
          { header: t('report.appendix.number'), width: 0.07 },
          { header: t('report.appendix.question'), width: 0.58 },
          { header: t('report.appendix.answer'), width: 0.35 },
        ]}
        rows={section.questions.map((question) => [
          String(question.number),
          question.text,
          <Text key={question.id} style={question.answer ? styles.bold : styles.small}>
            {question.answer ? formatAnswer(format, question.answer) : question.isAsked ? t('report.appendix.notAnswered') : t('report.appendix.notAsked')}
          </Text>,
        ])}
      />
    </View>
  ));
  return (
    <Chapter context={context} number={7} title={t('report.appendix.title')} lead={t('report.appendix.intro', { version: model.cover.questionnaireVersion })} parts={sections.slice(1)}>
      {sections[0]}
    </Chapter>
  );
}

export function ReportDocument({ model, t, format }: TContext) {
  const context = { model, t, format };
  // A fixed creation date (the report's "generated at") keeps the bytes the same for the same input.
  const date = new Date(model.generatedAt);
  return (
    <Document
      title={t('report.documentTitle', { client: model.cover.clientName })}
      subject={t('report.subject')}
      author={model.cover.brokerageName}
      creator="Signet"
      producer="Signet"
      keywords={`report ${model.reportId}`}
      language={model.locale === 'de' ? 'de-DE' : 'en-GB'}
      creationDate={date}
      modificationDate={date}
    >
      <Cover {...context} />
      <Summary {...context} />
      <RiskChapter {...context} />
      <FindingsChapter {...context} />
      <ProtectionChapter {...context} />
      <InsuranceChapter {...context} />
      <ClaimsChapter {...context} />
      <AppendixChapter {...context} />
    </Document>
  );
}
