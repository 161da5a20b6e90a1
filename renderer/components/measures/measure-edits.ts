// What the measures editor needs to know about measures and lines, without React: which lines
// a measure may target, a new measure's defaults, unique ids, and each type's "strength" (the one
// number its slider moves). No projection arithmetic here: figures come from shared/engine.
import { formatMoney, formatPercent, type Lang } from '../../../shared/format/money';
import { MEASURE_TYPES } from '../../../shared/measures/registry';
import { ID_PATTERN, type Line, type Measure, type MeasureStatus, type MeasureType, type Nature, type OneOffCostKind, type Scenario, type TargetedMeasure, type YearTable } from '../../../shared/scenario/schema';
import { listedYears } from '../../../shared/engine/year-table';
import type { Addability, SliderRange, Strength } from './kinds/kind';
import { isVolumeLine, linesOf } from './kinds/lines';
import { viewOf, viewOfType } from './kinds/registry';

export { MEASURE_TYPES };
export type { SliderRange, Strength, StrengthKind } from './kinds/kind';
export { groupNames, isVolumeLine, lastListedYear, volumeGroupNames } from './kinds/lines';

export function hasTargets(m: Measure): m is TargetedMeasure {
  return viewOf(m).targets !== null;
}

/** The lines a measure targets: listed by id, or through a listed group. */
export function targetedLines(m: Measure, lines: readonly Line[]): Line[] {
  return hasTargets(m) ? linesOf(m, lines) : [];
}

/** Whether a measure of this type can be added to these lines, and if not, why (a message key). */
export function addability(type: MeasureType, lines: readonly Line[]): Addability {
  return viewOfType(type).addability(lines.filter(isVolumeLine).length);
}

/** An id matching the file format's pattern, made from the name, not yet in `taken`. */
export function uniqueId(name: string, taken: Iterable<string>, fallback = 'maatregel'): string {
  const used = new Set(taken);
  const slug =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-_]+/, '')
      .replace(/[-_]+$/, '')
      .slice(0, 56) || fallback;
  let id = slug;
  for (let n = 2; used.has(id) || !ID_PATTERN.test(id); n++) id = `${slug}-${n}`;
  return id;
}

