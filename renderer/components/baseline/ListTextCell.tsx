import { useEffect, useId, useState } from 'react';
import type { Problem } from '../../../shared/scenario/problems';
import { FieldProblems } from '../fields/FieldProblems';

export interface ListTextCellProps {
  label: string;
  value: string;
  /** id of a <datalist> with suggestions (existing groups, organisations, Iv3 codes). */
  list: string;
  /** Extra description (e.g. the Iv3 name next to a code). */
  describedBy?: string;
  className?: string;
  onCommit: (value: string) => Problem[];
}

/**
 * A text cell with suggestions from a datalist, committed on Enter or leaving the cell, only
 * when the engine accepts it. (TextField takes no `list`; when it does, this can go.)
 */
export function ListTextCell({ label, value, list, describedBy, className, onCommit }: ListTextCellProps) {
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
  const described = [describedBy, problems.length > 0 ? `${id}-p` : undefined].filter(Boolean).join(' ');
  return (
    <span className={`field baseline-listcell ${className ?? ''}`}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="text"
        list={list}
        value={text}
        autoComplete="off"
        aria-invalid={problems.length > 0}
        aria-describedby={described || undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setText(value);
            setProblems([]);
          }
        }}
      />
      <FieldProblems id={`${id}-p`} problems={problems} />
    </span>
  );
}
