import { useEffect, useId, useState } from 'react';
import { formatNumber } from '../../../shared/format/money';
import { parseLocaleNumber } from '../../../shared/format/parse-number';
import type { Problem } from '../../../shared/scenario/problems';
import { useLang } from '../../i18n/use-messages';
import { FieldProblems } from './FieldProblems';

export interface NumberFieldProps {
  label: string;
  /** Hide the label visually (it is still the field's accessible name). */
  hideLabel?: boolean;
  value: number | undefined;
  /** 'percent' shows and reads fractions as per cent (0.2 ⇄ "20"). */
  display?: 'plain' | 'percent' | 'euro';
  /** Decimals shown; typed input keeps whatever precision the user types. */
  digits?: number;
  /** Called with the new value; returns the engine's problems (empty when accepted). */
  onCommit: (value: number | undefined) => Problem[];
  /** An empty field means "not set" (e.g. an optional field); otherwise it is an error. */
  optional?: boolean;
  className?: string;
}

/**
 * A number typed the way people write it (nl: 1.234,5; en: 1,234.5). The text is kept while
 * typing; on blur or Enter it is read, and the edit is committed only when the engine accepts
 * it. Anything else stays in the field with the reason next to it: never silently accepted.
 */
export function NumberField({ label, hideLabel, value, display = 'plain', digits = 2, onCommit, optional, className }: NumberFieldProps) {
  const lang = useLang();
  const id = useId();
  const scale = display === 'percent' ? 100 : 1;
  const shown = value === undefined ? '' : formatNumber(value * scale, { lang, maxDigits: digits });
  const [text, setText] = useState(shown);
  const [problems, setProblems] = useState<Problem[]>([]);
  useEffect(() => {
    setText(shown);
    setProblems([]);
  }, [shown]);

  const commit = () => {
    if (text.trim() === '') {
      if (optional) setProblems(onCommit(undefined));
      else setProblems([{ path: '-', code: 'required', message: { nl: 'Vul een getal in.', en: 'Enter a number.' } }]);
      return;
    }
    const parsed = parseLocaleNumber(text, lang);
    if (!parsed) {
      setProblems([
        {
          path: '-',
          code: 'not-a-number',
          message: {
            nl: `„${text}” is geen getal. Schrijf bijvoorbeeld 1.234,5.`,
            en: `"${text}" is not a number. Write, for example, 1,234.5.`,
          },
        },
      ]);
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

  return (
    <span className={`field number-field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <span className="number-field__input">
        {display === 'euro' ? <span aria-hidden="true">€</span> : null}
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={text}
          aria-invalid={problems.length > 0}
          aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
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
        {display === 'percent' ? <span aria-hidden="true">%</span> : null}
      </span>
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </span>
  );
}
