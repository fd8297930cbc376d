import type { ReactNode } from 'react';
import styles from './results.module.css';

/**
 * A table of the results page: caption for screen readers, column headers, rows of plain <td>s
 * styled by the stylesheet (no classes per cell: these tables run to dozens of rows).
 */
export function DataTable({ caption, headers, children, footer }: { caption: string; headers: string[]; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {footer && <tfoot>{footer}</tfoot>}
      </table>
    </div>
  );
}
