// The guide of a new scenario (#24): three numbered steps — budget lines, a measure, the target —
// each ticked once the scenario has it (shared/scenario/setup-steps), each a button that takes the
// focus there. Shown for a new scenario, and for an opened one that lacks a step; closed, it does
// not come back for that document (documents-slice's `guide`).
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { SETUP_STEPS, setupSteps, type SetupStep } from '../../../shared/scenario/setup-steps';
import { focusRegion, regionAttributes } from '../../focus/regions';
import { useText } from '../../i18n/use-text';
import { activeDocument, scenarioOf } from '../../store/documents-slice';
import { useAppStore } from '../../store/store';

const NONE: Record<SetupStep, boolean> | null = null;

export function SetupGuide() {
  const t = useText().app.guide;
  const id = useId();
  const shown = useAppStore((s) => activeDocument(s)?.guide === true);
  const done = useAppStore(useShallow((s) => {
    const scenario = scenarioOf(s);
    return scenario ? setupSteps(scenario) : NONE;
  }));
  if (!shown || !done) return null;
  const { requestFocus, setImportOpen, closeGuide } = useAppStore.getState();
  const allDone = SETUP_STEPS.every((step) => done[step]);

  const close = () => {
    closeGuide();
    // The guide's place goes: on to what follows it.
    focusRegion('baseline');
  };

  return (
    <section className="card setup-guide" aria-labelledby={`${id}-title`} {...regionAttributes('guide')}>
      <div className="setup-guide__head">
        <h2 id={`${id}-title`} className="setup-guide__title">
          {t.title}
        </h2>
        <button type="button" className="tool-button setup-guide__close" onClick={close}>
          {t.close}
        </button>
      </div>
      <p className="setup-guide__intro" role="status">
        {allDone ? t.allDone : t.intro}
      </p>
      <ol className="setup-guide__steps">
        {SETUP_STEPS.map((step, i) => (
          <li key={step} className={`setup-guide__step${done[step] ? ' is-done' : ''}`} data-step={step}>
            <span className="setup-guide__number" aria-hidden="true">
              {i + 1}
            </span>
            <span className="setup-guide__body">
              <button
                type="button"
                className="link-button setup-guide__go"
                aria-describedby={`${id}-${step}-status ${id}-${step}-hint`}
                onClick={() => requestFocus(step)}
              >
                {t.steps[step]}
              </button>
              {done[step] ? (
                <span id={`${id}-${step}-status`} className="setup-guide__status">
                  <span aria-hidden="true">✓ </span>
                  {t.done}
                </span>
              ) : (
                <span id={`${id}-${step}-status`} className="visually-hidden">
                  {t.toDo}
                </span>
              )}
              <span id={`${id}-${step}-hint`} className="setup-guide__hint">
                {t.hints[step]}
              </span>
              {step === 'lines' ? (
                <button type="button" className="tool-button setup-guide__import" aria-haspopup="dialog" onClick={() => setImportOpen(true)}>
                  {t.importLines}
                </button>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
