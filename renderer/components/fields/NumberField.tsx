import { useEffect, useId, useState, type ReactNode } from 'react';
import { formatNumber } from '../../../shared/format/money';
import { parseLocaleNumber } from '../../../shared/format/parse-number';
import type { Lang, Problem } from '../../../shared/scenario/problems';
import { useLang } from '../../i18n/use-text';
import { FieldProblems } from './FieldProblems';
import { text } from '../../../shared/i18n/text';

export interface NumberFieldProps {
  /** The label; with `labelledBy`, the first part of the accessible name. */
  label: ReactNode;
  /** Hide the label visually (it is still the field's accessible name). */
  hideLabel?: boolean;
  value: number | undefined;
  /** 'percent' shows and reads fractions as per cent (0.2 ⇄ "20"). */
  display?: 'plain' | 'percent' | 'euro';
  /** Decimals shown; typed input keeps whatever precision the user types. */
  digits?: number;
  /** How the value is written in the field, instead of formatNumber (e.g. formatPercent: "50%"). */
  format?: (value: number, lang: Lang) => string;
  /** Called with the new value; returns the engine's problems (empty when accepted). */
  onCommit: (value: number | undefined) => Problem[];
  /** An empty field means "not set" (e.g. an optional field); otherwise it is an error. Same as onEmpty 'unset'. */
  optional?: boolean;
  /**
   * What emptying the field means: 'required' (the default unless `optional`) is a problem;
   * 'unset' commits undefined; 'unlist' commits undefined only when there is a value to remove
   * and otherwise does nothing (a year cell: an empty cell is a year not listed).
   */
  onEmpty?: 'required' | 'unset' | 'unlist';
  /** Shown greyed while there is no value: what it counts as (an unlisted year's effective value). */
  placeholder?: string;
  /** Read out to screen readers while there is no value (placeholders are not reliably read). */
  unsetDescription?: string;
  /** 'cell': compact, for tables and rows of year cells: no € or % beside it (the heading says the unit), and the input marked `is-unlisted` while there is no value. */
  variant?: 'field' | 'cell';
  /** Ids of more elements that describe the field. */
  describedBy?: string;
  /** Ids of elements that complete the accessible name after the label (e.g. the row's name). */
  labelledBy?: string;
  /**
   * Report problems to one list shown for a group of cells (with this id) instead of under the
   * field; called whenever the field's problems change.
   */
  problemsOutside?: { id: string; onChange: (problems: Problem[]) => void };
  className?: string;
}

const notANumber = (value: string): Problem => ({
  path: '-',
  code: 'not-a-number',
  message: text('app.notANumber', value),
});

const required: Problem = { path: '-', code: 'required', message: text('app.enterNumber') };

/**
 * A number typed the way people write it (nl: 1.234,5; en: 1,234.5). The text is kept while
 * typing; on blur or Enter it is read, and the edit is committed only when the engine accepts
 * it. Anything else stays in the field with the reason next to it: never silently accepted.
 * Escape puts the current value back.
 */
export function NumberField({
  label,
  hideLabel,
  value,
  display = 'plain',
  digits = 2,
  format,
  onCommit,
  optional,
  onEmpty = optional ? 'unset' : 'required',
  placeholder,
  unsetDescription,
  variant = 'field',
  describedBy,
  labelledBy,
  problemsOutside,
  className,
}: NumberFieldProps) {
  const lang = useLang();
  const id = useId();
  const scale = display === 'percent' ? 100 : 1;
  const shown = value === undefined ? '' : format ? format(value, lang) : formatNumber(value * scale, { lang, maxDigits: digits });
  const [text, setText] = useState(shown);
  const [problems, setOwnProblems] = useState<Problem[]>([]);
  const [shownBefore, setShownBefore] = useState(shown);
  const report = problemsOutside?.onChange;
  const setProblems = (next: Problem[]) => {
    setOwnProblems(next);
    report?.(next);
  };
  // A new value makes the old text and problems stale (an accepted edit, undo, another view, a
  // slider beside the field). Taken while rendering, so the field shows it in the same frame as
  // the slider and the chart, not one render and one frame later.
  const [clearOutside, setClearOutside] = useState(false);
  if (shown !== shownBefore) {
    setShownBefore(shown);
    setText(shown);
    if (problems.length > 0) {
      setOwnProblems([]);
      setClearOutside(true);
    }
  }
  useEffect(() => {
    // The problems shown elsewhere (problemsOutside) go with them.
    if (!clearOutside) return;
    setClearOutside(false);
    report?.([]);
  }, [clearOutside]);

  const commit = () => {
    const trimmed = text.trim();
    if (trimmed === '') {
      if (onEmpty === 'required') setProblems([required]);
      else if (onEmpty === 'unset' || value !== undefined) setProblems(onCommit(undefined));
      else setProblems([]);
      return;
    }
    const parsed = parseLocaleNumber(text, lang);
    if (!parsed) {
      setProblems([notANumber(trimmed)]);
      return;
    }
    const next = parsed.percent && display === 'percent' ? parsed.value : parsed.value / scale;
    if (next === value) {
      setText(shown);
      setProblems([]);
      return;
    }
    setProblems(onCommit(next));
  };

  const cell = variant === 'cell';
  const problemsId = problemsOutside?.id ?? `${id}-problems`;
  const unsetNote = value === undefined && unsetDescription !== undefined;
  // An unlisted cell first says what counts there, then what else describes it.
  const described = [unsetNote ? `${id}-unset` : undefined, describedBy, problems.length > 0 ? problemsId : undefined].filter(Boolean).join(' ');
  return (
    <span className={`field number-field${cell ? ' number-field--cell' : ''} ${className ?? ''}`}>
      <label id={labelledBy ? `${id}-label` : undefined} htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <span className="number-field__input">
        {display === 'euro' && !cell ? <span aria-hidden="true">€</span> : null}
        <input
          id={id}
          type="text"
          inputMode="decimal"
          className={cell && value === undefined ? 'is-unlisted' : undefined}
          value={text}
          placeholder={placeholder}
          aria-labelledby={labelledBy ? `${id}-label ${labelledBy}` : undefined}
          aria-invalid={problems.length > 0}
          aria-describedby={described || undefined}
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
        {display === 'percent' && !cell ? <span aria-hidden="true">%</span> : null}
      </span>
      {unsetNote ? (
        <span id={`${id}-unset`} hidden>
          {unsetDescription}
        </span>
      ) : null}
      {problemsOutside ? null : <FieldProblems id={problemsId} problems={problems} />}
    </span>
  );
}
