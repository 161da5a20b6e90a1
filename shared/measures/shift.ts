// Moves a share of the clients of one volume line to another (scenario-format.md, "shift"):
// everything the domain knows of the type.
import { EMPTY_LINES, measureOp, measureShape, NO_YEARS, ProjectionInputError, strengthenShare } from '../engine/measure-op';
import type { CompiledMeasure } from '../engine/model';
import { listedYears, stepSeries } from '../engine/year-table';
import { percent } from '../export/describe-words';
import { formatNumber } from '../format/money';
import { catalogue, text, type Text } from '../i18n/text';
import { field } from '../scenario/paths';
import type { LocatedProblem } from '../scenario/problem-text';
import { ShiftMeasureSchema, type Line, type ShiftMeasure } from '../scenario/schema';
import { locatedText, measureName, missingLine, notVolumeLine, type LineIndex } from './checks';
import type { MeasureKind } from './kind';

const shiftOp = measureOp({
  noun: text('measureKinds.shift.name'),
  offLines: false,
  step(m, yi, volume, unitCost, tracer) {
    const share = m.share[yi] as number;
    if (share === 0) return 0;
    const a = m.from;
    const b = m.to;
    const va = volume[a] as number;
    const vb = volume[b] as number;
    const ua = unitCost[a] as number;
    const ub = unitCost[b] as number;
    const moved = va * share;
    const va2 = (volume[a] = va - moved);
    const vb2 = (volume[b] = vb + moved * m.ratio);
    if (tracer !== undefined) {
      tracer.shift(m, moved);
      tracer.line(m, a, va, ua, va2, ua, 1);
      tracer.line(m, b, vb, ub, vb2, ub, 1);
    }
    return va * ua - va2 * ua + (vb * ub - vb2 * ub);
  },
  raw(m, from, yearCount) {
    const source = m.source;
    if (source.type !== 'shift') throw new Error('unreachable: a shift op from a non-shift measure');
    return { scalar: 0, series: stepSeries(source.share, from, yearCount, 0) };
  },
  forRuns: (m: CompiledMeasure): CompiledMeasure => ({ ...m, share: new Float64Array(m.share) }),
  restrength(m, raw, f, yearCount) {
    for (let i = 0; i < yearCount; i++) m.share[i] = strengthenShare(raw.series[i] as number, f);
  },
  touches: (m, l) => m.from === l || m.to === l,
  role: (m, l) => (l === m.from ? 'out' : 'in'),
  event(e, x) {
    const m = e.measure;
    const { moved, costAfter } = x;
    const share = m.share[x.yi] as number;
    const other = x.lines[e.role === 'out' ? m.to : m.from] as Line;
    if (e.role === 'out') {
      return {
        label: text('measureKinds.shift.eventOut', x.what, other.name, share, e.volumeBefore, moved, x.volumeChange),
        values: { ...x.base, share, moved },
        result: costAfter,
      };
    }
    return {
      label: text('measureKinds.shift.eventIn', x.what, other.name, moved, m.ratio, x.volumeChange),
      values: { ...x.base, moved, ratio: m.ratio, arrived: moved * m.ratio },
      result: costAfter,
    };
  },
  idle: (m, yi, year) => text('measureKinds.shift.idle', year, m.share[yi] as number),
  idleValues: (m, yi) => ({ share: m.share[yi] as number }),
  source: () => null,
});

function checkShift(measure: Record<string, unknown>, i: number, index: LineIndex, out: LocatedProblem[]): void {
  const who = measureName(measure, i);
  const from = field(measure, 'from');
  const to = field(measure, 'to');
  for (const end of ['from', 'to'] as const) {
    const id = end === 'from' ? from : to;
    if (typeof id !== 'string') continue;
    const line = index.byId.get(id);
    if (!line) {
      if (index.idsComplete) out.push(missingLine(['measures', i, end], who, id, index));
    } else if (line.shape === 'amount') {
      out.push(notVolumeLine(['measures', i, end], who, [id]));
    }
  }
  if (typeof from === 'string' && from === to) {
    out.push(locatedText(['measures', i, 'to'], 'shift-to-itself', text('measureKinds.shift.toItself', who, from)));
  }
}

/** "5%", "5% – 20%": the lowest and highest share listed. */
function strength(m: ShiftMeasure): Text {
  const values = Object.values(m.share);
  if (values.length === 0) return text('differences.blank');
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? text('differences.pct', lo) : text('differences.pctRange', lo, hi);
}

export const shiftKind: MeasureKind<ShiftMeasure> = {
  type: 'shift',
  schema: ShiftMeasureSchema,
  fieldOrder: ['from', 'to', 'share', 'ratio'],
  words: { title: text('measureKinds.shift.name'), noun: text('measureKinds.shift.noun') },
  check: checkShift,
  compile(measure, input) {
    const where = `measure "${measure.id}"`;
    const { lookup, from, yearCount, position, factor } = input;
    const fromLine = lookup.byId.get(measure.from);
    const toLine = lookup.byId.get(measure.to);
    if (fromLine === undefined || toLine === undefined) {
      throw new ProjectionInputError(`${where}: shift between unknown lines "${measure.from}" → "${measure.to}"`);
    }
    if (fromLine === toLine || !lookup.isVolume[fromLine] || !lookup.isVolume[toLine]) {
      throw new ProjectionInputError(`${where}: a shift needs two different volume lines`);
    }
    const share = stepSeries(measure.share, from, yearCount, 0);
    for (let i = 0; i < yearCount; i++) share[i] = strengthenShare(share[i] as number, factor);
    const ratio = measure.ratio ?? 1;
    return measureShape(measure, position, shiftOp, factor, EMPTY_LINES, NO_YEARS, 0, 0, fromLine, toLine, share, ratio, NO_YEARS);
  },
  describe(measure, lineName, lang) {
    const d = catalogue(lang).measureKinds.shift.describe;
    const shares = listedYears(measure.share).map((e) => `${percent(e.value, lang)} ${e.year}`).join(', ');
    const parts = [d.shift(lineName(measure.from), lineName(measure.to), shares)];
    const ratio = measure.ratio ?? 1;
    if (ratio !== 1) parts.push(d.ratio(formatNumber(ratio, { lang, maxDigits: 3 })));
    return parts;
  },
  strength,
  compare(x, y, c) {
    c.lineRef('from', x.from, y.from);
    c.lineRef('to', x.to, y.to);
    c.perYear('share', c.step(x.share, 0), c.step(y.share, 0), 'pct');
    c.scalar('ratio', x.ratio ?? 1, y.ratio ?? 1, 'num');
  },
  statsPerYear(m, parameter, years) {
    if (parameter !== 'share') return undefined;
    return years.length === 0 ? [] : Array.from(stepSeries(m.share, years[0] as number, years.length, 0));
  },
  statsScalar: (m, parameter) => (parameter === 'ratio' ? (m.ratio ?? 1) : undefined),
  phaseIn: null,
};
