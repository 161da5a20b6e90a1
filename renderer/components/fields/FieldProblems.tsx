import type { Problem } from '../../../shared/scenario/problems';
import { useLang } from '../../i18n/use-text';
import { render } from '../../../shared/i18n/text';

/**
 * The engine's problems for a field, shown next to it and announced to screen readers. The alert
 * role sits on a wrapper: on the <ul> itself it would replace the list role, leaving the items
 * outside any list (axe: listitem).
 */
export function FieldProblems({ id, problems }: { id: string; problems: readonly Problem[] }) {
  const lang = useLang();
  if (problems.length === 0) return null;
  return (
    <div id={id} role="alert">
      <ul className="field-problems">
        {problems.map((p, i) => (
          <li key={i}>{render(lang, p.message)}</li>
        ))}
      </ul>
    </div>
  );
}
