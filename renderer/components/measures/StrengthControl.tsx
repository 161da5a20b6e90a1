// A measure's strength: a slider that commits while it moves (one drag = one undo step) and a
// number field for an exact value, which only the engine's validation lets through.
import { useId, useRef, type ChangeEvent } from 'react';
import type { Lang } from '../../../shared/scenario/problems';
import type { Measure } from '../../../shared/scenario/schema';
import { NumberField } from '../fields/NumberField';
import { useLang, useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { COALESCE_MS } from '../../store/scenario-slice';
import { useFirstYearBaseline } from './BaselineCosts';
import { findMeasure } from './find-measure';
import {
  formatStrength,
  fromSlider,
  keyStep,
  setStrength,
  sliderRange,
  strengthOf,
  toSlider,
  type SliderRange,
  type Strength,
} from './measure-edits';
import { viewOf } from './kinds/registry';
import { scenarioOf } from '../../store/documents-slice';
import type { Catalogue } from '../../../shared/i18n/catalogues';

export function strengthLabel(lang: Lang, measure: Measure, strength: Strength): string {
  return viewOf(measure).strengthLabel(lang, measure, strength);
}

/** The history label of a strength change: "Korting Vitale Coalitie 20% → 15%". */
function changeLabel(t: Catalogue['measures'], measure: Measure, strength: Strength, from: string, to: string): string {
  if (strength.kind === 'share') return t.changeOf(measure.name, `${t.shareWord} ${strength.year}`, from, to);
  if (strength.kind === 'fixed') return t.changeOf(measure.name, `${t.amountWord} ${strength.year}`, from, to);
  return t.change(measure.name, from, to);
}

export function StrengthControl({
  measure,
  horizonFrom,
  nameId,
  variant = 'row',
}: {
  measure: Measure;
  horizonFrom: number;
  /** The element holding the measure's name, so the controls' names include it. */
  nameId: string;
  variant?: 'row' | 'large';
}) {
  const t = useText().measures;
  const lang = useLang();
  const labelId = useId();
  const baseline = useFirstYearBaseline();
  const lines = useAppStore((s) => scenarioOf(s)?.lines);
  const strength = strengthOf(measure, horizonFrom);
  const label = strengthLabel(lang, measure, strength);
  const format = (v: number) => formatStrength(strength, v, lang, t.notSet);

  const reference = viewOf(measure).reference(measure, lines ?? [], baseline);
  // The range holds still while the slider has focus (it must not move under the pointer); it
  // follows the value again when the slider is left, or at once if the value falls outside it.
  const computed = sliderRange(measure, strength, reference);
  const position = toSlider(strength, strength.value);
  const focused = useRef(false);
  const rangeRef = useRef<SliderRange & { kind: string }>({ ...computed, kind: strength.kind });
  const held = rangeRef.current;
  if (!focused.current || held.kind !== strength.kind || position < held.min || position > held.max) {
    rangeRef.current = { ...computed, kind: strength.kind };
  }
  const range = rangeRef.current;

  // The value when this drag began, so the label reads "20% → 15%" for the whole drag.
  const drag = useRef<{ key: string; from: number; at: number } | null>(null);
  const coalesce = `${measure.id}.${strength.kind}${strength.year === undefined ? '' : `.${strength.year}`}`;

  // The key moving a euro slider: its change steps from the exact value (keyStep), not along the
  // browser's grid. Set on keydown. A key press brings an input and then a change event; React
  // reports the change again (the value it set, 57.850, is shown on the grid as 60.000), so the
  // position the press was handled at is kept to let that second report pass.
  const key = useRef<{ key: string; handledAt: string | null } | null>(null);

  const onSlide = (e: ChangeEvent<HTMLInputElement>) => {
    const press = key.current;
    if (press && press.handledAt === e.target.value) return;
    const keyed = press ? keyStep(strength.value, press.key, range) : null;
    if (press) press.handledAt = e.target.value;
    const next = keyed ?? fromSlider(strength, Number(e.target.value));
    const now = Date.now();
    if (!drag.current || drag.current.key !== coalesce || now - drag.current.at >= COALESCE_MS) {
      drag.current = { key: coalesce, from: strength.value, at: now };
    }
    drag.current.at = now;
    useAppStore.getState().commit(
      changeLabel(t, measure, strength, format(drag.current.from), format(next)),
      (draft) => {
        const m = findMeasure(draft, measure.id);
        if (m) setStrength(m, strength, next);
      },
      { coalesce },
    );
  };

  const slider = (
    <input
      type="range"
      className="measures-strength__slider"
      min={range.min}
      max={range.max}
      step={range.step}
      value={Math.min(range.max, Math.max(range.min, position))}
      aria-labelledby={`${labelId} ${nameId}`}
      aria-valuetext={format(strength.value)}
      onChange={onSlide}
      onKeyDown={(e) => {
        key.current = strength.unit === 'euro' && !e.altKey && !e.ctrlKey && !e.metaKey ? { key: e.key, handledAt: null } : null;
      }}
      onKeyUp={() => (key.current = null)}
      onPointerDown={() => (key.current = null)}
      onFocus={() => (focused.current = true)}
      onBlur={() => {
        focused.current = false;
        drag.current = null;
        key.current = null;
      }}
    />
  );

  if (variant === 'large') {
    return (
      <div className="measures-strength measures-strength--large">
        <span id={labelId} className="measures-strength__label">
          {label}
        </span>
        {slider}
        <output className="measures-strength__value" aria-live="off">
          {format(strength.value)}
        </output>
      </div>
    );
  }

  // A cut's usual rates in one move (#21 item 5): pressed is the one the measure has now.
  const steps = viewOf(measure).steps?.(measure, strength) ?? [];
  const setTo = (value: number) =>
    useAppStore.getState().tryCommit(changeLabel(t, measure, strength, format(strength.value), format(value)), (draft) => {
      const m = findMeasure(draft, measure.id);
      if (m) setStrength(m, strength, value);
    });

  return (
    <div className="measures-strength">
      <span id={labelId} className="measures-strength__label">
        {label}
      </span>
      {slider}
      <NumberField
        label={`${label} ${measure.name}`}
        hideLabel
        value={strength.value}
        display={strength.unit === 'percent' ? 'percent' : 'euro'}
        digits={2}
        className="measures-strength__number"
        onCommit={(value) => {
          if (value === undefined) return [];
          return setTo(value);
        }}
      />
      {steps.length > 0 ? (
        <div className="measures-steps" role="group" aria-label={t.standardSteps.groupLabel(measure.name)}>
          <span className="measures-steps__label" aria-hidden="true">
            {t.standardSteps.label}
          </span>
          <span className="segmented">
            {steps.map((step) => {
              const pressed = Math.abs(strength.value - step) < 1e-9;
              return (
                <button
                  key={step}
                  type="button"
                  aria-pressed={pressed}
                  onClick={() => {
                    if (!pressed) setTo(step);
                  }}
                >
                  {format(step)}
                </button>
              );
            })}
          </span>
        </div>
      ) : null}
    </div>
  );
}
