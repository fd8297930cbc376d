'use client';
// The ranked recommendations as a table. A client component only for the size of the page (see
// findings-list.tsx): dozens of rows travel as compact props. No state; text arrives formatted.
import { Badge } from '@/components/ui/badge';
import { DataTable } from './data-table';
import styles from './results.module.css';

export type TRecommendationRow = {
  id: string;
  rank: number;
  title: string;
  /** Shown for the top recommendations only; the long tail is listed by title. */
  description: string | null;
  resolvesKnockOut: boolean;
  effort: string;
  uplift: string;
  after: string;
  exposure: string;
  readiness: string | null;
  resolves: string;
};

export function RecommendationTable({ caption, headers, knockOutLabel, rows }: { caption: string; headers: string[]; knockOutLabel: string; rows: TRecommendationRow[] }) {
  return (
    <DataTable caption={caption} headers={headers}>
      {rows.map((row) => (
        <tr key={row.id}>
          <td>{row.rank}</td>
          <td className={styles.text}>
            <b>{row.title}</b>
            {row.resolvesKnockOut && (
              <>
                {' '}
                <Badge tone="danger">{knockOutLabel}</Badge>
              </>
            )}
            {row.description && <small>{row.description}</small>}
          </td>
          <td>{row.effort}</td>
          <td>{row.uplift}</td>
          <td>{row.after}</td>
          <td>
            {row.exposure}
            {row.readiness && <small>{row.readiness}</small>}
          </td>
          <td className={styles.text}>
            <small>{row.resolves}</small>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
