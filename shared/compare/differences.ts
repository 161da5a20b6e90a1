// What differs between a scenario and the reference, field by field, as sentences (Text: a
// message of the `differences` catalogue area and its arguments) with a machine-readable part (kind, path, from, to). Lines are matched by
// id, then by name; measures by id, then by type and name. Values per year are compared as the
// engine reads them (a phase-in, share or target as a step, indexation and fixed amounts as
// listed), so two files that compute the same never "differ" in how a table was written, and a
// run of years with the same two values is one sentence ("2022–2025"), not four.
import { stepSeries } from '../engine/year-table';
import { text, type Text } from '../i18n/text';
import { kindOf } from '../measures/registry';
import type { CompareFormat } from '../measures/kind';
import type { Line, Measure, Scenario, YearTable } from '../scenario/schema';
import type { DiffValue, Difference, DifferenceKind } from './types';
import { textList } from './words';

export interface Side {
  index: number;
  label: string;
  scenario: Scenario;
}

type Format = (value: number | string) => Text | string;

const fmtPct: Format = (v) => text('differences.pct', v as number);
const fmtEuro: Format = (v) => text('differences.euro', v as number);
const fmtNum: Format = (v) => text('differences.num', v as number);
const fmtText: Format = (v) => text('differences.quoted', String(v));

/** A value for a sentence: "geen"/"none" when absent. */
function show(value: number | string | null | undefined, format: Format): Text | string {
  return value === null || value === undefined ? text('differences.none') : format(value);
}

const field = (name: string): Text => text('differences.field', name);

/** "{subject} {years}: {a} in A, {b} in B." — a value per year that differs over a run of years. */
const yearSentence = (subject: Text, years: readonly number[], from: Text | string, to: Text | string, refLabel: string, label: string): Text =>
  text('differences.yearSentence', subject, years[0] as number, years[years.length - 1] as number, from, to, refLabel, label);

/** "{subject}: {field} {a} in A, {b} in B." — the plain form of one field that differs. */
const fieldSentence = (subject: Text, fieldText: Text, from: Text | string, to: Text | string, refLabel: string, label: string): Text =>
  text('differences.fieldSentence', subject, fieldText, from, to, refLabel, label);


const inclusive = (from: number, to: number): number[] => {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
};

/**
 * Consecutive years where the two series differ with the same pair of values, as runs.
 * `a` and `b` are indexed like `years`; null: no value (e.g. no target yet).
 */
function runs(years: readonly number[], a: readonly (number | null)[], b: readonly (number | null)[]) {
  const out: { years: number[]; from: number | null; to: number | null }[] = [];
  for (let i = 0; i < years.length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    const last = out[out.length - 1];
    const previous = years[i - 1];
    if (last && last.from === x && last.to === y && previous !== undefined && last.years[last.years.length - 1] === previous) {
      last.years.push(years[i] as number);
    } else {
      out.push({ years: [years[i] as number], from: x, to: y });
    }
  }
  return out;
}

/** The step reading of a table over `years` (`before` before its first listed year). */
function stepValues(table: YearTable | undefined, years: readonly number[], before: number | null): (number | null)[] {
  if (years.length === 0) return [];
  const series = stepSeries(table, years[0] as number, years.length, Number.NaN);
  return Array.from(series, (v) => (Number.isNaN(v) ? before : v));
}

/** The listed reading: the listed value, else 0. */
const listedValues = (table: YearTable | undefined, years: readonly number[]): number[] =>
  years.map((y) => table?.[String(y)] ?? 0);

/** A phase-in as the engine reads it: absent is fully in force (1) in every year. */
const phaseValues = (table: YearTable | undefined, years: readonly number[]): number[] =>
  table === undefined ? years.map(() => 1) : (stepValues(table, years, 0) as number[]);

