'use client';
// Section scores as horizontal bars (0–100, higher = stronger). Takes already-translated labels and
// colours; the table below it on the page carries the same numbers.
import { Bar, LabelList, Rectangle, type BarShapeProps } from 'recharts';
import { ScoreBarChart } from './score-bar-chart';

export type TSectionScoreBar = { label: string; score: number; valueLabel: string; color: string };

function ColouredBar(props: BarShapeProps) {
  return <Rectangle {...props} fill={(props.payload as TSectionScoreBar).color} />;
}

export function SectionScoresChart({ bars, axisLabel, ariaLabel, chartId = 'section-scores' }: { bars: TSectionScoreBar[]; axisLabel: string; ariaLabel: string; chartId?: string }) {
  return (
    <ScoreBarChart chartId={chartId} ariaLabel={ariaLabel} axisLabel={axisLabel} rows={bars} rowHeight={34} extraHeight={56} rightMargin={40}>
      <Bar dataKey="score" isAnimationActive={false} barSize={18} shape={ColouredBar}>
        <LabelList dataKey="valueLabel" position="right" style={{ fontSize: 12, fill: '#1e293b' }} />
      </Bar>
    </ScoreBarChart>
  );
}
