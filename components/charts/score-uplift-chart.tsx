'use client';
// Score now and after each top recommendation, as stacked horizontal bars (now + gain = after).
// Labels arrive translated and formatted; the recommendations table carries the same numbers.
import { Bar, LabelList, Legend } from 'recharts';
import { ScoreBarChart } from './score-bar-chart';

export type TUpliftBar = { label: string; now: number; gain: number; afterLabel: string };

export function ScoreUpliftChart({ bars, axisLabel, nowLabel, gainLabel, ariaLabel }: { bars: TUpliftBar[]; axisLabel: string; nowLabel: string; gainLabel: string; ariaLabel: string }) {
  return (
    <ScoreBarChart chartId="score-uplift" ariaLabel={ariaLabel} axisLabel={axisLabel} rows={bars} rowHeight={38} extraHeight={80} rightMargin={72}>
      {/* In series order (not sorted by name), in the text colour: the swatches carry the series colours. */}
      <Legend verticalAlign="top" height={28} itemSorter={null} wrapperStyle={{ fontSize: 12 }} formatter={(value: string) => <span style={{ color: '#1e293b' }}>{value}</span>} />
      <Bar dataKey="now" name={nowLabel} stackId="score" fill="#94a3b8" barSize={18} isAnimationActive={false} />
      <Bar dataKey="gain" name={gainLabel} stackId="score" fill="#047857" barSize={18} isAnimationActive={false}>
        <LabelList dataKey="afterLabel" position="right" style={{ fontSize: 12, fill: '#1e293b' }} />
      </Bar>
    </ScoreBarChart>
  );
}
