// A table of figures per year under its heading, with a button that downloads it as CSV: the
// savings table and the costs table share this frame; their rows and explanations differ.
import { formatYear } from '../../../shared/format/money';
import { TraceGrid, type Explanation, type GridRow } from './TraceGrid';
import type { Amounts } from './use-amounts';
import type { Catalogue } from '../../../shared/i18n/catalogues';

interface Props {
  id: string;
  title: string;
  testId: string;
  /** Said after the unit in the caption when amounts are in thousands (why rows may not add up to the euro). */
  roundingNote: string;
  years: readonly number[];
  rows: readonly GridRow[];
  explain(row: number, column: number): Explanation | null;
  amounts: Amounts;
  t: Catalogue['projection'];
  onDownload(): void;
}

export function YearGridSection({ id, title, testId, roundingNote, years, rows, explain, amounts, t, onDownload }: Props) {
  const { unitText } = amounts;
  return (
    <section className="projection-section" aria-labelledby={id}>
      <div className="projection-section__head">
        <h3 id={id}>{title}</h3>
        <div className="projection-section__tools">
          <button type="button" className="tool-button" onClick={onDownload}>
            {t.downloadCsv}
            <span className="visually-hidden">: {title}</span>
          </button>
        </div>
      </div>
      <TraceGrid
        testId={testId}
        caption={
          <>
            {unitText}.{amounts.unit === 'thousand' ? <> {roundingNote}</> : null}
          </>
        }
        corner={amounts.unitLabel}
        columns={years.map(formatYear)}
        rows={rows}
        explain={explain}
      />
    </section>
  );
}
