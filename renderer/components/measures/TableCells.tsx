// A year table as small cells across the horizon, one NumberField per year: a filled-in year is
// listed in the file, an empty cell is not and shows (grey, italic) the value that counts there.
// Each cell commits on Enter or leaving it, through the engine's validation; a refused year is
// marked in its cell and its reason listed once under the cells. Used for a measure's own year
// table (YearCells), its one-off costs and its realised savings.
import { useId, useState, type ReactElement, type ReactNode } from 'react';
import type { Lang, Problem } from '../../../shared/scenario/problems';
import type { YearTable } from '../../../shared/scenario/schema';
import { FieldProblems } from '../fields/FieldProblems';
import { NumberField } from '../fields/NumberField';
import { useLang, useText } from '../../i18n/use-text';

export interface TableCellsProps {
  legend: string;
  hint: string;
  /** Show the hint (else it is read out only). */
  showHint: boolean;
  years: readonly number[];
  table: YearTable | undefined;
  /** The value that counts in an unlisted year (index into `years`), as the cell writes it; none: an unlisted year is not there. */
  placeholder?(index: number, lang: Lang): string;
  format(value: number, lang: Lang): string;
  display: 'plain' | 'percent';
  /** Before the year in a cell's accessible name ("bedrag 2024"), hidden on screen. */
  word: string;
  /** The id of what completes each cell's accessible name (the measure's name). */
  labelledBy: string;
  className: string;
  onCommitYear(year: number, value: number | undefined): Problem[];
  /** More that describes a year's cell (the phase-in's effect under it). */
  describedBy?(year: number): string | undefined;
  /** What goes around a year's cell (the phase-in: its effect under it). */
  wrap?(year: number, cell: ReactElement): ReactNode;
}

export function TableCells(props: TableCellsProps) {
  const { legend, hint, showHint, years, table, placeholder, format, display, word, labelledBy, className, onCommitYear, describedBy, wrap } = props;
  const t = useText().measures;
  const lang = useLang();
  const baseId = useId();
  // One list of problems below the cells (a refused year is marked in its cell), by year.
  const [problems, setProblems] = useState<ReadonlyMap<number, Problem[]>>(new Map());
  const problemsOf = (year: number) => (found: Problem[]) =>
    setProblems((before) => {
      if (found.length === 0 && !before.has(year)) return before;
      const next = new Map(before);
      if (found.length > 0) next.set(year, found);
      else next.delete(year);
      return next;
    });
  const hintId = `${baseId}-hint`;
  const problemsId = `${baseId}-problems`;
  return (
    <fieldset className={`measures-years ${className}`} aria-describedby={hintId}>
      <legend className="measures-years__legend">{legend}</legend>
      <p id={hintId} className={showHint ? 'measures-hint' : 'visually-hidden'}>
        {hint}
      </p>
      <div className="measures-years__cells">
        {years.map((year, i) => {
          const shown = placeholder?.(i, lang);
          const cell = (
            <NumberField
              key={year}
              variant="cell"
              className="measures-years__cell"
              label={
                <>
                  <span className="visually-hidden">{word} </span>
                  {year}
                </>
              }
              labelledBy={labelledBy}
              value={table?.[String(year)]}
              display={display}
              format={format}
              onEmpty="unlist"
              placeholder={shown}
              unsetDescription={shown === undefined ? undefined : t.cellEffective(shown)}
              problemsOutside={{ id: problemsId, onChange: problemsOf(year) }}
              onCommit={(value) => onCommitYear(year, value)}
              describedBy={describedBy?.(year)}
            />
          );
          return wrap ? wrap(year, cell) : cell;
        })}
      </div>
      <FieldProblems id={problemsId} problems={[...problems].sort(([a], [b]) => a - b).flatMap(([, found]) => found)} />
    </fieldset>
  );
}
