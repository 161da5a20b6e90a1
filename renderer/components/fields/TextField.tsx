import { useEffect, useId, useState } from 'react';
import type { Problem } from '../../../shared/scenario/problems';
import { FieldProblems } from './FieldProblems';

/** A text field that commits on blur or Enter, only when the engine accepts the result. */
export function TextField({
  label,
  value,
  onCommit,
  multiline,
  hideLabel,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => Problem[];
  multiline?: boolean;
  hideLabel?: boolean;
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
  const common = {
    id,
    value: text,
    'aria-invalid': problems.length > 0,
    'aria-describedby': problems.length > 0 ? `${id}-problems` : undefined,
    onChange: (e: { target: { value: string } }) => setText(e.target.value),
    onBlur: commit,
  };
  return (
    <span className="field text-field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input {...common} type="text" onKeyDown={(e) => e.key === 'Enter' && commit()} />
      )}
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </span>
  );
}