/** A name not yet used by another measure: "Korting", "Korting 2", … */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base} ${n}`;
  return name;
}

/**
 * A new measure of the given type with defaults that pass validation, or null when the lines do
 * not allow it (see addability). Added at the end, switched on.
 */
export function defaultMeasure(type: MeasureType, scenario: Scenario, name: string): Measure | null {
  if (addability(type, scenario.lines) !== 'ok') return null;
  const measures = scenario.measures ?? [];
  const id = uniqueId(name, measures.map((m) => m.id));
  const first = String(scenario.horizon.from);
  const lines = scenario.lines;
  return viewOfType(type).create({ id, name, first, lines, volumeLines: lines.filter(isVolumeLine) });
}

export function strengthOf(m: Measure, horizonFrom: number): Strength {
  return viewOf(m).strength(m, horizonFrom);
}

/** Writes a strength value into a draft measure (inside a commit recipe). */
export function setStrength(m: Measure, strength: Pick<Strength, 'kind' | 'year'>, value: number): void {
  viewOf(m).setStrength(m, strength, value);
}

/** 1, 2 or 5 × 10^k, at least x. */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  for (const f of [1, 2, 5, 10]) if (f * power >= x * (1 - 1e-12)) return f * power;
  return 10 * power;
}

/**
 * The slider's range, in the slider's own units (whole per cents for percent; euros for euro).
 * `reference` is the euro scale to offer: for a cut by amount the targeted lines' baseline cost in
 * the first year (0 … that cost), for a fixed amount the largest amount listed (± twice that). A current value outside the usual
 * range widens it, so the slider never misstates the value.
 */
export function sliderRange(m: Measure, strength: Strength, reference: number): SliderRange {
  if (strength.unit === 'percent') {
    return viewOf(m).percentRange(Math.round(strength.value * 100));
  }
  if (strength.kind === 'amount') {
    // The engine takes at most the lines' whole cost, so the slider stops there (rounded up).
    const max = niceCeil(Math.max(reference, strength.value, 10000));
    return { min: 0, max, step: max / 100 };
  }
  const max = niceCeil(Math.max(2 * Math.abs(reference), 2 * Math.abs(strength.value), 10000));
  return { min: -max, max, step: max / 100 };
}

/**
 * Where a key moves a euro slider: from the exact value, by the slider's step (arrows) or by a
 * tenth of its range (Page Up / Page Down, as the browser pages), within the range. The browser
 * steps along the grid from the slider's minimum, so € 47.850 on a slider of € 10.000 steps went to
 * € 60.000 and back to € 50.000, never to € 47.850 again; from the value itself, → then ← restores
 * it. Null for a key that does not step (Home and End go to the ends, as the browser does).
 */
export function keyStep(value: number, key: string, range: SliderRange): number | null {
  const up = key === 'ArrowRight' || key === 'ArrowUp' || key === 'PageUp';
  const down = key === 'ArrowLeft' || key === 'ArrowDown' || key === 'PageDown';
  if (!up && !down) return null;
  const page = key === 'PageUp' || key === 'PageDown';
  const step = page ? Math.max(range.step, (range.max - range.min) / 10) : range.step;
  return Math.min(range.max, Math.max(range.min, value + (up ? step : -step)));
}

/** The slider's position for a value, and back. */
export function toSlider(strength: Strength, value: number): number {
  return strength.unit === 'percent' ? Math.round(value * 100) : value;
}
export function fromSlider(strength: Strength, position: number): number {
  // Whole per cents as fractions: 15 → 0.15 (the same double as a typed 0.15).
  return strength.unit === 'percent' ? position / 100 : position;
}

export function formatStrength(strength: Pick<Strength, 'unit'>, value: number | undefined, lang: Lang, notSet: string): string {
  if (value === undefined) return notSet;
  return strength.unit === 'percent' ? formatPercent(value, { lang, maxDigits: 2 }) : formatMoney(value, { lang });
}

/** A copy of a table with one year set (a number) or removed (undefined), years in order. */
export function withYear(table: YearTable | undefined, year: number, value: number | undefined): YearTable {
  const next: YearTable = {};
  const entries = listedYears(table).filter((e) => e.year !== year);
  if (value !== undefined) entries.push({ year, value });
  entries.sort((a, b) => a.year - b.year);
  for (const e of entries) next[String(e.year)] = e.value;
  return next;
}

/**
 * Each measure's colour index (measureColour): its place among all measures, switched on or off,
 * so that switching one off recolours no other; null when off (no colour in the chart).
 */
export function colourIndices(enabled: readonly boolean[]): (number | null)[] {
  return enabled.map((on, position) => (on ? position : null));
}

// ---------------------------------------------------------------------------------------------
// Version 2: what a budget and a decision say of a measure (#20, #22). Each writes into a draft
// measure inside a commit recipe; a value equal to its constant default is left out of the file.

/** The nature; undefined: the default (natureOf), which follows the measure's type and `continues`. */
export function setNature(m: Measure, nature: Nature | undefined): void {
  if (nature === undefined) delete m.nature;
  else m.nature = nature;
}

export function setStatus(m: Measure, status: MeasureStatus): void {
  if (status === 'voorstel') delete m.status;
  else m.status = status;
}

/** The chance of realisation, 0–1; undefined or 1 (the default) leaves it out. */
export function setProbability(m: Measure, probability: number | undefined): void {
  if (probability === undefined || probability === 1) delete m.probability;
  else m.probability = probability;
}

export function setPm(m: Measure, on: boolean): void {
  if (on) m.pm = true;
  else delete m.pm;
}

/** Adds a one-off cost of `kind` without amounts at the end of the list; its index. */
export function addOneOffCost(m: Measure, kind: OneOffCostKind): number {
  const list = (m.oneOffCosts ??= []);
  list.push({ kind, amounts: {} });
  return list.length - 1;
}

/** Removes one; the list goes when it is empty. */
export function removeOneOffCost(m: Measure, index: number): void {
  m.oneOffCosts?.splice(index, 1);
  if (m.oneOffCosts?.length === 0) delete m.oneOffCosts;
}

export function setOneOffCostKind(m: Measure, index: number, kind: OneOffCostKind): void {
  const cost = m.oneOffCosts?.[index];
  if (cost) cost.kind = kind;
}

export function setOneOffCostYear(m: Measure, index: number, year: number, value: number | undefined): void {
  const cost = m.oneOffCosts?.[index];
  if (cost) cost.amounts = withYear(cost.amounts, year, value);
}

export function setOneOffCostNotes(m: Measure, index: number, notes: string): void {
  const cost = m.oneOffCosts?.[index];
  if (!cost) return;
  if (notes.trim() === '') delete cost.notes;
  else cost.notes = notes;
}

/** The realised savings of one year (undefined: not listed); the table goes when it is empty. */
export function setRealisedYear(m: Measure, year: number, value: number | undefined): void {
  const next = withYear(m.realised, year, value);
  if (Object.keys(next).length === 0) delete m.realised;
  else m.realised = next;
}
