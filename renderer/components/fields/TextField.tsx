import { useEffect, useId, useState } from 'react';
import type { Problem } from '../../../shared/scenario/problems';
import { FieldProblems } from './FieldProblems';

/**
 * A text field that commits on blur or Enter, only when the engine accepts the result; Escape
 * puts the current value back.
 */
export function TextField({
  label,
  value,
  onCommit,
  multiline,
  hideLabel,
  list,
  describedBy,
  className,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => Problem[];
  multiline?: boolean;
  hideLabel?: boolean;
  /** id of a <datalist> with suggestions (existing groups, organisations, Iv3 codes). */
  list?: string;
  /** Ids of more elements that describe the field (e.g. the Iv3 name next to a code). */
  describedBy?: string;
  className?: string;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  const [problems, setProblems] = useState<Problem[]>([]);
  useEffect(() => {
    setText(value);
    setProblems([]);
  }, [value]);
  const commit = () => {
    if (text !== value) setProblems(onCommit(text));
  };
  const described = [describedBy, problems.length > 0 ? `${id}-problems` : undefined].filter(Boolean).join(' ');
  const common = {
    id,
    value: text,
    'aria-invalid': problems.length > 0,
    'aria-describedby': described || undefined,
    onChange: (e: { target: { value: string } }) => setText(e.target.value),
    onBlur: commit,
  };
  return (
    <span className={`field text-field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input
          {...common}
          type="text"
          list={list}
          autoComplete={list ? 'off' : undefined}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setText(value);
              setProblems([]);
            }
          }}
        />
      )}
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </span>
  );
}
