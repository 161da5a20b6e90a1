// The import of budget lines and the export of summaries, opened from the header.
//
// Both dialogs (with the readers and writers of spreadsheets, PDF and PNG behind them) are not
// part of the first screen: they load in a chunk of their own once the first chart has been
// painted, well before anyone can reach for them. Opened before that, a dialog appears as soon
// as its chunk has arrived.
import { useEffect, useState, type ComponentType } from 'react';
import type { Line } from '../../../shared/scenario/schema';
import { useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import type { ExportDialogProps } from '../export/ExportDialog';
import { useExportHost } from '../export/use-export-host';
import { useOptionalFileActions } from '../files/file-actions-context';
import type { ImportDialogProps } from '../import/ImportDialog';
import { scenarioOf } from '../../store/documents-slice';

/** A component from a chunk loaded on demand: null until it has arrived, then at once. */
function deferredComponent<P>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  function useComponent(wanted: boolean): ComponentType<P> | null {
    const [, setArrived] = useState(0);
    useEffect(() => {
      if (!wanted || loaded) return;
      let cancelled = false;
      void preload().then(() => {
        if (!cancelled) setArrived((n) => n + 1);
      });
      return () => {
        cancelled = true;
      };
    }, [wanted]);
    return loaded;
  }
  return { preload, useComponent };
}

const exportDialog = deferredComponent<ExportDialogProps>(() => import('../export/ExportDialog').then((m) => m.ExportDialog));
const importDialog = deferredComponent<ImportDialogProps>(() => import('../import/ImportDialog').then((m) => m.ImportDialog));

/** Fetches both dialogs' chunks once a scenario is on screen and the page has a moment. */
function usePreloadDialogs(): void {
  const shown = useAppStore((s) => scenarioOf(s) !== null);
  useEffect(() => {
    if (!shown) return;
    const preload = () => {
      void exportDialog.preload();
      void importDialog.preload();
    };
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(preload, { timeout: PRELOAD_WITHIN_MS });
      return () => cancelIdleCallback(idle);
    }
    const timer = setTimeout(preload, 0);
    return () => clearTimeout(timer);
  }, [shown]);
}
/** The dialogs are fetched when the page is idle, or after this long at the latest. */
const PRELOAD_WITHIN_MS = 3000;

export function ImportPanel() {
  const t = useText().app;
  const open = useAppStore((s) => s.importOpen);
  // Only while the dialog is open: every edit makes a new scenario.
  const scenario = useAppStore((s) => (s.importOpen && s.view === 'editor' ? scenarioOf(s) : null));
  const files = useOptionalFileActions();
  const { setImportOpen, loadScenario, tryCommit } = useAppStore.getState();
  usePreloadDialogs();
  const ImportDialog = importDialog.useComponent(open);
  if (!open || !ImportDialog) return null;
  const addLines = (lines: Line[]) => {
    const problems = tryCommit(t.linesImported(lines.length), (d) => void d.lines.push(...lines));
    if (problems.length === 0) setImportOpen(false);
  };
  return (
    <ImportDialog
      baseYear={scenario?.baseYear}
      existingLineIds={scenario ? scenario.lines.map((l) => l.id) : undefined}
      onNewScenario={(s) => {
        setImportOpen(false);
        if (files) void files.openNewDocument(s);
        else loadScenario(s, null);
      }}
      onAddLines={addLines}
      onCancel={() => setImportOpen(false)}
    />
  );
}

export function ExportPanel() {
  const exportHost = useExportHost();
  // On the compare screen, Export is the comparison's (CompareScreen shows that dialog).
  const open = useAppStore((s) => s.exportOpen && s.view !== 'compare');
  // Only while the dialog is open: every edit makes a new scenario.
  const scenario = useAppStore((s) => (s.exportOpen && s.view !== 'compare' ? scenarioOf(s) : null));
  const setExportOpen = useAppStore((s) => s.setExportOpen);
  // Opened for an annex (the monitor's or the decision log's button): that format first.
  const initialFormat = useAppStore((s) => s.exportFormat) ?? undefined;
  const ExportDialog = exportDialog.useComponent(open && scenario !== null);
  // Mounted only while open: the dialog builds a summary of the scenario for its preview.
  if (!scenario || !open || !ExportDialog) return null;
  return (
    <ExportDialog
      open={open}
      scenario={scenario}
      onClose={() => setExportOpen(false)}
      initialFormat={initialFormat}
      {...exportHost}
    />
  );
}
