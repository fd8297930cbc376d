'use client';
// Score now and after each top recommendation, as stacked horizontal bars (now + gain = after).
// Labels arrive translated and formatted; the recommendations table carries the same numbers.
import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';
import { WrappedTick } from './wrapped-tick';

export type TUpliftBar = { label: string; now: number; gain: number; afterLabel: string };

export function ScoreUpliftChart({ bars, axisLabel, nowLabel, gainLabel, ariaLabel }: { bars: TUpliftBar[]; axisLabel: string; nowLabel: string; gainLabel: string; ariaLabel: string }) {
  return (
    <div role="img" aria-label={ariaLabel} data-chart="score-uplift">
      <BarChart
        responsive
        accessibilityLayer={false}
        layout="vertical"
        data={bars}
        margin={{ top: 4, right: 72, bottom: 24, left: 8 }}
        style={{ width: '100%', height: bars.length * 38 + 80 }}
      >
        <CartesianGrid horizontal={false} stroke="#e2e8f0" />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={{ fontSize: 12, fill: '#475569' }} label={{ value: axisLabel, position: 'insideBottom', offset: -14, fontSize: 12, fill: '#334155' }} />
        <YAxis type="category" dataKey="label" width={260} interval={0} tick={WrappedTick} />
        {/* In series order (not sorted by name), in the text colour: the swatches carry the series colours. */}
        <Legend verticalAlign="top" height={28} itemSorter={null} wrapperStyle={{ fontSize: 12 }} formatter={(value: string) => <span style={{ color: '#1e293b' }}>{value}</span>} />
        <Bar dataKey="now" name={nowLabel} stackId="score" fill="#94a3b8" barSize={18} isAnimationActive={false} />
        <Bar dataKey="gain" name={gainLabel} stackId="score" fill="#047857" barSize={18} isAnimationActive={false}>
          <LabelList dataKey="afterLabel" position="right" style={{ fontSize: 12, fill: '#1e293b' }} />
        </Bar>
      </BarChart>
    </div>
  );
}
