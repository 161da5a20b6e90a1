import { useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { uiSelectors } from '../../store/ui-slice';
import { render } from '../../../shared/i18n/text';

/** Why a file could not be opened, each problem with its location. The open work is untouched. */
export function OpenProblems() {
  const t = useText().app;
  const f = useText().files;
  const lang = useAppStore(uiSelectors.lang);
  const open = useAppStore(uiSelectors.openProblems);
  const dismiss = useAppStore((s) => s.dismissOpenProblems);
  if (!open) return null;
  return (
    <section role="alert" className="card problems">
      <h2>{t.openFailed(open.fileName)}</h2>
      <ul>
        {open.problems.map((p, i) => (
          <li key={i}>
            <code>{p.path}</code> {render(lang, p.message)}
          </li>
        ))}
      </ul>
      <p>{f.nothingChanged}</p>
      <button type="button" onClick={dismiss}>
        {t.close}
      </button>
    </section>
  );
}
