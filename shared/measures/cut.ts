// A cut on the targeted lines, by a rate or by an amount (scenario-format.md, "cut"): everything
// the domain knows of the type. The engine runs it as one of two ops, by its form.
import { hasPhaseIn, phaseNote } from '../engine/explain-words';
import { catalogue, text, type Text } from '../i18n/text';
import {
  measureOp,
  measureShape,
  NO_YEARS,
  ProjectionInputError,
  strengthenCutAmount,
  strengthenCutRate,
} from '../engine/measure-op';
import { money, percent, targetNames } from '../export/describe-words';
import { CutMeasureSchema, type CutMeasure } from '../scenario/schema';
import { checkTargets, given, locatedText, measureName } from './checks';
import { field } from '../scenario/paths';
import type { MeasureKind } from './kind';
import { compareTargeted, compileTargets, phaseInPart, phaseInStats, rawRate, scaleBy, targetedOpParts, targetedPhaseIn } from './targeted';

const noun = text('measureKinds.cut.name');
// Read once (see targeted.ts): the steps run per measure and year.
const scaleTargets = scaleBy;

const cutRate = measureOp({
  ...targetedOpParts,
  noun,
  step: (m, yi, volume, unitCost, tracer) => scaleTargets(m, volume, unitCost, false, 1 - m.rate * (m.phase[yi] as number), tracer),
  raw: rawRate,
  restrength(m, raw, f) {
    m.rate = strengthenCutRate(raw.scalar, f);
  },
  event(e, x) {
    const m = e.measure;
    const { yi, phase } = x;
    return {
      label: text('measureKinds.cut.eventRate', x.what, m.rate, phaseNote(m, yi), hasPhaseIn(m) ? phase : null, e.factor, x.unitCostChange),
      values: { ...x.base, rate: m.rate, phase, factor: e.factor, strength: m.factor },
      result: x.costAfter,
    };
  },
});

const cutAmount = measureOp({
  ...targetedOpParts,
  noun,
  step(m, yi, volume, unitCost, tracer) {
    const wanted = m.amount * (m.phase[yi] as number);
    if (wanted === 0) return 0;
    let pool = 0;
    const targets = m.targets;
    for (let t = 0; t < targets.length; t++) {
      const l = targets[t] as number;
      pool += (volume[l] as number) * (unitCost[l] as number);
    }
    // min(amount·phase, their cost), shared in proportion to each line's cost: every
    // targeted line keeps the same fraction 1 − lost/pool of its cost.
    const lost = wanted < pool ? wanted : pool;
    if (tracer !== undefined) tracer.cutAmount(m, pool, lost);
    return pool > 0 ? scaleTargets(m, volume, unitCost, false, 1 - lost / pool, tracer) : 0;
  },
  raw(m) {
    const source = m.source;
    return { scalar: source.type === 'cut' && source.amount !== undefined ? source.amount : 0, series: NO_YEARS };
  },
  restrength(m, raw, f) {
    m.amount = strengthenCutAmount(raw.scalar, f);
  },
  event(e, x) {
    const m = e.measure;
    const { yi, phase, costBefore, costAfter } = x;
    const { pool, lost } = x.cutAmount;
    const share = pool > 0 ? costBefore / pool : 0;
    return {
      label: text('measureKinds.cut.eventAmount', x.what, m.amount, phaseNote(m, yi), pool, lost, costBefore, share, costAfter, e.factor, x.unitCostChange),
      values: { ...x.base, amount: m.amount, phase, pool, lost, share, factor: e.factor, strength: m.factor },
      result: costAfter,
    };
  },
});

