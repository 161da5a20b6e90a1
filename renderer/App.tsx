import { useEffect } from 'react';
import { parseScenarioText } from '../shared/scenario/parse';
import { useShortcuts } from './commands/use-shortcuts';
import { Editor } from './components/shell/Editor';
import { Header } from './components/shell/Header';
import { HistoryBar } from './components/shell/HistoryBar';
import { OpenProblems } from './components/shell/OpenProblems';
import { PresentationView } from './components/shell/PresentationView';
import { ShortcutsDialog } from './components/shell/ShortcutsDialog';
import { StartScreen } from './components/shell/StartScreen';
import { PlatformProvider } from './platform/context';
import type { Platform } from './platform/platform';
import { useAppStore } from './store/store';

export function App({ platform }: { platform: Platform }) {
  const loadScenario = useAppStore((s) => s.loadScenario);
  const showOpenProblems = useAppStore((s) => s.showOpenProblems);
  const lang = useAppStore((s) => s.lang);
  const editing = useAppStore((s) => s.view === 'editor' && s.scenario !== null);
  const presenting = useAppStore((s) => s.presenting && s.scenario !== null);
  useShortcuts();

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    let cancelled = false;
    void platform.getInitialScenario().then((file) => {
      if (cancelled || !file) return;
      const result = parseScenarioText(file.text);
      if (result.ok) loadScenario(result.value, file.name);
      else showOpenProblems(file.name, result.problems);
    });
    return () => {
      cancelled = true;
    };
  }, [platform, loadScenario, showOpenProblems]);

  return (
    <PlatformProvider platform={platform}>
      {presenting ? (
        <PresentationView />
      ) : (
        <div className="app">
          <Header />
          <main>
            <OpenProblems />
            {editing ? <Editor /> : <StartScreen />}
          </main>
          {editing ? <HistoryBar /> : null}
        </div>
      )}
      <ShortcutsDialog />
    </PlatformProvider>
  );
}
