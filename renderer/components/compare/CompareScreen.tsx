// The compare screen of the app: the open tabs, a choice of which of them to compare (at first
// the active scenario's family, its origin as the reference, see default-selection.ts; a tab
// opened later joins), and the comparison itself. The items only change when a
// chosen scenario does, so an edit in another tab does not compute the comparison again.
import { useEffect, useId, useRef, useState } from 'react';
import type { CompareItem } from '../../../shared/compare/types';
import { useText } from '../../i18n/use-text';
import { openDocuments, type DocumentView } from '../../store/documents-slice';
import { useAppStore } from '../../store/store';
import { useOptionalFileActions } from '../files/file-actions-context';
import { ExportDialog } from '../export/ExportDialog';
import { useExportHost } from '../export/use-export-host';
import { CompareView } from './CompareView';
import { defaultComparison } from './default-selection';

export function CompareScreen() {
  const t = useText().compare;
  const f = useText().files;
  const files = useOptionalFileActions();
  const docs = useAppStore(openDocuments);
  const exportOpen = useAppStore((s) => s.exportOpen);
  const setExportOpen = useAppStore((s) => s.setExportOpen);
  const exportHost = useExportHost();
  const [initial] = useState(() => defaultComparison(docs));
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set(docs.map((d) => d.id).filter((id) => !initial.includes(id))));
  const pickId = useId();
  const chosen = referenceFirst(
    docs.filter((d) => !left.has(d.id)),
    initial[0],
  );
  const items = useChosenItems(chosen);

  // Nothing to export with fewer than two: the request is dropped, not kept for another screen.
  useEffect(() => {
    if (exportOpen && items.length < 2) setExportOpen(false);
  }, [exportOpen, items.length, setExportOpen]);

  const toggle = (id: string, on: boolean) =>
    setLeft((prev) => {
      const next = new Set(prev);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="compare-screen">
      {docs.length >= 2 ? (
        <fieldset className="compare-screen__pick card" aria-describedby={`${pickId}-hint`}>
          <legend>{t.pickLegend}</legend>
          <p id={`${pickId}-hint`} className="compare-screen__hint">
            {t.pickHint}
          </p>
          <ul>
            {docs.map((d) => (
              <li key={d.id}>
                <label>
                  <input type="checkbox" checked={!left.has(d.id)} onChange={(e) => toggle(d.id, e.target.checked)} /> {d.scenario.title}
                  {d.name !== d.scenario.title ? <span className="compare-screen__file"> — {d.name}</span> : null}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      {items.length < 2 ? (
        <section className="card" aria-labelledby={`${pickId}-few`}>
          <h2 id={`${pickId}-few`}>{t.tooFew}</h2>
          <p>{t.howToMore}</p>
          {files && docs.length > 0 ? (
            <button type="button" className="tool-button" onClick={() => files.duplicate()}>
              {f.duplicate}
            </button>
          ) : null}
        </section>
      ) : (
        <CompareView items={items} />
      )}
      {exportOpen && items.length >= 2 ? (
        <ExportDialog
          open
          comparison={items}
          onClose={() => setExportOpen(false)}
          {...exportHost}
        />
      ) : null}
    </div>
  );
}

/** The documents in tab order, but the reference (the origin of the variants) first while it is chosen. */
function referenceFirst(docs: DocumentView[], reference: string | undefined): DocumentView[] {
  const ref = docs.find((d) => d.id === reference);
  return ref ? [ref, ...docs.filter((d) => d !== ref)] : docs;
}

/** The chosen documents as compare items, the same array for as long as their scenarios and names stay the same. */
function useChosenItems(chosen: readonly DocumentView[]): CompareItem[] {
  const last = useRef<CompareItem[]>([]);
  const fileOf = (d: DocumentView) => (d.name !== d.scenario.title ? d.name : null);
  const same =
    last.current.length === chosen.length &&
    chosen.every((d, i) => last.current[i]!.scenario === d.scenario && last.current[i]!.file === fileOf(d));
  // The tab's title names it; its file name tells two tabs with one title apart in the exports.
  if (!same) last.current = chosen.map((d) => ({ name: d.scenario.title, scenario: d.scenario, file: fileOf(d) }));
  return last.current;
}
