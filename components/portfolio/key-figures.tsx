// A row of headline figures (label above, value below), each addressable by its id (data-figure).
import { cn } from '@/lib/cn';

export type TKeyFigure = { id: string; label: string; value: string };

export function KeyFigures({ figures, className }: { figures: TKeyFigure[]; className: string }) {
  return (
    <dl className={cn('grid grid-cols-2 gap-4 md:grid-cols-3', className)}>
      {figures.map((figure) => (
        <div key={figure.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-figure={figure.id}>
          <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{figure.label}</dt>
          <dd className="mt-1 text-xl font-semibold text-slate-900">{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