interface Match<T> {
  /** Pairs of (index in reference, index in other). */
  pairs: [number, number][];
  removed: number[];
  added: number[];
  /** Whether each pair was matched by id (else by name). */
  byId: boolean[];
  items: { ref: readonly T[]; other: readonly T[] };
}

/** Match by id first, then by a second key among the ones left (unique on both sides). */
function match<T extends { id: string }>(ref: readonly T[], other: readonly T[], secondKey: (item: T) => string): Match<T> {
  const pairs: [number, number][] = [];
  const byId: boolean[] = [];
  const otherById = new Map(other.map((item, j) => [item.id, j]));
  const taken = new Set<number>();
  const left: number[] = [];
  ref.forEach((item, i) => {
    const j = otherById.get(item.id);
    if (j !== undefined) {
      pairs.push([i, j]);
      byId.push(true);
      taken.add(j);
    } else left.push(i);
  });
  // Among the items left on both sides, only an unambiguous match: one item with the key on each.
  const keysLeft = new Map<string, number>();
  for (const i of left) keysLeft.set(secondKey(ref[i] as T), (keysLeft.get(secondKey(ref[i] as T)) ?? 0) + 1);
  const untaken = other.map((_, j) => j).filter((j) => !taken.has(j));
  const removed: number[] = [];
  for (const i of left) {
    const key = secondKey(ref[i] as T);
    const candidates = untaken.filter((j) => secondKey(other[j] as T) === key);
    const j = candidates[0];
    if (j !== undefined && candidates.length === 1 && keysLeft.get(key) === 1) {
      pairs.push([i, j]);
      byId.push(false);
      taken.add(j);
    } else removed.push(i);
  }
  const order = pairs.map((p, k) => ({ p, id: byId[k] as boolean })).sort((x, y) => x.p[0] - y.p[0]);
  const added = other.map((_, j) => j).filter((j) => !taken.has(j));
  return { pairs: order.map((o) => o.p), byId: order.map((o) => o.id), removed, added, items: { ref, other } };
}

class Collector {
  readonly out: Difference[] = [];
  constructor(
    readonly ref: Side,
    readonly other: Side,
  ) {}
  add(kind: DifferenceKind, d: Omit<Difference, 'kind' | 'scenario' | 'reference'>): void {
    this.out.push({ kind, scenario: this.other.index, reference: this.ref.index, ...d });
  }
}

/** Everything that differs between `other` and the reference `ref`, in reading order. */
export function scenarioDifferences(ref: Side, other: Side): Difference[] {
  const c = new Collector(ref, other);
  const a = ref.scenario;
  const b = other.scenario;
  horizon(c, a, b);
  if (a.baseYear !== b.baseYear) {
    c.add('baseYear', {
      change: 'changed',
      path: 'baseYear',
      from: a.baseYear,
      to: b.baseYear,
      text: text('differences.baseYear', other.label, b.baseYear, ref.label, a.baseYear),
    });
  }
  indexation(c, a, b);
  target(c, a, b);
  const lines = match(a.lines, b.lines, (l) => l.name);
  lineDifferences(c, lines);
  measureDifferences(c, a, b, lines);
  textField(c, 'title', a.title, b.title);
  textField(c, 'municipality', a.municipality, b.municipality);
  return c.out;
}

function horizon(c: Collector, a: Scenario, b: Scenario): void {
  const { from: af, to: at } = a.horizon;
  const { from: bf, to: bt } = b.horizon;
  if (af === bf && at === bt) return;
  const from = Math.max(af, bf);
  const to = Math.min(at, bt);
  const R = c.ref.label;
  const X = c.other.label;
  const sentence = (): Text => {
    if (from > to) return text('differences.horizonDisjoint', R, af, at, X, bf, bt);
    const extras: Text[] = [];
    if (af < from) extras.push(text('differences.horizonStartsEarlier', R, af));
    if (bf < from) extras.push(text('differences.horizonStartsEarlier', X, bf));
    if (at > to) extras.push(text('differences.horizonRunsOn', R, at));
    if (bt > to) extras.push(text('differences.horizonRunsOn', X, bt));
    return text('differences.horizonShared', R, X, from, to, textList(extras));
  };
  c.add('horizon', { change: 'changed', path: 'horizon', from: { from: af, to: at }, to: { from: bf, to: bt }, text: sentence() });
}

