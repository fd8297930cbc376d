'use client';
// The loss-exceedance curve: the probability per year that the annual loss reaches at least an
// amount, on a logarithmic amount axis, with markers for the 1-in-10 and 1-in-100 year losses and
// the suggested limit. Ticks and labels arrive formatted; the page shows the same points as a table.
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';

export type TTick = { value: number; label: string };
export type TLossMarker = { value: number; label: string; color: string };

export function LossExceedanceChart(props: {
  points: Array<{ loss: number; probability: number }>;
  xDomain: [number, number];
  xTicks: TTick[];
  yTicks: TTick[];
  markers: TLossMarker[];
  xLabel: string;
  yLabel: string;
  ariaLabel: string;
}) {
  const xLabels = new Map(props.xTicks.map((tick) => [tick.value, tick.label]));
  const yLabels = new Map(props.yTicks.map((tick) => [tick.value, tick.label]));
  return (
    <div role="img" aria-label={props.ariaLabel} data-chart="loss-exceedance">
      <LineChart responsive accessibilityLayer={false} data={props.points} margin={{ top: 24, right: 24, bottom: 28, left: 16 }} style={{ width: '100%', height: 300 }}>
        <CartesianGrid stroke="#e2e8f0" />
        <XAxis
          type="number"
          dataKey="loss"
          scale="log"
          domain={props.xDomain}
          allowDataOverflow
          ticks={props.xTicks.map((tick) => tick.value)}
          tickFormatter={(value: number) => xLabels.get(value) ?? ''}
          tick={{ fontSize: 12, fill: '#475569' }}
          label={{ value: props.xLabel, position: 'insideBottom', offset: -18, fontSize: 12, fill: '#334155' }}
        />
        <YAxis
          type="number"
          dataKey="probability"
          domain={[0, props.yTicks.at(-1)?.value ?? 1]}
          ticks={props.yTicks.map((tick) => tick.value)}
          tickFormatter={(value: number) => yLabels.get(value) ?? ''}
          tick={{ fontSize: 12, fill: '#475569' }}
          width={56}
          label={{ value: props.yLabel, angle: -90, position: 'insideLeft', offset: 4, dy: 60, fontSize: 12, fill: '#334155' }}
        />
        {props.markers.map((marker) => (
          <ReferenceLine key={marker.label} x={marker.value} stroke={marker.color} strokeDasharray="4 3" label={{ value: marker.label, position: 'top', fontSize: 11, fill: marker.color }} />
        ))}
        <Line type="monotone" dataKey="probability" stroke="#1e40af" strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
      </LineChart>
    </div>
  );
}
