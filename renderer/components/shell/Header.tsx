import { useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { scenarioSelectors } from '../../store/scenario-slice';
import { useOptionalFileActions } from '../files/file-actions-context';
import { DirtyMark } from './DirtyMark';
import { LanguageSwitch } from './LanguageSwitch';
import { UnitSwitch } from './UnitSwitch';
import { documentsSelectors, scenarioOf } from '../../store/documents-slice';
import { regionAttributes } from '../../focus/regions';

export function Header() {
  const t = useText().app;
  const f = useText().files;
  const c = useText().compare;
  const files = useOptionalFileActions();
  // The parts of the scenario the header shows, not the scenario: a slider move changes that.
  const hasScenario = useAppStore((s) => scenarioOf(s) !== null);
  const title = useAppStore((s) => scenarioOf(s)?.title);
  const municipality = useAppStore((s) => scenarioOf(s)?.municipality);
  const view = useAppStore((s) => s.view);
  const documentName = useAppStore(scenarioSelectors.documentName);
  const dirty = useAppStore(scenarioSelectors.dirty);
  const setView = useAppStore((s) => s.setView);
  const setPresenting = useAppStore((s) => s.setPresenting);
  const setChoosing = useAppStore((s) => s.setChoosing);
  const menu = useText().menu;
  const setShortcutsOpen = useAppStore((s) => s.setShortcutsOpen);
  const importOpen = useAppStore((s) => s.importOpen);
  const setImportOpen = useAppStore((s) => s.setImportOpen);
  const setExportOpen = useAppStore((s) => s.setExportOpen);
  const editing = view === 'editor' && hasScenario;
  const comparing = view === 'compare' && hasScenario;
  const documentCount = useAppStore(documentsSelectors.count);
  return (
    <header className="app-header" {...regionAttributes('header')}>
      <div className="app-header__titles">
        <p className="app-header__app">{t.appName}</p>
        <h1>{editing ? title : comparing ? c.title : t.startTitle}</h1>
        {editing && municipality ? <p className="app-header__sub">{municipality}</p> : null}
        {editing && documentName ? (
          <p className="app-header__file" data-testid="document-name">
            <span>{documentName}</span>
            {dirty ? <DirtyMark className="app-header__dirty" /> : null}
          </p>
        ) : null}
      </div>
      <div className="app-header__tools">
        {editing || comparing ? (
          <button type="button" className="tool-button" onClick={() => setView('start')}>
            {t.startScreen}
          </button>
        ) : null}
        {editing && files ? (
          <span className="file-buttons" role="group" aria-label={f.fileLabel}>
            <button type="button" className="tool-button" aria-keyshortcuts="Control+O" onClick={() => void files.open()}>
              {f.open}
            </button>
            <button type="button" className="tool-button" aria-keyshortcuts="Control+S" onClick={() => void files.save()}>
              {f.save}
            </button>
            <button type="button" className="tool-button" aria-keyshortcuts="Control+Shift+S" onClick={() => void files.saveAs()}>
              {f.saveAs}
            </button>
          </span>
        ) : null}
        <button type="button" className="tool-button" aria-haspopup="dialog" aria-expanded={importOpen} onClick={() => setImportOpen(!importOpen)}>
          {t.importLines}
        </button>
        {editing || (comparing && documentCount >= 2) ? (
          <button type="button" className="tool-button" aria-haspopup="dialog" aria-keyshortcuts="Control+E" onClick={() => setExportOpen(true)}>
            {t.exportSummary}
          </button>
        ) : null}
        {editing || comparing ? <UnitSwitch /> : null}
        <LanguageSwitch />
        {editing ? (
          <button type="button" className="tool-button" aria-keyshortcuts="F5" onClick={() => setPresenting(true)}>
            {t.present} <kbd translate="no">F5</kbd>
          </button>
        ) : null}
        {editing ? (
          <button type="button" className="tool-button" onClick={() => setChoosing(true)}>
            {menu.open}
          </button>
        ) : null}
        <button type="button" className="tool-button" aria-keyshortcuts="F1" onClick={() => setShortcutsOpen(true)}>
          {t.shortcuts}
        </button>
      </div>
    </header>
  );
}
