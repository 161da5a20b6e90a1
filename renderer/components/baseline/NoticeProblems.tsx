import type { Problem } from '../../../shared/scenario/problems';
import { useLang } from '../../i18n/use-text';
import { render } from '../../../shared/i18n/text';

/** The engine's problems inside a notice that is itself the alert (so no nested alert). */
export function NoticeProblems({ problems }: { problems: readonly Problem[] }) {
  const lang = useLang();
  if (problems.length === 0) return null;
  return (
    <ul className="baseline-notice__rows">
      {problems.map((p, i) => (
        <li key={i}>{render(lang, p.message)}</li>
      ))}
    </ul>
  );
}
