'use client';
// Accumulation in a book: per identity provider or mail platform, the sum of the quoted and bound
// limits that depend on it (bar length) with the number of insureds beside it. Labels arrive
// translated and formatted; the page shows the same numbers as a table.
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { WrappedTick } from './wrapped-tick';

export type TConcentrationBar = { label: string; limitEur: number; valueLabel: string };

export function ConcentrationChart(props: { chartId: string; bars: TConcentrationBar[]; axisLabel: string; ariaLabel: string; locale: string; color: string }) {
  const compact = new Intl.NumberFormat(props.locale, { notation: 'compact', maximumFractionDigits: 1, style: 'currency', currency: 'EUR' });
  return (
    <div role="img" aria-label={props.ariaLabel} data-chart={props.chartId}>
      <BarChart
        responsive
        accessibilityLayer={false}
        layout="vertical"
        data={props.bars}
        margin={{ top: 4, right: 210, bottom: 24, left: 8 }}
        style={{ width: '100%', height: props.bars.length * 40 + 56 }}
      >
        <CartesianGrid horizontal={false} stroke="#e2e8f0" />
        <XAxis
          type="number"
          tickFormatter={(value: number) => compact.format(value)}
          tick={{ fontSize: 12, fill: '#475569' }}
          label={{ value: props.axisLabel, position: 'insideBottom', offset: -14, fontSize: 12, fill: '#334155' }}
        />
        <YAxis type="category" dataKey="label" width={280} interval={0} tick={WrappedTick} />
        <Bar dataKey="limitEur" isAnimationActive={false} barSize={18} fill={props.color}>
          <LabelList dataKey="valueLabel" position="right" style={{ fontSize: 12, fill: '#1e293b' }} />
        </Bar>
      </BarChart>
    </div>
  );
}