function indexation(c: Collector, a: Scenario, b: Scenario): void {
  // Indexation counts from the year after the base year up to the last horizon year.
  const years = inclusive(Math.min(a.baseYear, b.baseYear) + 1, Math.max(a.horizon.to, b.horizon.to));
  for (const kind of ['wage', 'price'] as const) {
    const x = listedValues(a.indexation?.[kind], years);
    const y = listedValues(b.indexation?.[kind], years);
    for (const run of runs(years, x, y)) {
      c.add('indexation', {
        change: 'changed',
        path: `indexation.${kind}`,
        field: kind,
        years: run.years,
        from: run.from,
        to: run.to,
        text: yearSentence(field(kind), run.years, show(run.from, fmtPct), show(run.to, fmtPct), c.ref.label, c.other.label),
      });
    }
  }
}

/** The years both horizons cover together, for values that only count inside a horizon. */
const horizonYears = (a: Scenario, b: Scenario) =>
  inclusive(Math.min(a.horizon.from, b.horizon.from), Math.max(a.horizon.to, b.horizon.to));

function target(c: Collector, a: Scenario, b: Scenario): void {
  if (a.target === undefined && b.target === undefined) return;
  const years = horizonYears(a, b);
  const x = stepValues(a.target, years, null);
  const y = stepValues(b.target, years, null);
  for (const run of runs(years, x, y)) {
    c.add('target', {
      change: 'changed',
      path: 'target',
      years: run.years,
      from: run.from,
      to: run.to,
      text: yearSentence(field('target'), run.years, show(run.from, fmtEuro), show(run.to, fmtEuro), c.ref.label, c.other.label),
    });
  }
}

function textField(c: Collector, name: 'title' | 'municipality', from: string | undefined, to: string | undefined): void {
  if ((from ?? null) === (to ?? null)) return;
  c.add(name, {
    change: 'changed',
    path: name,
    from: from ?? null,
    to: to ?? null,
    text: text('differences.valueSentence', field(name), show(from, fmtText), show(to, fmtText), c.ref.label, c.other.label),
  });
}

// ---------------------------------------------------------------------------------------------
// Lines

const LINE_FIELDS: { name: keyof Line; format: Format; defaultValue?: number }[] = [
  { name: 'kind', format: (v) => text('differences.lineKind', v as Line['kind']) },
  { name: 'amount', format: fmtEuro },
  { name: 'volume', format: fmtNum },
  { name: 'unitCost', format: fmtEuro },
  { name: 'group', format: fmtText },
  { name: 'organisation', format: fmtText },
  { name: 'taakveld', format: (v) => String(v) },
  { name: 'wageShare', format: fmtPct, defaultValue: 0 },
  { name: 'volumeGrowth', format: fmtPct, defaultValue: 0 },
];

/** The size of a line for a sentence: "€ 400.000" or "500 × € 9.000". */
function lineSize(line: Line): Text {
  if (line.amount !== undefined) return text('differences.euro', line.amount);
  return text('differences.volumeLine', line.volume ?? 0, line.unitCost ?? 0);
}

