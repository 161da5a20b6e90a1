// The strength steps of the choice menu (keuzemenu, #22 item 2): per measure a short ladder of
// settings a council can step through with − and +, one of them the measure's own setting in the
// file. A rate that saves (a cut, a volume or tariff change downward) steps through round
// percentages (… 5 %, 10 %, 15 %, 20 % …); every other strength (an amount, a shift's share, a
// fixed amount, a rate that costs) through multiples of its own setting. A step is written into
// the measure itself, so that the variant saved from the menu projects to the menu's figures.
import { strengthenChangeRate, strengthenCutAmount, strengthenCutRate, strengthenShare } from '../engine/measure-op';
import type { Measure, MeasureType, YearTable } from '../scenario/schema';

/** A step: a rate of its own, or the measure's own setting times a factor (1: as in the file). */
export type MenuStep = { kind: 'rate'; rate: number } | { kind: 'scale'; factor: number };

/** The round rates a saving rate steps through (as magnitudes), from 1 % to 50 %. */
export const RATE_LADDER: readonly number[] = [0.01, 0.02, 0.03, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5];
/** The multiples of its own setting any other strength steps through. */
export const SCALE_LADDER: readonly number[] = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2];

/** How one measure type is stepped; a type without one (a future type) is switched on and off only. */
interface Stepper<M extends Measure> {
  /** Saving rates step through the rate ladder with this sign; null: the measure scales. */
  rateSign(m: M): 1 | -1 | null;
  /** Writes a rate into a copy of the measure. */
  withRate?(m: M, rate: number): M;
  /** A copy of the measure at `factor` times its own strength. */
  scaled(m: M, factor: number): M;
}

const euros = (v: number) => Math.round(v);
/** Shares and rates kept to 1/10 000 (a factor of 1.25 on 0.3 is 0.375, not 0.37500000000000006). */
const fine = (v: number) => Math.round(v * 10_000) / 10_000;

function scaleTable(table: YearTable, f: (v: number) => number): YearTable {
  const out: YearTable = {};
  for (const [year, v] of Object.entries(table)) out[year] = f(v);
  return out;
}

const STEPPERS: { readonly [T in MeasureType]?: Stepper<Extract<Measure, { type: T }>> } = {
  cut: {
    rateSign: (m) => (m.rate !== undefined && m.rate >= 0 ? 1 : null),
    withRate: (m, rate) => ({ ...m, rate }),
    scaled: (m, f) =>
      m.amount !== undefined ? { ...m, amount: euros(strengthenCutAmount(m.amount, f)) } : { ...m, rate: fine(strengthenCutRate(m.rate ?? 0, f)) },
  },
  volumeChange: {
    rateSign: (m) => (m.rate <= 0 ? -1 : null),
    withRate: (m, rate) => ({ ...m, rate }),
    scaled: (m, f) => ({ ...m, rate: fine(strengthenChangeRate(m.rate, f)) }),
  },
  unitCostChange: {
    rateSign: (m) => (m.rate <= 0 ? -1 : null),
    withRate: (m, rate) => ({ ...m, rate }),
    scaled: (m, f) => ({ ...m, rate: fine(strengthenChangeRate(m.rate, f)) }),
  },
  shift: {
    rateSign: () => null,
    scaled: (m, f) => ({ ...m, share: scaleTable(m.share, (v) => fine(strengthenShare(v, f))) }),
  },
  fixed: {
    rateSign: () => null,
    scaled: (m, f) => ({ ...m, amounts: scaleTable(m.amounts, (v) => euros(v * f)) }),
  },
};

function stepperOf(m: Measure): Stepper<Measure> | undefined {
  return STEPPERS[m.type] as Stepper<Measure> | undefined;
}

/** The measure at a step (the measure itself at its own step). */
export function atStep(m: Measure, step: MenuStep): Measure {
  const stepper = stepperOf(m);
  if (!stepper) return m;
  if (step.kind === 'rate') return stepper.withRate ? stepper.withRate(m, step.rate) : m;
  return step.factor === 1 ? m : stepper.scaled(m, step.factor);
}

/** What identifies the setting a step gives, to leave out steps that give the same. */
function settingKey(m: Measure): string {
  const { id: _id, name: _name, enabled: _enabled, ...rest } = m;
  return JSON.stringify(rest);
}

/**
 * The steps of a measure, weakest first, and which of them is its own setting. A pro memorie
 * measure has no size to step; nor has a measure whose steps all come to the same (a cut of 0).
 */
export function stepsOf(m: Measure): { steps: MenuStep[]; own: number } {
  const stepper = stepperOf(m);
  if (m.pm === true || !stepper) return { steps: [], own: -1 };
  const sign = stepper.rateSign(m);
  let steps: MenuStep[];
  if (sign !== null && 'rate' in m && typeof m.rate === 'number') {
    const own = Math.abs(m.rate);
    const magnitudes = [...new Set([...RATE_LADDER, own])].sort((a, b) => a - b);
    steps = magnitudes.map((r) => ({ kind: 'rate', rate: r === own ? m.rate : fine(sign * r) }) as MenuStep);
  } else {
    steps = SCALE_LADDER.map((factor) => ({ kind: 'scale', factor }) as MenuStep);
  }
  // Steps that give the setting of one before them are left out (a share clamped at 100 %), the
  // measure's own setting always kept.
  const ownKey = settingKey(m);
  const seen = new Set<string>();
  const kept: MenuStep[] = [];
  let ownIndex = -1;
  for (const step of steps) {
    const key = settingKey(atStep(m, step));
    const isOwn = key === ownKey && ownIndex < 0 && (step.kind === 'rate' || step.factor === 1);
    if (seen.has(key) && !isOwn) continue;
    if (isOwn) {
      const before = kept.findIndex((s) => settingKey(atStep(m, s)) === key);
      if (before >= 0) kept.splice(before, 1);
      ownIndex = kept.length;
    }
    seen.add(key);
    kept.push(step);
  }
  if (kept.length < 2) return { steps: [], own: -1 };
  return { steps: kept, own: ownIndex };
}
