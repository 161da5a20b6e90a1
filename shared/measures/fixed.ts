// A saving (positive) or cost (negative) per year not tied to a line (scenario-format.md,
// "fixed"): everything the domain knows of the type. The engine counts it outside the lines.
import { EMPTY_LINES, measureOp, measureShape, NO_YEARS, strengthenFixed } from '../engine/measure-op';
import type { CompiledMeasure } from '../engine/model';
import { listedSeries, listedYears, stepSeries, stepSourceYear } from '../engine/year-table';
import { money } from '../export/describe-words';
import { catalogue, text, type Text } from '../i18n/text';
import { FixedMeasureSchema, type FixedMeasure } from '../scenario/schema';
import type { MeasureKind } from './kind';

/** Where a year's amount comes from: listed for the year, continued from an earlier one, or not counted. */
function fixedSource(m: CompiledMeasure, year: number): Text | null {
  if (m.source.type !== 'fixed') return null;
  if (m.source.continues) {
    const from = stepSourceYear(m.source.amounts, year);
    return from === undefined
      ? text('measureKinds.fixed.notStarted', year)
      : from === year
        ? text('measureKinds.fixed.listed', year)
        : text('measureKinds.fixed.continuesSince', from);
  }
  return String(year) in m.source.amounts ? text('measureKinds.fixed.listed', year) : text('measureKinds.fixed.notListed', year);
}

const fixedOp = measureOp({
  noun: text('measureKinds.fixed.explainNoun'),
  offLines: true,
  step: (m, yi) => m.fixed[yi] as number,
  // Taken from the model compiled at factor 1 (× 1 is exact and strengthenFixed has no range).
  raw: (m) => ({ scalar: 0, series: new Float64Array(m.fixed) }),
  forRuns: (m: CompiledMeasure): CompiledMeasure => ({ ...m, fixed: new Float64Array(m.fixed) }),
  restrength(m, raw, f, yearCount) {
    for (let i = 0; i < yearCount; i++) m.fixed[i] = strengthenFixed(raw.series[i] as number, f);
  },
  touches: () => false,
  role: () => 'scale',
  // A fixed saving belongs to no line; it never produces a line event.
  event: (_e, x) => ({ label: x.what, values: x.base, result: x.costAfter }),
  idle: () => null,
  idleValues: () => ({}),
  source: fixedSource,
});

export const fixedKind: MeasureKind<FixedMeasure> = {
  type: 'fixed',
  schema: FixedMeasureSchema,
  fieldOrder: ['amounts', 'continues'],
  words: { title: text('measureKinds.fixed.name'), noun: text('measureKinds.fixed.noun') },
  check: () => {},
  compile(measure, input) {
    const { from, yearCount, position, factor } = input;
    const fixed = measure.continues ? stepSeries(measure.amounts, from, yearCount, 0) : listedSeries(measure.amounts, from, yearCount);
    for (let i = 0; i < yearCount; i++) fixed[i] = strengthenFixed(fixed[i] as number, factor);
    return measureShape(measure, position, fixedOp, factor, EMPTY_LINES, NO_YEARS, 0, 0, -1, -1, NO_YEARS, 1, fixed);
  },
  describe(measure, _lineName, lang) {
    const d = catalogue(lang).measureKinds.fixed.describe;
    const entries = listedYears(measure.amounts);
    if (entries.length === 0) return [d.nothing];
    const texts = entries.map((e, i) => {
      const amount = `${e.value < 0 ? d.cost : d.saving} ${money(Math.abs(e.value), lang)}`;
      const last = i === entries.length - 1;
      return last && measure.continues ? d.perYearFrom(amount, e.year) : d.inYear(amount, e.year);
    });
    return [texts.join(', ')];
  },
  strength(m) {
    const values = Object.values(m.amounts);
    if (values.length === 0) return text('differences.blank');
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    return lo === hi ? text('differences.euro', lo) : text('differences.euroRange', lo, hi);
  },
  compare: (x, y, c) => c.perYear('amounts', fixedValues(x, c), fixedValues(y, c), 'euro'),
  statsPerYear(m, parameter, years) {
    if (parameter !== 'amounts') return undefined;
    if (!m.continues) return years.map((y) => m.amounts[String(y)] ?? 0);
    return years.length === 0 ? [] : Array.from(stepSeries(m.amounts, years[0] as number, years.length, 0));
  },
  statsScalar: () => undefined,
  phaseIn: null,
};

/** The amounts per compared year as the engine reads them: listed, or a step when they continue. */
function fixedValues(m: FixedMeasure, c: Parameters<MeasureKind<FixedMeasure>['compare']>[2]): (number | null)[] {
  return m.continues ? c.step(m.amounts, 0) : c.listed(m.amounts);
}