function lineDifferences(c: Collector, m: Match<Line>): void {
  const { ref, other } = m.items;
  for (const i of m.removed) {
    const line = ref[i] as Line;
    c.add('line', {
      change: 'removed',
      path: `lines[${i}]`,
      id: line.id,
      from: line.name,
      to: null,
      text: text('differences.lineRemoved', c.other.label, line.name),
    });
  }
  m.pairs.forEach(([i, j], k) => {
    const x = ref[i] as Line;
    const y = other[j] as Line;
    if (m.byId[k] && x.name !== y.name) {
      c.add('line', {
        change: 'changed',
        path: `lines[${j}].name`,
        field: 'name',
        id: y.id,
        from: x.name,
        to: y.name,
        text: fieldSentence(
          text('differences.lineSubject', x.name),
          field('name'),
          text('differences.quoted', x.name),
          text('differences.quoted', y.name),
          c.ref.label,
          c.other.label,
        ),
      });
    }
    for (const f of LINE_FIELDS) {
      const from = (x[f.name] as number | string | undefined) ?? f.defaultValue ?? null;
      const to = (y[f.name] as number | string | undefined) ?? f.defaultValue ?? null;
      if (from === to) continue;
      c.add('line', {
        change: 'changed',
        path: `lines[${j}].${f.name}`,
        field: f.name,
        id: y.id,
        from,
        to,
        text: fieldSentence(text('differences.lineSubject', y.name), field(f.name), show(from, f.format), show(to, f.format), c.ref.label, c.other.label),
      });
    }
  });
  for (const j of m.added) {
    const line = other[j] as Line;
    c.add('line', {
      change: 'added',
      path: `lines[${j}]`,
      id: line.id,
      from: null,
      to: line.name,
      text: text('differences.lineAdded', c.other.label, c.ref.label, line.name, lineSize(line)),
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Measures

/** The type in a sentence: "korting", "verschuiving". */
const typeWord = (m: Measure): Text => kindOf(m).words.noun;

function measureDifferences(c: Collector, a: Scenario, b: Scenario, lines: Match<Line>): void {
  const ref = a.measures ?? [];
  const other = b.measures ?? [];
  const m = match(ref, other, (x) => `${x.type}\u0000${x.name}`);
  const R = c.ref.label;
  const X = c.other.label;

  // The reference's line ids stand for both sides' lines, so targets compare across renamed ids.
  const refIdOfOther = new Map<string, string>();
  for (const [i, j] of lines.pairs) refIdOfOther.set((b.lines[j] as Line).id, (a.lines[i] as Line).id);
  const lineName = new Map<string, string>();
  for (const line of b.lines) lineName.set(line.id, line.name);
  for (const line of a.lines) lineName.set(line.id, line.name);
  const canonical = (id: string) => refIdOfOther.get(id) ?? id;

  for (const i of m.removed) {
    const x = ref[i] as Measure;
    c.add('measure', {
      change: 'removed',
      path: `measures[${i}]`,
      id: x.id,
      from: x.name,
      to: null,
      text: text('differences.measureRemoved', X, typeWord(x), x.name),
    });
  }

  const years = horizonYears(a, b);
  m.pairs.forEach(([i, j], k) => {
    const x = ref[i] as Measure;
    const y = other[j] as Measure;
    const path = `measures[${j}]`;
    const base = { path, id: y.id };
    if (m.byId[k] && x.name !== y.name) {
      c.add('measure', {
        ...base,
        change: 'changed',
        path: `${path}.name`,
        field: 'name',
        from: x.name,
        to: y.name,
        text: text('differences.measureRenamed', x.name, X, y.name),
      });
    }
    const name = y.name;
    const on = (mm: Measure) => mm.enabled !== false;
    if (on(x) !== on(y)) {
      c.add('measure', {
        ...base,
        change: 'changed',
        path: `${path}.enabled`,
        field: 'enabled',
        from: on(x),
        to: on(y),
        text: on(y) ? text('differences.measureOn', X, name, R) : text('differences.measureOff', X, name, R),
      });
    }
    if (x.type !== y.type) {
      c.add('measure', {
        ...base,
        change: 'changed',
        path: `${path}.type`,
        field: 'type',
        from: x.type,
        to: y.type,
        text: text('differences.measureType', name, R, typeWord(x), X, typeWord(y)),
      });
      return;
    }
    const scalar = (fieldName: string, from: number | string | null, to: number | string | null, format: Format, words = fieldName) => {
      if (from === to) return;
      c.add('measure', {
        ...base,
        change: 'changed',
        path: `${path}.${fieldName}`,
        field: fieldName,
        from,
        to,
        text: fieldSentence(text('differences.quoted', name), field(words), show(from, format), show(to, format), R, X),
      });
    };
    const perYear = (fieldName: string, from: readonly (number | null)[], to: readonly (number | null)[], format: Format, only?: (year: number) => boolean) => {
      for (const run of runs(years, from, to)) {
        const kept = only ? run.years.filter(only) : run.years;
        if (kept.length === 0) continue;
        c.add('measure', {
          ...base,
          change: 'changed',
          path: `${path}.${fieldName}`,
          field: fieldName,
          years: kept,
          from: run.from,
          to: run.to,
          text: yearSentence(text('differences.measureField', name, field(fieldName)), kept, show(run.from, format), show(run.to, format), R, X),
        });
      }
    };

    const formats: Record<CompareFormat, Format> = { pct: fmtPct, euro: fmtEuro, num: fmtNum };
    kindOf(x).compare(x, y, {
      name,
      refLabel: R,
      label: X,
      scalar: (fieldName, from, to, format, words) => scalar(fieldName, from, to, formats[format], words),
      perYear: (fieldName, from, to, format) => perYear(fieldName, from, to, formats[format]),
      targets: (tx, ty) => targets(c, base, name, tx, ty, canonical, lineName),
      phaseIn: (px, py) => phaseIn(c, base, name, px, py, years, perYear),
      lineRef: (fieldName, from, to) => {
        if (canonical(to) === from) return;
        c.add('measure', {
          ...base,
          change: 'changed',
          path: `${path}.${fieldName}`,
          field: fieldName,
          from,
          to,
          text: fieldSentence(
            text('differences.quoted', name),
            field(fieldName),
            text('differences.quoted', lineName.get(from) ?? from),
            text('differences.quoted', lineName.get(to) ?? to),
            R,
            X,
          ),
        });
      },
      changed: (pathField: string, fieldName: string, from: unknown, to: unknown, sentence: Text) =>
        c.add('measure', {
          ...base,
          change: 'changed',
          path: `${path}.${pathField}`,
          field: fieldName,
          from: from as DiffValue,
          to: to as DiffValue,
          text: sentence,
        }),
      step: (table, before) => stepValues(table, years, before),
      listed: (table) => listedValues(table, years),
    });
    const ux = x.uncertainty;
    const uy = y.uncertainty;
    if ((ux === undefined) !== (uy === undefined) || (ux && uy && (ux.low !== uy.low || ux.high !== uy.high))) {
      const value = (mm: Measure): DiffValue => (mm.uncertainty ? { low: mm.uncertainty.low, high: mm.uncertainty.high } : null);
      const range = (mm: Measure): Text =>
        mm.uncertainty ? text('differences.range', mm.uncertainty.low, mm.uncertainty.high) : text('differences.none');
      c.add('measure', {
        ...base,
        change: 'changed',
        path: `${path}.uncertainty`,
        field: 'uncertainty',
        from: value(x),
        to: value(y),
        text: fieldSentence(text('differences.quoted', name), field('uncertainty'), range(x), range(y), R, X),
      });
    }
  });

  // Order counts: each measure works on what the ones before it left.
  const shared = [...m.pairs].sort((p, q) => p[1] - q[1]).map(([i]) => i);
  if (shared.some((v, k) => k > 0 && v < (shared[k - 1] as number))) {
    const names = (items: readonly Measure[]): Text => text('differences.list', textList(items.map((mm) => text('differences.quoted', mm.name))));
    const refOrder = m.pairs.map(([i]) => ref[i] as Measure);
    const otherOrder = [...m.pairs].sort((p, q) => p[1] - q[1]).map(([, j]) => other[j] as Measure);
    c.add('measure', {
      change: 'changed',
      path: 'measures',
      field: 'order',
      from: refOrder.map((mm) => mm.id),
      to: otherOrder.map((mm) => mm.id),
      text: text('differences.order', R, names(refOrder), X, names(otherOrder)),
    });
  }

  for (const j of m.added) {
    const y = other[j] as Measure;
    c.add('measure', {
      change: 'added',
      path: `measures[${j}]`,
      id: y.id,
      from: null,
      to: y.name,
      text: text(
        'differences.measureAdded',
        X,
        typeWord(y),
        y.name,
        text('differences.details', textList([kindOf(y).strength(y), ...(y.enabled === false ? [text('differences.off')] : [])])),
      ),
    });
  }
}

type TargetedLike = { lines?: string[]; groups?: string[] };

function targets(
  c: Collector,
  base: { path: string; id: string },
  name: string,
  x: TargetedLike,
  y: TargetedLike,
  canonical: (id: string) => string,
  lineName: ReadonlyMap<string, string>,
): void {
  const key = (t: TargetedLike, map: (id: string) => string) => [
    ...(t.lines ?? []).map((id) => `line:${map(id)}`),
    ...(t.groups ?? []).map((g) => `group:${g}`),
  ];
  const from = new Set(key(x, (id) => id));
  const to = new Set(key(y, canonical));
  const added = [...to].filter((k) => !from.has(k));
  const removed = [...from].filter((k) => !to.has(k));
  if (added.length === 0 && removed.length === 0) return;
  const words = (keys: string[]): Text =>
    text(
      'differences.list',
      textList(keys.map((k) => (k.startsWith('group:') ? text('differences.group', k.slice(6)) : text('differences.quoted', lineName.get(k.slice(5)) ?? k.slice(5))))),
    );
  const value = (t: TargetedLike): DiffValue => ({ lines: [...(t.lines ?? [])], groups: [...(t.groups ?? [])] });
  const common = { change: 'changed' as const, path: `${base.path}.lines`, id: base.id, field: 'targets', from: value(x), to: value(y) };
  if (added.length > 0) {
    c.add('measure', { ...common, text: text('differences.targetsAdded', c.other.label, name, words(added)) });
  }
  if (removed.length > 0) {
    c.add('measure', { ...common, text: text('differences.targetsRemoved', c.other.label, name, words(removed)) });
  }
}

type PerYear = (fieldName: string, from: readonly (number | null)[], to: readonly (number | null)[], format: Format, only?: (year: number) => boolean) => void;

/**
 * A later (or earlier) start is said as such: "B start „Korting” in 2023 in plaats van 2022".
 * The years before the later start are explained by that sentence; the years after it, where the
 * phase still differs, get their own.
 */
function phaseIn(
  c: Collector,
  base: { path: string; id: string },
  name: string,
  x: YearTable | undefined,
  y: YearTable | undefined,
  years: readonly number[],
  perYear: PerYear,
): void {
  const from = phaseValues(x, years);
  const to = phaseValues(y, years);
  const start = (values: readonly number[]) => {
    const at = values.findIndex((v) => v > 0);
    return at < 0 ? undefined : (years[at] as number);
  };
  const a = start(from);
  const b = start(to);
  const R = c.ref.label;
  const X = c.other.label;
  if (a !== b) {
    c.add('measure', {
      ...base,
      change: 'changed',
      path: `${base.path}.phaseIn`,
      field: 'phaseInStart',
      from: a ?? null,
      to: b ?? null,
      text:
        a === undefined
          ? text('differences.startsOnly', X, name, b as number, R)
          : b === undefined
            ? text('differences.startsNever', X, name, a)
            : text('differences.starts', X, name, b, a),
    });
    if (a === undefined || b === undefined) return;
  }
  const later = Math.max(a ?? -Infinity, b ?? -Infinity);
  perYear('phaseIn', from, to, fmtPct, (year) => year >= later);
}
