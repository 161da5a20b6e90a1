import { useId, type Ref } from 'react';
import type { Problem } from '../../../shared/scenario/problems';
import { FieldProblems } from '../fields/FieldProblems';

/**
 * "Name of the new …" and its "+ Add" button, under a table of the baseline (lines, partners):
 * Enter in the field adds too; the engine's problems (a name too long, a duplicate) beside it.
 */
export function AddByName({
  label,
  placeholder,
  button,
  value,
  problems,
  onChange,
  onAdd,
  inputRef,
}: {
  label: string;
  placeholder: string;
  button: string;
  value: string;
  problems: Problem[];
  onChange(value: string): void;
  onAdd(): void;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const id = useId();
  return (
    <div className="baseline-add">
      <span className="field">
        <label htmlFor={`${id}-new`}>{label}</label>
        <input
          ref={inputRef}
          id={`${id}-new`}
          type="text"
          value={value}
          placeholder={placeholder}
          aria-invalid={problems.length > 0}
          aria-describedby={problems.length > 0 ? `${id}-new-problems` : undefined}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onAdd();
          }}
        />
        <FieldProblems id={`${id}-new-problems`} problems={problems} />
      </span>
      <button type="button" className="baseline-button" onClick={onAdd}>
        <span aria-hidden="true">+ </span>
        {button}
      </button>
    </div>
  );
}