function checkCutStrength(measure: Record<string, unknown>, i: number, out: Parameters<MeasureKind<CutMeasure>['check']>[3]): void {
  const rate = given(measure, 'rate');
  const amount = given(measure, 'amount');
  // A cut pro memorie (version 2) may leave its size open.
  if (rate === amount && !(field(measure, 'pm') === true && !rate)) {
    const who = measureName(measure, i);
    out.push(
      rate
        ? locatedText(['measures', i], 'rate-and-amount', text('measureKinds.cut.rateAndAmount', who))
        : locatedText(['measures', i], 'no-rate-or-amount', text('measureKinds.cut.noRateOrAmount', who)),
    );
  }
}

function strength(m: CutMeasure): Text {
  return m.rate !== undefined ? text('differences.pct', m.rate) : text('differences.euroPerYear', m.amount ?? 0);
}

/**
 * The cut at a share of it, as the ops above take it: a rate × phase off the cost ("5% korting",
 * a negative rate "5% verhoging"), or an amount × phase (at most the targeted lines' cost, which
 * the engine knows in its year only).
 */
function inForce(m: CutMeasure, phase: number) {
  if (m.rate !== undefined) {
    const value = strengthenCutRate(m.rate, 1) * phase;
    return { value, text: text('measureKinds.phaseIn.cutRate', value) };
  }
  const value = strengthenCutAmount(m.amount ?? 0, 1) * phase;
  return { value, text: text('measureKinds.phaseIn.cutAmount', value) };
}

export const cutKind: MeasureKind<CutMeasure> = {
  type: 'cut',
  schema: CutMeasureSchema,
  fieldOrder: ['lines', 'groups', 'phaseIn', 'rate', 'amount'],
  words: { title: noun, noun: text('measureKinds.cut.noun') },
  check(measure, i, index, out) {
    checkTargets(measure, i, false, index, out);
    checkCutStrength(measure, i, out);
  },
  compile(measure, input) {
    const where = `measure "${measure.id}"`;
    const { targets, phase } = compileTargets(measure, input, where);
    const { position, factor } = input;
    if (measure.rate !== undefined) {
      const rate = strengthenCutRate(measure.rate, factor);
      return measureShape(measure, position, cutRate, factor, targets, phase, rate, 0, -1, -1, NO_YEARS, 1, NO_YEARS);
    }
    if (measure.amount === undefined) throw new ProjectionInputError(`${where}: a cut needs rate or amount`);
    const amount = strengthenCutAmount(measure.amount, factor);
    return measureShape(measure, position, cutAmount, factor, targets, phase, 0, amount, -1, -1, NO_YEARS, 1, NO_YEARS);
  },
  describe(measure, lineName, lang) {
    const d = catalogue(lang).measureKinds.cut.describe;
    const on = targetNames(measure, lineName, lang);
    let part: string;
    if (measure.amount !== undefined) part = d.cutAmount(money(measure.amount, lang), on);
    else {
      const rate = measure.rate ?? 0;
      part = rate < 0 ? d.raise(percent(-rate, lang), on) : d.cut(percent(rate, lang), on);
    }
    return [part, ...phaseInPart(measure, lang)];
  },
  strength,
  compare(x, y, c) {
    compareTargeted(x, y, c, () => {
      if ((x.rate === undefined) !== (y.rate === undefined)) {
        const form = (mm: CutMeasure) => (mm.rate === undefined ? { amount: mm.amount ?? 0 } : { rate: mm.rate ?? 0 });
        c.changed(
          y.rate === undefined ? 'amount' : 'rate',
          'cutForm',
          form(x),
          form(y),
          text('differences.cutForm', c.name, c.refLabel, strength(x), c.label, strength(y)),
        );
      } else {
        c.scalar('rate', x.rate ?? null, y.rate ?? null, 'pct');
        c.scalar('amount', x.amount ?? null, y.amount ?? null, 'euro', 'cutAmount');
      }
    });
  },
  statsPerYear: phaseInStats,
  statsScalar: (m, parameter) => (parameter === 'rate' ? m.rate : parameter === 'amount' ? m.amount : undefined),
  phaseIn: targetedPhaseIn(inForce, (m) => m.rate),
};
