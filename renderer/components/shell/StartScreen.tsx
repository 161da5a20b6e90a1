import { useEffect, useState } from 'react';
import type { SampleInfo } from '../../../shared/ipc/contract';
import { newScenario } from '../../../shared/scenario/new-scenario';
import { parseScenarioText } from '../../../shared/scenario/parse';
import { useLang, useMessages } from '../../i18n/use-messages';
import { usePlatform } from '../../platform/context';
import { useAppStore } from '../../store/store';

/** Samples (each with a line on what it shows), a new scenario, and the way back. */
export function StartScreen() {
  const t = useMessages();
  const lang = useLang();
  const platform = usePlatform();
  const [samples, setSamples] = useState<SampleInfo[] | null>(null);
  const current = useAppStore((s) => s.scenario);
  const { loadScenario, showOpenProblems, setView } = useAppStore.getState();

  useEffect(() => {
    let live = true;
    void platform.listSamples().then((list) => live && setSamples(list));
    return () => {
      live = false;
    };
  }, [platform]);

  const openSample = async (id: string) => {
    const file = await platform.readSample(id);
    const result = parseScenarioText(file.text);
    if (result.ok) loadScenario(result.value, file.name);
    else showOpenProblems(file.name, result.problems);
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
        <h2 id="start-new">{t.newScenario}</h2>
        <button type="button" className="start__card" onClick={() => loadScenario(newScenario(new Date().getFullYear(), lang), null)}>
          <span className="start__card-title">+ {t.newScenario}</span>
          <span className="start__card-text">{t.newScenarioHint}</span>
        </button>
      </section>
      <section aria-labelledby="start-samples" className="start__section">
        <h2 id="start-samples">{t.samples}</h2>
        <ul className="start__grid">
          {(samples ?? []).map((s) => (
            <li key={s.id}>
              <button type="button" className="start__card" onClick={() => void openSample(s.id)}>
                <span className="start__card-title">{s.title}</span>
                <span className="start__card-text">{s.description}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
