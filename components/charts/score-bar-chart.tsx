'use client';
// The frame of a horizontal bar chart on the 0–100 score scale: one labelled bar row per category,
// the score axis with its title, and the chart's text alternative. The bars come as children.
import type { ReactNode } from 'react';
import { BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { WrappedTick } from './wrapped-tick';

export function ScoreBarChart<TRow extends { label: string }>(props: {
  chartId: string;
  ariaLabel: string;
  axisLabel: string;
  rows: TRow[];
  rowHeight: number;
  /** Room for a legend above and value labels to the right of the bars. */
  extraHeight: number;
  rightMargin: number;
  children: ReactNode;
}) {
  return (
    <div role="img" aria-label={props.ariaLabel} data-chart={props.chartId}>
      <BarChart
        responsive
        accessibilityLayer={false}
        layout="vertical"
        data={props.rows}
        margin={{ top: 4, right: props.rightMargin, bottom: 24, left: 8 }}
        style={{ width: '100%', height: props.rows.length * props.rowHeight + props.extraHeight }}
      >
        <CartesianGrid horizontal={false} stroke="#e2e8f0" />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={{ fontSize: 12, fill: '#475569' }} label={{ value: props.axisLabel, position: 'insideBottom', offset: -14, fontSize: 12, fill: '#334155' }} />
        <YAxis type="category" dataKey="label" width={260} interval={0} tick={WrappedTick} />
        {props.children}
      </BarChart>
    </div>
  );
}
