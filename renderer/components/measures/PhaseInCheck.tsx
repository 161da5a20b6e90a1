// A phase-in that looks like the measure's rate per year (5% / 12% / 20% on a 20% cut, #24
// item 2): the warning says what the user probably meant and offers to convert it, as one
// undoable step with its own history label. Nothing changes until the user asks. The rule is the
// type's (shared/measures/targeted.ts, ratesAsShares); this only shows it.
import { useEffect, useId, useRef, useState } from 'react';
import { render } from '../../../shared/i18n/text';
import { kindOf } from '../../../shared/measures/registry';
import type { Measure, YearTable } from '../../../shared/scenario/schema';
import { useLang, useText } from '../../i18n/use-text';
import { scenarioOf } from '../../store/documents-slice';
import { useAppStore } from '../../store/store';
import { findMeasure, measureOf } from './find-measure';
import { viewOf } from './kinds/registry';

export function PhaseInCheck({ measure, nameId }: { measure: Measure; nameId: string }) {
  const t = useText().measures.phaseInCheck;
  const lang = useLang();
  const baseId = useId();
  const part = kindOf(measure).phaseIn;
  const found = part?.ratesAsShares(measure) ?? null;
  const table = viewOf(measure).yearTable.of(measure);
  // After a conversion: its note, while the phase-in is the converted one (an undo brings the warning back).
  const [converted, setConverted] = useState<{ table: YearTable | undefined; meant: number[] } | null>(null);
  const noteRef = useRef<HTMLParagraphElement>(null);
  const showNote = converted !== null && found === null && converted.table === table;
  useEffect(() => {
    // The button is gone: focus goes to what it did, not to the page.
    if (showNote) noteRef.current?.focus();
  }, [showNote]);
  if (part === null) return null;

  const convert = () => {
    if (found === null) return;
    const store = useAppStore.getState();
    const problems = store.tryCommit(t.convertedLabel(measure.name, found.entered, found.meant), (draft) => {
      const m = findMeasure(draft, measure.id);
      if (m) viewOf(m).yearTable.set(m, { ...found.phaseIn });
    });
    if (problems.length > 0) return;
    const scenario = scenarioOf(useAppStore.getState());
    const now = scenario ? measureOf(scenario, measure.id) : undefined;
    setConverted({ table: now ? viewOf(now).yearTable.of(now) : undefined, meant: found.meant });
  };

  const warningId = `${baseId}-warning`;
  const buttonId = `${baseId}-convert`;
  // Always there for a type with a phase-in, so that a warning appearing is read out.
  return (
    <div className="measures-phasein" aria-live="polite">
      {found !== null ? (
        <div className="measures-phasein__warning">
          <p id={warningId}>{t.looksLikeRates(found.entered, render(lang, part.whole(measure).text), found.meant)}</p>
          <button id={buttonId} type="button" aria-labelledby={`${buttonId} ${nameId}`} aria-describedby={warningId} onClick={convert}>
            {t.convert(found.meant)}
          </button>
        </div>
      ) : showNote ? (
        <p ref={noteRef} tabIndex={-1} className="measures-phasein__done">
          {t.converted(converted.meant)}
        </p>
      ) : null}
    </div>
  );
}
