// The decision log as a table, row for row the annex's (shared/export/decisions.ts decisionRows):
// in the editor's panel (with a button per decision) and in the export dialog's preview.
import type { ReactNode } from 'react';
import type { DecisionRow } from '../../../shared/export/decisions';
import { useText } from '../../i18n/use-text';

const COLUMNS = ['at', 'change', 'reason', 'by'] as const;

export function DecisionTable({
  rows,
  caption,
  className,
  testId,
  action,
}: {
  rows: readonly DecisionRow[];
  caption: ReactNode;
  className?: string;
  testId?: string;
  /** A control after a decision's cells (the panel's Verwijderen). */
  action?: (index: number) => ReactNode;
}) {
  const t = useText().decisions;
  return (
    <table className={className} data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.columns.number}</th>
          {COLUMNS.map((k) => (
            <th scope="col" key={k}>
              {t.columns[k]}
            </th>
          ))}
          {action ? <td /> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={r.number}>
            <th scope="row">{r.number}</th>
            {COLUMNS.map((k) => (
              <td key={k}>{r[k]}</td>
            ))}
            {action ? <td>{action(i)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
