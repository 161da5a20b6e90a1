import { useRef } from 'react';
import type { Problem } from '../../../shared/scenario/problems';
import { formatYear } from '../../../shared/format/money';
import { NumberField } from '../fields/NumberField';
import { useStickyScrollPadding } from '../../focus/sticky-padding';

export interface YearGridCell {
  /** The listed value; undefined when the year is not listed (an empty cell). */
  value: number | undefined;
  /** Shown greyed while the year is not listed: what the year counts as (step reading, or 0). */
  placeholder?: string;
  /** Read out while the year is not listed (e.g. "overgenomen uit 2022"). */
  description?: string;
}

export interface YearGridRow {
  key: string;
  label: string;
  percent?: boolean;
  /** One cell per year of the grid. */
  cells: YearGridCell[];
  onCommit: (year: number, value: number | undefined) => Problem[];
}

/**
 * A small table with years as columns and one editable row per series (indexation, target);
 * scrolls sideways when long. Each cell is a NumberField in which an empty cell is a year not
 * listed, showing greyed what that year counts as.
 */
export function YearGrid({ caption, years, rows }: { caption: string; years: number[]; rows: YearGridRow[] }) {
  const box = useRef<HTMLDivElement>(null);
  useStickyScrollPadding(box);
  return (
    <div ref={box} className="baseline-scroll baseline-yeargrid">
      <table className="baseline-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <td className="baseline-table__rowhead" />
            {years.map((y) => (
              <th key={y} scope="col" className="num">
                {formatYear(y)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="baseline-table__rowhead">
                {row.label}
              </th>
              {years.map((year, i) => {
                const cell = row.cells[i] as YearGridCell;
                return (
                  <td key={year}>
                    <NumberField
                      variant="cell"
                      hideLabel
                      className="baseline-yearcell"
                      label={`${row.label} ${formatYear(year)}`}
                      value={cell.value}
                      display={row.percent ? 'percent' : 'plain'}
                      digits={row.percent ? 3 : 2}
                      onEmpty="unlist"
                      placeholder={cell.placeholder}
                      unsetDescription={cell.description}
                      onCommit={(value) => row.onCommit(year, value)}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
