'use client';
// Section scores as horizontal bars (0–100, higher = stronger). Takes already-translated labels and
// colours; the table beside it on the page carries the same numbers for screen readers.
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { WrappedTick } from './wrapped-tick';

export type TSectionScoreBar = { label: string; score: number; valueLabel: string; color: string };

function ColouredBar(props: BarShapeProps) {
  return <Rectangle {...props} fill={(props.payload as TSectionScoreBar).color} />;
}

export function SectionScoresChart({ bars, axisLabel, ariaLabel }: { bars: TSectionScoreBar[]; axisLabel: string; ariaLabel: string }) {
  return (
    <div role="img" aria-label={ariaLabel} data-chart="section-scores">
      <BarChart
        responsive
        accessibilityLayer={false}
        layout="vertical"
        data={bars}
        margin={{ top: 4, right: 40, bottom: 24, left: 8 }}
        style={{ width: '100%', height: bars.length * 34 + 56 }}
      >
        <CartesianGrid horizontal={false} stroke="#e2e8f0" />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={{ fontSize: 12, fill: '#475569' }} label={{ value: axisLabel, position: 'insideBottom', offset: -14, fontSize: 12, fill: '#334155' }} />
        <YAxis type="category" dataKey="label" width={250} interval={0} tick={WrappedTick} />
        <Bar dataKey="score" isAnimationActive={false} barSize={18} shape={ColouredBar}>
          <LabelList dataKey="valueLabel" position="right" style={{ fontSize: 12, fill: '#1e293b' }} />
        </Bar>
      </BarChart>
    </div>
  );
}
