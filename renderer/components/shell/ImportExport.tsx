// The import of budget lines and the export of summaries, opened from the header.
import type { Line } from '../../../shared/scenario/schema';
import { useLocalized } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store';
import { ExportDialog } from '../export/ExportDialog';
import { useExportHost } from '../export/use-export-host';
import { useOptionalFileActions } from '../files/file-actions-context';
import { ImportDialog } from '../import/ImportDialog';

const words = {
  nl: { added: (n: number) => (n === 1 ? '1 regel geïmporteerd' : `${n} regels geïmporteerd`) },
  en: { added: (n: number) => (n === 1 ? '1 line imported' : `${n} lines imported`) },
};

export function ImportPanel() {
  const t = useLocalized(words);
  const open = useAppStore((s) => s.importOpen);
  const scenario = useAppStore((s) => (s.view === 'editor' ? s.scenario : null));
  const files = useOptionalFileActions();
  const { setImportOpen, loadScenario, tryCommit } = useAppStore.getState();
  if (!open) return null;
  const addLines = (lines: Line[]) => {
    const problems = tryCommit(t.added(lines.length), (d) => void d.lines.push(...lines));
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
  const scenario = useAppStore((s) => s.scenario);
  const setExportOpen = useAppStore((s) => s.setExportOpen);
  // Mounted only while open: the dialog builds a summary of the scenario for its preview.
  if (!scenario || !open) return null;
  return (
    <ExportDialog
      open={open}
      scenario={scenario}
      onClose={() => setExportOpen(false)}
      {...exportHost}
    />
  );
}
