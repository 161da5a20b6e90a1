import type { Problem } from '../../../shared/scenario/problems';
import { useLang } from '../../i18n/use-messages';

/** The engine's problems for a field, shown next to it and announced to screen readers. */
export function FieldProblems({ id, problems }: { id: string; problems: readonly Problem[] }) {
  const lang = useLang();
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="field-problems" role="alert">
      {problems.map((p, i) => (
        <li key={i}>{p.message[lang]}</li>
      ))}
    </ul>
  );
}
