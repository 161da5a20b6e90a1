import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { tagOf } from '../shared/i18n/languages';
import { fileCommands, FILE_COMMAND_IDS } from './commands/file-commands';
import { commands, registerCommands } from './commands/commands';
import { useShortcuts } from './commands/use-shortcuts';
import { ConflictDialog } from './components/files/ConflictDialog';
import { DropZone } from './components/files/DropZone';
import { createFileActions, type FileActionsOptions } from './components/files/file-actions';
import { FileActionsProvider } from './components/files/file-actions-context';
import { FileNotice } from './components/files/FileNotice';
import { RestoreBackupDialog } from './components/files/RestoreBackupDialog';
import { UnsavedChangesDialog } from './components/files/UnsavedChangesDialog';
import './components/files/files.css';
import { DocumentTabs } from './components/shell/DocumentTabs';
import { Editor } from './components/shell/Editor';
import { Header } from './components/shell/Header';
import { HistoryBar } from './components/shell/HistoryBar';
import { ExportPanel, ImportPanel } from './components/shell/ImportExport';
import { OpenProblems } from './components/shell/OpenProblems';
import { PresentationView } from './components/shell/PresentationView';
import { ShortcutsDialog } from './components/shell/ShortcutsDialog';
import { SkipLinks } from './components/shell/SkipLinks';
import { StartScreen } from './components/shell/StartScreen';
import { useKeepFocusInView } from './focus/keep-in-view';
import { regionAttributes } from './focus/regions';
import { PlatformProvider } from './platform/context';
import type { AppPlatform } from './platform/platform';
import { useAppStore } from './store/store';
import { scenarioOf } from './store/documents-slice';

// The compare screen is loaded when first shown: the start-up does not wait for it.
const CompareScreen = lazy(() => import('./components/compare/CompareScreen').then((m) => ({ default: m.CompareScreen })));
// So is the choice menu (keuzemenu) for the council meeting.
const ChoiceMenu = lazy(() => import('./components/menu/ChoiceMenu').then((m) => ({ default: m.ChoiceMenu })));

/** `fileOptions`: for tests (a shorter backup delay, a fixed clock). */
export function App({ platform, fileOptions }: { platform: AppPlatform; fileOptions?: FileActionsOptions }) {
  const lang = useAppStore((s) => s.lang);
  const view = useAppStore((s) => (scenarioOf(s) === null ? 'start' : s.view));
  const presenting = useAppStore((s) => s.presenting && scenarioOf(s) !== null);
  const choosing = useAppStore((s) => s.choosing && scenarioOf(s) !== null);
  // Until the platform says which scenario to start with, the start screen waits: it would only
  // flash up before the sample or the file opened from the OS replaces it.
  const [starting, setStarting] = useState(true);
  const actions = useMemo(() => createFileActions(platform, useAppStore, fileOptions), [platform, fileOptions]);
  useShortcuts();
  useKeepFocusInView();

  useEffect(() => {
    document.documentElement.lang = tagOf(lang);
  }, [lang]);

  // File commands in the one command list (Ctrl+S, Ctrl+O…), bound to this app's actions.
  useEffect(() => {
    registerCommands(fileCommands(actions, { browser: platform.kind === 'browser' }));
    return () => {
      for (const id of FILE_COMMAND_IDS) {
        const i = commands.findIndex((c) => c.id === id);
        if (i >= 0) commands.splice(i, 1);
      }
    };
  }, [actions, platform]);

  // Backups after edits, the window title and what main knows about the document.
  useEffect(() => actions.start(), [actions]);

  // Events from outside the page: menu items, files the OS opens, "save before closing".
  useEffect(() => {
    const off = [
      platform.onMenuCommand((command) => actions.menuCommand(command)),
      platform.onFileOpened((result) => void actions.openResult(result)),
      platform.onSaveBeforeClose((requestId) => void actions.saveBeforeClose(requestId)),
    ];
    return () => off.forEach((unsubscribe) => unsubscribe());
  }, [platform, actions]);

  // The scenario to start with (subscribed to events first: main pushes files from then on),
  // then any unsaved work an earlier session left behind.
  useEffect(() => {
    let cancelled = false;
    void platform
      .getInitialScenario()
      .then((file) => {
        if (!cancelled) actions.openInitial(file);
      })
      .finally(() => {
        if (cancelled) return;
        setStarting(false);
        void actions.offerBackups();
      });
    return () => {
      cancelled = true;
    };
  }, [platform, actions]);

  return (
    <PlatformProvider platform={platform}>
      <FileActionsProvider actions={actions}>
        {presenting ? (
          <PresentationView />
        ) : choosing ? (
          <Suspense fallback={null}>
            <ChoiceMenu />
          </Suspense>
        ) : (
          <div className="app">
            <SkipLinks editor={view === 'editor'} />
            <Header />
            <DocumentTabs />
            {/* The editor's regions are its panels (F6 goes from one to the next); elsewhere the content is one. */}
            <main {...(view === 'editor' ? {} : regionAttributes('content'))}>
              <FileNotice />
              <OpenProblems />
              <ImportPanel />
              {view === 'editor' ? <Editor /> : null}
              {view === 'compare' ? (
                <Suspense fallback={null}>
                  <CompareScreen />
                </Suspense>
              ) : null}
              {view === 'start' && !starting ? <StartScreen /> : null}
            </main>
            {view === 'editor' ? <HistoryBar /> : null}
          </div>
        )}
        <ShortcutsDialog />
        <ExportPanel />
        <UnsavedChangesDialog />
        <ConflictDialog />
        <RestoreBackupDialog />
        <DropZone />
      </FileActionsProvider>
    </PlatformProvider>
  );
}
