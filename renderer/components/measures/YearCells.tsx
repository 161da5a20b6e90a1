// A year table as small cells across the horizon: a filled-in year is listed in the file, an
// empty cell is not, and shows (grey, italic) the value the engine will use there — the step
// reading carries the latest listed value forward; fixed amounts without `continues` count only
// where listed. Each cell commits on Enter or leaving it, through the engine's validation.
// Under a phase-in cell, what the measure does that year ("= 5% korting"): a phase-in is a share
// of the measure, not its rate (#24 item 2).
import { memo, useId } from 'react';
import { listedSeries, stepSeries } from '../../../shared/engine/year-table';
import { formatNumber, formatPercent } from '../../../shared/format/money';
import { render } from '../../../shared/i18n/text';
import { kindOf } from '../../../shared/measures/registry';
import type { Lang, Problem } from '../../../shared/scenario/problems';
import type { Measure, YearTable } from '../../../shared/scenario/schema';
import { useLang, useText } from '../../i18n/use-text';
import { scenarioOf } from '../../store/documents-slice';
import { useAppStore } from '../../store/store';
import { findMeasure, measureOf } from './find-measure';
import { withYear } from './measure-edits';
import type { YearTableField } from './kinds/kind';
import { viewOf } from './kinds/registry';
import { TableCells } from './TableCells';

export type { YearTableField } from './kinds/kind';

export function yearTableField(m: Measure): YearTableField {
  return viewOf(m).yearTable.field;
}

function tableOf(m: Measure): YearTable | undefined {
  return viewOf(m).yearTable.of(m);
}

/** What the engine uses in each year: the step reading, or (fixed without `continues`) the listed one. */
function effectiveValues(m: Measure, field: YearTableField, from: number, count: number): Float64Array {
  const table = tableOf(m);
  if (field === 'phaseIn' && table === undefined) return new Float64Array(count).fill(1);
  if (viewOf(m).yearTable.listedOnly(m)) return listedSeries(table, from, count);
  return stepSeries(table, from, count, 0);
}

function formatCell(field: YearTableField, value: number, lang: Lang): string {
  return field === 'amounts' ? formatNumber(value, { lang, maxDigits: 2 }) : formatPercent(value, { lang, maxDigits: 2 });
}

/**
 * What the measure does in one year of its phase-in, in its type's words ("= 5% korting"), from
 * the type's kind (shared/measures). Subscribed to its own measure: the cells above it skip
 * re-rendering while a slider moves the strength (MemoYearCells), this follows the strength.
 */
function InForce({ measureId, year, id }: { measureId: string; year: number; id: string }) {
  const t = useText().measures.phaseInCheck;
  const lang = useLang();
  const measure = useAppStore((s) => {
    const scenario = scenarioOf(s);
    return scenario ? measureOf(scenario, measureId) : undefined;
  });
  const effect = measure ? kindOf(measure).phaseIn?.effects(measure, year, 1)[0] : undefined;
  if (!effect) return null;
  return (
    <span id={id} className="measures-years__effect">
      {t.inForce(render(lang, effect.text))}
    </span>
  );
}

export interface YearCellsProps {
  measure: Measure;
  horizon: { from: number; to: number };
  nameId: string;
  showHint?: boolean;
}

/**
 * Whether the cells would show and do the same for `b` as for `a`: the same year table, name,
 * horizon and reading. Dragging a measure's strength changes the measure, not its year table.
 */
export function sameYearCells(a: YearCellsProps, b: YearCellsProps): boolean {
  if (a.horizon !== b.horizon || a.nameId !== b.nameId || a.showHint !== b.showHint) return false;
  const m = a.measure;
  const n = b.measure;
  if (m === n) return true;
  const field = yearTableField(m);
  return (
    m.id === n.id &&
    m.name === n.name &&
    m.type === n.type &&
    field === yearTableField(n) &&
    tableOf(m) === tableOf(n) &&
    viewOf(m).yearTable.listedOnly(m) === viewOf(n).yearTable.listedOnly(n)
  );
}

/** YearCells that skip re-rendering (thirty number fields) while only the strength changes. */
export const MemoYearCells = memo(function MemoYearCells(props: YearCellsProps) {
  return <YearCells {...props} />;
}, sameYearCells);

export function YearCells({ measure, horizon, nameId, showHint = false }: YearCellsProps) {
  const t = useText().measures;
  const lang = useLang();
  const baseId = useId();
  const field = yearTableField(measure);
  const table = tableOf(measure);
  const count = horizon.to - horizon.from + 1;
  const effective = effectiveValues(measure, field, horizon.from, count);

  const legend = field === 'phaseIn' ? t.phaseIn : field === 'share' ? t.share : `${t.amounts} (€)`;
  const word = field === 'phaseIn' ? t.phaseInWord : field === 'share' ? t.shareWord : t.amountWord;
  const hint =
    field === 'phaseIn'
      ? t.phaseInHint
      : field === 'share'
        ? t.shareHint
        : viewOf(measure).yearTable.listedOnly(measure)
          ? t.amountsHintListed
          : t.amountsHintContinues;

  const commitYear = (year: number, value: number | undefined): Problem[] => {
    const before = table?.[String(year)];
    const show = (v: number | undefined) => (v === undefined ? t.notSet : formatCell(field, v, lang));
    return useAppStore.getState().tryCommit(t.changeOf(measure.name, `${word} ${year}`, show(before), show(value)), (draft) => {
      const m = findMeasure(draft, measure.id);
      if (!m) return;
      const own = viewOf(m).yearTable;
      own.set(m, withYear(own.of(m), year, value));
    });
  };

  const years = Array.from({ length: count }, (_, i) => horizon.from + i);
  const inForce = field === 'phaseIn' && kindOf(measure).phaseIn !== null;
  const inForceId = (year: number) => `${baseId}-in-force-${year}`;
  return (
    <TableCells
      legend={legend}
      hint={hint}
      showHint={showHint}
      years={years}
      table={table}
      placeholder={(i, l) => formatCell(field, effective[i] as number, l)}
      format={(v, l) => formatCell(field, v, l)}
      display={field === 'amounts' ? 'plain' : 'percent'}
      word={word}
      labelledBy={nameId}
      className={`measures-years--${field}`}
      onCommitYear={commitYear}
      describedBy={inForce ? inForceId : undefined}
      wrap={
        inForce
          ? (year, cell) => (
              <span key={year} className="measures-years__year" data-year={year}>
                {cell}
                <InForce measureId={measure.id} year={year} id={inForceId(year)} />
              </span>
            )
          : undefined
      }
    />
  );
}
