import { useEffect, useState } from 'react';
import type { RecentFile, SampleInfo } from '../../../shared/ipc/contract';
import { newScenario } from '../../../shared/scenario/new-scenario';
import { parseScenarioText } from '../../../shared/scenario/parse';
import { useLang, useText } from '../../i18n/use-text';
import { usePlatform } from '../../platform/context';
import { useAppStore } from '../../store/store';
import { useOptionalFileActions } from '../files/file-actions-context';
import { scenarioOf } from '../../store/documents-slice';
import { SAMPLES_LANG } from '../../platform/sample-info';
import { keepAmountsTogether } from '../../../shared/format/money';

/** Open a file, the recent files, a new scenario, the samples (each with a line on what it shows), and the way back. */
export function StartScreen() {
  const t = useText().app;
  const f = useText().files;
  const lang = useLang();
  const platform = usePlatform();
  const files = useOptionalFileActions();
  const [samples, setSamples] = useState<SampleInfo[] | null>(null);
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const current = useAppStore((s) => scenarioOf(s));
  const { loadScenario, showOpenProblems, setView } = useAppStore.getState();

  useEffect(() => {
    let live = true;
    void platform.listSamples().then((list) => live && setSamples(list));
    if (files?.platform.recent) void files.listRecent().then((list) => live && setRecent(list));
    return () => {
      live = false;
    };
  }, [platform, files]);

  // Without the file actions (a component test of the shell alone) samples open directly.
  const openSample = async (id: string) => {
    if (files) {
      await files.openSample(id);
      return;
    }
    const file = await platform.readSample(id);
    const result = parseScenarioText(file.text);
    if (result.ok) loadScenario(result.value, file.name);
    else showOpenProblems(file.name, result.problems);
  };
  const startNew = () => {
    if (files) void files.newScenario();
    else {
      loadScenario(newScenario(new Date().getFullYear(), lang), null);
      useAppStore.getState().requestFocus('lines');
    }
  };

  return (
    <div className="start">
      <p className="start__intro">{t.startIntro}</p>
      {current ? (
        <p>
          <button type="button" className="tool-button" onClick={() => setView('editor')}>
            {t.backToScenario(current.title)}
          </button>
        </p>
      ) : null}
      <section aria-labelledby="start-new" className="start__section">
        <h2 id="start-new">{files ? f.startSection : t.newScenario}</h2>
        <ul className="start__grid">
          <li>
            <button type="button" className="start__card" onClick={startNew}>
              <span className="start__card-title">+ {t.newScenario}</span>
              <span className="start__card-text">{t.newScenarioHint}</span>
            </button>
          </li>
          {files ? (
            <li>
              <button type="button" className="start__card" aria-keyshortcuts="Control+O" onClick={() => void files.open()}>
                <span className="start__card-title">{f.open}</span>
                <span className="start__card-text">{f.openHint}</span>
              </button>
            </li>
          ) : null}
        </ul>
      </section>
      {files?.platform.recent ? (
        <section aria-labelledby="start-recent" className="start__section">
          <h2 id="start-recent">{t.recent}</h2>
          {recent.length === 0 ? (
            <p>{f.recentEmpty}</p>
          ) : (
            <ul className="start__recent">
              {recent.map((file) => (
                <li key={file.handle}>
                  <button type="button" className="link-button" onClick={() => void files.openRecent(file.handle)}>
                    {file.name}
                    {file.folder ? <span className="start__recent-folder">{file.folder}</span> : null}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <section aria-labelledby="start-samples" className="start__section">
        <h2 id="start-samples">{t.samples}</h2>
        <ul className="start__grid">
          {(samples ?? []).map((s) => (
            <li key={s.id}>
              <button type="button" className="start__card" onClick={() => void openSample(s.id)}>
                <span className="start__card-title" lang={SAMPLES_LANG}>
                  {keepAmountsTogether(s.title)}
                </span>
                <span className="start__card-text" lang={SAMPLES_LANG}>
                  {keepAmountsTogether(s.description)}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <p className="start__note">{t.samplesLanguage.note}</p>
      </section>
    </div>
  );
}
