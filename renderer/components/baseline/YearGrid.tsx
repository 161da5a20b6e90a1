import type { Problem } from '../../../shared/scenario/problems';
import { formatYear } from '../../../shared/format/money';
import { YearCell } from './YearCell';

export interface YearGridCell {
  value: number | undefined;
  placeholder?: string;
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

/** A small table with years as columns and one editable row per series; scrolls sideways when long. */
export function YearGrid({ caption, years, rows }: { caption: string; years: number[]; rows: YearGridRow[] }) {
  return (
    <div className="baseline-scroll baseline-yeargrid">
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
                    <YearCell
                      label={`${row.label} ${formatYear(year)}`}
                      value={cell.value}
                      placeholder={cell.placeholder}
                      description={cell.description}
                      percent={row.percent}
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
