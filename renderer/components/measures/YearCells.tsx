// A year table as small cells across the horizon: a filled-in year is listed in the file, an
// empty cell is not, and shows (grey, italic) the value the engine will use there — the step
// reading carries the latest listed value forward; fixed amounts without `continues` count only
// where listed. Each cell commits on Enter or leaving it, through the engine's validation.
import { useEffect, useId, useState } from 'react';
import { listedSeries, stepSeries } from '../../../shared/engine/year-table';
import { formatNumber, formatPercent } from '../../../shared/format/money';
import { parseLocaleNumber } from '../../../shared/format/parse-number';
import type { Lang, Problem } from '../../../shared/scenario/problems';
import type { Measure, YearTable } from '../../../shared/scenario/schema';
import { FieldProblems } from '../fields/FieldProblems';
import { useLang, useLocalized } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store';
import { findMeasure } from './find-measure';
import { withYear } from './measure-edits';
import { measureMessages } from './messages';

export type YearTableField = 'phaseIn' | 'share' | 'amounts';

export function yearTableField(m: Measure): YearTableField {
  return m.type === 'shift' ? 'share' : m.type === 'fixed' ? 'amounts' : 'phaseIn';
}

function tableOf(m: Measure, field: YearTableField): YearTable | undefined {
  if (field === 'share') return m.type === 'shift' ? m.share : undefined;
  if (field === 'amounts') return m.type === 'fixed' ? m.amounts : undefined;
  return m.type === 'shift' || m.type === 'fixed' ? undefined : m.phaseIn;
}

/** What the engine uses in each year: the step reading, or (fixed without `continues`) the listed one. */
function effectiveValues(m: Measure, field: YearTableField, from: number, count: number): Float64Array {
  const table = tableOf(m, field);
  if (field === 'phaseIn' && table === undefined) return new Float64Array(count).fill(1);
  if (field === 'amounts' && !(m.type === 'fixed' && m.continues)) return listedSeries(table, from, count);
  return stepSeries(table, from, count, 0);
}

function formatCell(field: YearTableField, value: number, lang: Lang): string {
  return field === 'amounts' ? formatNumber(value, { lang, maxDigits: 2 }) : formatPercent(value, { lang, maxDigits: 2 });
}

function notANumber(text: string): Problem {
  return {
    path: '-',
    code: 'not-a-number',
    message: { nl: `„${text}” is geen getal.`, en: `"${text}" is not a number.` },
  };
}

export function YearCells({
  measure,
  horizon,
  nameId,
  showHint = false,
}: {
  measure: Measure;
  horizon: { from: number; to: number };
  nameId: string;
  showHint?: boolean;
}) {
  const t = useLocalized(measureMessages);
  const lang = useLang();
  const baseId = useId();
  const field = yearTableField(measure);
  const table = tableOf(measure, field);
  const count = horizon.to - horizon.from + 1;
  const effective = effectiveValues(measure, field, horizon.from, count);
  const [problems, setProblems] = useState<{ year: number; problems: Problem[] } | null>(null);
  // A refused edit leaves the table as it was; any change of the table (undo, another view) makes
  // the old problem stale.
  useEffect(() => setProblems(null), [table]);

  const legend = field === 'phaseIn' ? t.phaseIn : field === 'share' ? t.share : `${t.amounts} (€)`;
  const word = field === 'phaseIn' ? t.phaseInWord : field === 'share' ? t.shareWord : t.amountWord;
  const hint =
    field === 'phaseIn'
      ? t.phaseInHint
      : field === 'share'
        ? t.shareHint
        : measure.type === 'fixed' && measure.continues
          ? t.amountsHintContinues
          : t.amountsHintListed;

  const commitYear = (year: number, value: number | undefined): Problem[] => {
    const before = table?.[String(year)];
    const show = (v: number | undefined) => (v === undefined ? t.notSet : formatCell(field, v, lang));
    return useAppStore.getState().tryCommit(t.changeOf(measure.name, `${word} ${year}`, show(before), show(value)), (draft) => {
      const m = findMeasure(draft, measure.id);
      if (!m) return;
      if (field === 'phaseIn' && m.type !== 'shift' && m.type !== 'fixed') {
        const next = withYear(m.phaseIn, year, value);
        // No year left means "fully in force" (absent), not "0 in every year" (an empty table).
        if (Object.keys(next).length === 0) delete m.phaseIn;
        else m.phaseIn = next;
      } else if (field === 'share' && m.type === 'shift') m.share = withYear(m.share, year, value);
      else if (field === 'amounts' && m.type === 'fixed') m.amounts = withYear(m.amounts, year, value);
    });
  };

  const years = Array.from({ length: count }, (_, i) => horizon.from + i);
  const hintId = `${baseId}-hint`;
  const problemsId = `${baseId}-problems`;
  return (
    <fieldset className={`measures-years measures-years--${field}`} aria-describedby={hintId}>
      <legend className="measures-years__legend">{legend}</legend>
      <p id={hintId} className={showHint ? 'measures-hint' : 'visually-hidden'}>
        {hint}
      </p>
      <div className="measures-years__cells">
        {years.map((year, i) => (
          <YearCell
            key={year}
            year={year}
            field={field}
            prefix={`${word} ${year}`}
            nameId={nameId}
            listed={table?.[String(year)]}
            effective={effective[i] as number}
            invalid={problems?.year === year}
            problemsId={problemsId}
            onCommit={(value) => {
              const found = commitYear(year, value);
              setProblems(found.length ? { year, problems: found } : null);
              return found;
            }}
            onLocalProblem={(found) => setProblems(found.length ? { year, problems: found } : null)}
          />
        ))}
      </div>
      <FieldProblems id={problemsId} problems={problems?.problems ?? []} />
    </fieldset>
  );
}

function YearCell({
  year,
  field,
  prefix,
  nameId,
  listed,
  effective,
  invalid,
  problemsId,
  onCommit,
  onLocalProblem,
}: {
  year: number;
  field: YearTableField;
  prefix: string;
  nameId: string;
  listed: number | undefined;
  effective: number;
  invalid: boolean;
  problemsId: string;
  onCommit: (value: number | undefined) => Problem[];
  onLocalProblem: (problems: Problem[]) => void;
}) {
  const t = useLocalized(measureMessages);
  const lang = useLang();
  const id = useId();
  const shown = listed === undefined ? '' : formatCell(field, listed, lang);
  const placeholder = formatCell(field, effective, lang);
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);

  const commit = () => {
    const trimmed = text.trim();
    if (trimmed === '') {
      if (listed !== undefined) onCommit(undefined);
      else onLocalProblem([]);
      return;
    }
    const parsed = parseLocaleNumber(trimmed, lang);
    if (!parsed) {
      onLocalProblem([notANumber(trimmed)]);
      return;
    }
    // Percent cells read "50" and "50%" alike as 50 %.
    const value = field === 'amounts' || parsed.percent ? parsed.value : parsed.value / 100;
    if (value === listed) {
      setText(shown);
      onLocalProblem([]);
      return;
    }
    onCommit(value);
  };

  const describedBy = invalid ? problemsId : listed === undefined ? `${id}-effective` : undefined;
  return (
    <span className="measures-years__cell">
      <label htmlFor={id}>{year}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        placeholder={placeholder}
        aria-labelledby={`${id}-label ${nameId}`}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setText(shown);
            onLocalProblem([]);
          }
        }}
      />
      <span id={`${id}-label`} hidden>
        {prefix}
      </span>
      {listed === undefined ? (
        <span id={`${id}-effective`} hidden>
          {t.cellEffective(placeholder)}
        </span>
      ) : null}
    </span>
  );
}
