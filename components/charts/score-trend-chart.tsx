'use client';

import { CartesianGrid, LabelList, Line, LineChart, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';

/** One submitted assessment, with its texts already formatted in the reader's language. */
export type TScoreTrendPoint = { id: string; date: string; score: number; scoreText: string; grade: string; exposureText: string };
/** A grade's score range [from, to) as the scoring model defines it. */
export type TGradeBand = { grade: string; from: number; to: number };

const BAND_FILL: Record<string, string> = { A: '#d1fae5', B: '#ecfccb', C: '#e0f2fe', D: '#fef3c7', E: '#fee2e2' };
const LINE = '#1d4ed8';

function TrendTooltip({ active, payload, labels }: { active?: boolean; payload?: ReadonlyArray<{ payload?: TScoreTrendPoint }>; labels: { score: string; grade: string; exposure: string } }) {
  const point = active ? payload?.[0]?.payload : undefined;
  if (!point) return null;
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow-md">
      <p className="font-semibold text-slate-900">{point.date}</p>
      <p>
        {labels.score}: {point.scoreText}
      </p>
      <p>
        {labels.grade}: {point.grade}
      </p>
      <p>
        {labels.exposure}: {point.exposureText}
      </p>
    </div>
  );
}

/**
 * Score across submitted assessments over the grade bands. Plain arrays in, nothing fetched; the
 * page shows the same numbers as a table, so the chart itself is hidden from assistive technology.
 */
export function ScoreTrendChart({
  points,
  bands,
  labels,
}: {
  points: TScoreTrendPoint[];
  bands: TGradeBand[];
  labels: { xAxis: string; yAxis: string; score: string; grade: string; exposure: string };
}) {
  const ticks = [...new Set(bands.flatMap((band) => [band.from, band.to]))].sort((a, b) => a - b);
  // Evenly spaced, one step per submission; half a step of room either side, so the grade bands
  // (which span the x domain) reach the axes and a single point sits in the middle.
  const data = points.map((point, index) => ({ ...point, index }));
  return (
    <div aria-hidden="true" data-testid="score-trend-chart">
      <LineChart responsive style={{ width: '100%', height: 300 }} data={data} margin={{ top: 24, right: 32, bottom: 28, left: 8 }} accessibilityLayer={false}>
        {bands.map((band) => (
          <ReferenceArea
            key={band.grade}
            y1={band.from}
            y2={band.to}
            fill={BAND_FILL[band.grade] ?? '#f1f5f9'}
            fillOpacity={0.8}
            ifOverflow="hidden"
            label={{ value: band.grade, position: 'insideRight', fill: '#475569', fontSize: 12, fontWeight: 600 }}
          />
        ))}
        <CartesianGrid stroke="#cbd5e1" strokeDasharray="3 3" vertical={false} />
        <XAxis
          type="number"
          dataKey="index"
          domain={[-0.5, points.length - 0.5]}
          ticks={data.map((point) => point.index)}
          tickFormatter={(index: number) => points[index]?.date ?? ''}
          tick={{ fontSize: 12, fill: '#334155' }}
          label={{ value: labels.xAxis, position: 'insideBottom', offset: -18, fontSize: 12, fill: '#475569' }}
        />
        <YAxis
          domain={[0, 100]}
          ticks={ticks}
          allowDataOverflow
          tick={{ fontSize: 12, fill: '#334155' }}
          width={48}
          label={{ value: labels.yAxis, angle: -90, position: 'insideLeft', offset: 12, fontSize: 12, fill: '#475569' }}
        />
        <Tooltip content={<TrendTooltip labels={labels} />} />
        <Line type="linear" dataKey="score" stroke={LINE} strokeWidth={2.5} dot={{ r: 5, fill: LINE }} activeDot={{ r: 7 }} isAnimationActive={false}>
          <LabelList dataKey="grade" position="top" offset={10} fill="#0f172a" fontSize={13} fontWeight={700} />
        </Line>
      </LineChart>
    </div>
  );
}
