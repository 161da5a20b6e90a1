import { useEffect, useId, useState } from 'react';
import { formatNumber } from '../../../shared/format/money';
import { parseLocaleNumber } from '../../../shared/format/parse-number';
import type { Problem } from '../../../shared/scenario/problems';
import { FieldProblems } from '../fields/FieldProblems';
import { useLang } from '../../i18n/use-messages';

export interface YearCellProps {
  /** The accessible name ("Taakstelling 2024"); the column and row headers show it visually. */
  label: string;
  /** The listed value; undefined when the year is not listed. */
  value: number | undefined;
  /** Shown greyed while the year is not listed: what the year counts as (step reading, or 0). */
  placeholder?: string;
  /** Extra description for screen readers (e.g. "overgenomen uit 2022"). */
  description?: string;
  percent?: boolean;
  /** Called with the new value, undefined to unlist the year; returns the engine's problems. */
  onCommit: (value: number | undefined) => Problem[];
}

const notANumber = (text: string): Problem => ({
  path: '-',
  code: 'not-a-number',
  message: {
    nl: `„${text}” is geen getal. Schrijf bijvoorbeeld 1.234,5.`,
    en: `"${text}" is not a number. Write, for example, 1,234.5.`,
  },
});

/**
 * One cell of a year table (indexation, target). Like NumberField — typed the local way,
 * committed on Enter or leaving the cell, only when the engine accepts it — but an empty cell
 * is a year not listed, and it shows greyed what that year counts as.
 * (NumberField has no placeholder; when it gains one, this can become a thin wrapper.)
 */
export function YearCell({ label, value, placeholder, description, percent, onCommit }: YearCellProps) {
  const lang = useLang();
  const id = useId();
  const scale = percent ? 100 : 1;
  const shown = value === undefined ? '' : formatNumber(value * scale, { lang, maxDigits: percent ? 3 : 2 });
  const [text, setText] = useState(shown);
  const [problems, setProblems] = useState<Problem[]>([]);
  useEffect(() => {
    setText(shown);
    setProblems([]);
  }, [shown]);

  const commit = () => {
    if (text.trim() === '') {
      if (value !== undefined) setProblems(onCommit(undefined));
      else setProblems([]);
      return;
    }
    const parsed = parseLocaleNumber(text, lang);
    if (!parsed) {
      setProblems([notANumber(text.trim())]);
      return;
    }
    const next = parsed.percent && percent ? parsed.value : parsed.value / scale;
    if (next === value) {
      setText(shown);
      setProblems([]);
      return;
    }
    setProblems(onCommit(next));
  };

  const showDescription = description !== undefined && value === undefined;
  const describedBy = [showDescription ? `${id}-d` : '', problems.length > 0 ? `${id}-p` : ''].filter(Boolean).join(' ');
  return (
    <span className="baseline-yearcell">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        className={value === undefined ? 'baseline-yearcell__input is-unlisted' : 'baseline-yearcell__input'}
        value={text}
        placeholder={placeholder}
        aria-invalid={problems.length > 0}
        aria-describedby={describedBy || undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setText(shown);
            setProblems([]);
          }
        }}
      />
      {showDescription ? (
        <span id={`${id}-d`} className="visually-hidden">
          {description}
        </span>
      ) : null}
      <FieldProblems id={`${id}-p`} problems={problems} />
    </span>
  );
}
