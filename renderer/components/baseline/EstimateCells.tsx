// A line's multi-year estimate (format version 2, `amounts`): its euros per year in base-year
// prices as year cells over the horizon, under the line's row. A listed year is in the file; an
// empty cell takes the year before (the step reading; 0 before the first), or 0 for a one-off
// line. Every cell commits through the engine, so an estimate without any year is refused there.
import type { Line } from '../../../shared/scenario/schema';
import { formatMoney } from '../../../shared/format/money';
import { stepSeries } from '../../../shared/engine/year-table';
import { catalogue } from '../../../shared/i18n/text';
import type { Lang } from '../../../shared/scenario/problems';
import { scenarioOf } from '../../store/documents-slice';
import { useAppStore } from '../../store/store';
import { TableCells } from '../measures/TableCells';
import { editLine } from './line-edits';

export function EstimateCells({ line, lang, nameId }: { line: Line; lang: Lang; nameId: string }) {
  const t = catalogue(lang).baseline.estimate;
  const from = useAppStore((s) => scenarioOf(s)?.horizon.from ?? 0);
  const to = useAppStore((s) => scenarioOf(s)?.horizon.to ?? 0);
  const years = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  const oneOff = line.oneOff === true;
  const steps = stepSeries(line.amounts, from, years.length, 0);
  const money = (v: number, l: Lang) => formatMoney(v, { lang: l, unit: 'euro', digits: 'cents' });
  return (
    <TableCells
      legend={t.legend(line.name, oneOff)}
      hint={oneOff ? t.hintOneOff : t.hint}
      showHint
      years={years}
      table={line.amounts}
      placeholder={(i, l) => money(oneOff ? 0 : (steps[i] ?? 0), l)}
      format={money}
      display="plain"
      word={t.word}
      labelledBy={nameId}
      className="baseline-lines__estimate-cells"
      onCommitYear={(year, value) =>
        editLine(line.id, t.changed(line.name, year), (l) => {
          const amounts = { ...(l.amounts ?? {}) };
          if (value === undefined) delete amounts[String(year)];
          else amounts[String(year)] = value;
          l.amounts = amounts;
        })
      }
    />
  );
}
