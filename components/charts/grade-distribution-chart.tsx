'use client';
// How many insureds of a book carry each grade: one coloured column per grade (A–E, empty grades
// too). Labels and colours arrive ready; the page shows the same counts as a table.
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, XAxis, YAxis, type BarShapeProps } from 'recharts';

export type TGradeColumn = { grade: string; count: number; color: string };

function ColouredBar(props: BarShapeProps) {
  return <Rectangle {...props} fill={(props.payload as TGradeColumn).color} />;
}

export function GradeDistributionChart({ columns, axisLabel, ariaLabel }: { columns: TGradeColumn[]; axisLabel: string; ariaLabel: string }) {
  return (
    <div role="img" aria-label={ariaLabel} data-chart="grade-distribution">
      <BarChart responsive accessibilityLayer={false} data={columns} margin={{ top: 20, right: 16, bottom: 24, left: 8 }} style={{ width: '100%', height: 240 }}>
        <CartesianGrid vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="grade" tick={{ fontSize: 13, fill: '#1e293b', fontWeight: 600 }} label={{ value: axisLabel, position: 'insideBottom', offset: -14, fontSize: 12, fill: '#334155' }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: '#475569' }} width={48} />
        <Bar dataKey="count" isAnimationActive={false} shape={ColouredBar} maxBarSize={56}>
          <LabelList dataKey="count" position="top" style={{ fontSize: 12, fill: '#1e293b' }} />
        </Bar>
      </BarChart>
    </div>
  );
}
