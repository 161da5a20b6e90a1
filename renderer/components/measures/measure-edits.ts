// What the measures editor needs to know about measures and lines, without React: which lines
// a measure may target, a new measure's defaults, unique ids, and each type's "strength" (the one
// number its slider moves). No projection arithmetic here: figures come from shared/engine.
import { formatMoney, formatPercent, type Lang } from '../../../shared/format/money';
import { ID_PATTERN, type Line, type Measure, type MeasureType, type Scenario, type YearTable } from '../../../shared/scenario/schema';
import { listedYears } from '../../../shared/engine/year-table';

export const MEASURE_TYPES: readonly MeasureType[] = ['cut', 'volumeChange', 'unitCostChange', 'shift', 'fixed'];

export function isVolumeLine(line: Line): boolean {
  return line.volume !== undefined && line.unitCost !== undefined;
}

/** Group names in order of first appearance. */
export function groupNames(lines: readonly Line[]): string[] {
  const seen = new Set<string>();
  for (const line of lines) if (line.group !== undefined) seen.add(line.group);
  return [...seen];
}

/** Groups every line of which is a volume line: the only groups a volume or tariff change may target. */
export function volumeGroupNames(lines: readonly Line[]): string[] {
  return groupNames(lines).filter((g) => lines.every((l) => l.group !== g || isVolumeLine(l)));
}

export function hasTargets(m: Measure): m is Extract<Measure, { type: 'cut' | 'volumeChange' | 'unitCostChange' }> {
  return m.type === 'cut' || m.type === 'volumeChange' || m.type === 'unitCostChange';
}

/** The lines a measure targets: listed by id, or through a listed group. */
export function targetedLines(m: Measure, lines: readonly Line[]): Line[] {
  if (!hasTargets(m)) return [];
  const ids = new Set(m.lines ?? []);
  const groups = new Set(m.groups ?? []);
  return lines.filter((l) => ids.has(l.id) || (l.group !== undefined && groups.has(l.group)));
}

/** Whether a measure of this type can be added to these lines, and if not, why (a message key). */
export function addability(type: MeasureType, lines: readonly Line[]): 'ok' | 'needsVolumeLine' | 'needsTwoVolumeLines' {
  const volume = lines.filter(isVolumeLine).length;
  if (type === 'shift') return volume >= 2 ? 'ok' : 'needsTwoVolumeLines';
  if (type === 'volumeChange' || type === 'unitCostChange') return volume >= 1 ? 'ok' : 'needsVolumeLine';
  return 'ok';
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
  const volumeLines = lines.filter(isVolumeLine);
  switch (type) {
    case 'cut': {
      const group = groupNames(lines)[0];
      const target = group !== undefined ? { groups: [group] } : { lines: [(lines[0] as Line).id] };
      return { id, name, type, ...target, rate: 0.1 };
    }
    case 'volumeChange':
    case 'unitCostChange': {
      const group = volumeGroupNames(lines)[0];
      const target = group !== undefined ? { groups: [group] } : { lines: [(volumeLines[0] as Line).id] };
      return { id, name, type, ...target, rate: -0.05 };
    }
    case 'shift': {
      const from = volumeLines.find((l) => l.kind === 'individual') ?? (volumeLines[0] as Line);
      const others = volumeLines.filter((l) => l.id !== from.id);
      const to = others.find((l) => l.kind === 'collective') ?? (others[0] as Line);
      return { id, name, type, from: from.id, to: to.id, share: { [first]: 0.1 } };
    }
    case 'fixed':
      return { id, name, type, amounts: { [first]: 10000 }, continues: true };
  }
}

// ---- strength: the one number a measure's slider moves ----

export type StrengthKind = 'rate' | 'amount' | 'share' | 'fixed';

export interface Strength {
  kind: StrengthKind;
  unit: 'percent' | 'euro';
  /** The value now (a fraction for percent); undefined when nothing is set for that year. */
  value: number;
  /** For share and fixed: the year whose value the slider edits (the last listed, else the horizon's first). */
  year?: number;
}

/** The last listed year of a table, or undefined. */
export function lastListedYear(table: YearTable | undefined): number | undefined {
  const entries = listedYears(table);
  return entries.length ? (entries[entries.length - 1] as { year: number }).year : undefined;
}

export function strengthOf(m: Measure, horizonFrom: number): Strength {
  switch (m.type) {
    case 'cut':
      return m.amount !== undefined ? { kind: 'amount', unit: 'euro', value: m.amount } : { kind: 'rate', unit: 'percent', value: m.rate ?? 0 };
    case 'volumeChange':
    case 'unitCostChange':
      return { kind: 'rate', unit: 'percent', value: m.rate };
    case 'shift': {
      const year = lastListedYear(m.share) ?? horizonFrom;
      return { kind: 'share', unit: 'percent', value: m.share[String(year)] ?? 0, year };
    }
    case 'fixed': {
      const year = lastListedYear(m.amounts) ?? horizonFrom;
      return { kind: 'fixed', unit: 'euro', value: m.amounts[String(year)] ?? 0, year };
    }
  }
}

/** Writes a strength value into a draft measure (inside a commit recipe). */
export function setStrength(m: Measure, strength: Pick<Strength, 'kind' | 'year'>, value: number): void {
  switch (strength.kind) {
    case 'rate':
      if (m.type === 'cut' || m.type === 'volumeChange' || m.type === 'unitCostChange') m.rate = value;
      break;
    case 'amount':
      if (m.type === 'cut') m.amount = value;
      break;
    case 'share':
      if (m.type === 'shift' && strength.year !== undefined) m.share[String(strength.year)] = value;
      break;
    case 'fixed':
      if (m.type === 'fixed' && strength.year !== undefined) m.amounts[String(strength.year)] = value;
      break;
  }
}

/** 1, 2 or 5 × 10^k, at least x. */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  for (const f of [1, 2, 5, 10]) if (f * power >= x * (1 - 1e-12)) return f * power;
  return 10 * power;
}

export interface SliderRange {
  min: number;
  max: number;
  step: number;
}

/**
 * The slider's range, in the slider's own units (whole per cents for percent; euros for euro).
 * `reference` is the euro scale to offer: for a cut by amount the targeted lines' baseline cost in
 * the first year (0 … that cost), for a fixed amount the largest amount listed (± twice that). A current value outside the usual
 * range widens it, so the slider never misstates the value.
 */
export function sliderRange(m: Measure, strength: Strength, reference: number): SliderRange {
  if (strength.unit === 'percent') {
    const pct = Math.round(strength.value * 100);
    if (strength.kind === 'share') return { min: 0, max: 100, step: 1 };
    if (m.type === 'cut') return { min: -100, max: 100, step: 1 };
    return { min: -100, max: Math.max(100, pct), step: 1 };
  }
  if (strength.kind === 'amount') {
    // The engine takes at most the lines' whole cost, so the slider stops there (rounded up).
    const max = niceCeil(Math.max(reference, strength.value, 10000));
    return { min: 0, max, step: max / 100 };
  }
  const max = niceCeil(Math.max(2 * Math.abs(reference), 2 * Math.abs(strength.value), 10000));
  return { min: -max, max, step: max / 100 };
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

/** Index of each measure among the enabled ones (the chart's colour index), null when off. */
export function colourIndices(enabled: readonly boolean[]): (number | null)[] {
  let next = 0;
  return enabled.map((on) => (on ? next++ : null));
}
