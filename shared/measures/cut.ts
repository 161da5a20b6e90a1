// A cut on the targeted lines, by a rate or by an amount (scenario-format.md, "cut"): everything
// the domain knows of the type. The engine runs it as one of two ops, by its form.
import { euro, pct as comparePct, SENTENCES } from '../compare/words';
import { eurExact, num, pct, phaseNote, say, w } from '../engine/explain-words';
import {
  measureOp,
  measureShape,
  NO_YEARS,
  ProjectionInputError,
  strengthenCutAmount,
  strengthenCutRate,
} from '../engine/measure-op';
import { money, percent, targetNames } from '../export/describe-words';
import { located } from '../scenario/problem-text';
import { CutMeasureSchema, type CutMeasure } from '../scenario/schema';
import { checkTargets, given, measureName } from './checks';
import type { MeasureKind } from './kind';
import { compareTargeted, compileTargets, phaseInPart, phaseInStats, rawRate, scaleBy, targetedOpParts } from './targeted';

const noun = { nl: 'Korting', en: 'Cut' };
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
      label: say((lang) =>
        `${x.what(lang)}: ${pct(m.rate, lang)}${phaseNote(m, yi, lang)}${phaseNote(m, yi, lang) ? ` = ${pct(m.rate * phase, lang)}` : ''} → × ${num(e.factor, lang)}: ${x.unitCostChange(lang)}`,
      ),
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
      label: say((lang) =>
        w(
          lang,
          `${x.what(lang)}: ${eurExact(m.amount, lang)}${phaseNote(m, yi, lang)}, ten hoogste de kosten van de geraakte regels samen (${eurExact(pool, lang)}) = ${eurExact(lost, lang)}; naar rato van kosten draagt deze regel ${eurExact(costBefore, lang)} / ${eurExact(pool, lang)} = ${pct(share, lang)} = ${eurExact(costBefore - costAfter, lang)} → × ${num(e.factor, lang)}: ${x.unitCostChange(lang)}`,
          `${x.what(lang)}: ${eurExact(m.amount, lang)}${phaseNote(m, yi, lang)}, at most the targeted lines’ cost together (${eurExact(pool, lang)}) = ${eurExact(lost, lang)}; in proportion to cost this line bears ${eurExact(costBefore, lang)} / ${eurExact(pool, lang)} = ${pct(share, lang)} = ${eurExact(costBefore - costAfter, lang)} → × ${num(e.factor, lang)}: ${x.unitCostChange(lang)}`,
        ),
      ),
      values: { ...x.base, amount: m.amount, phase, pool, lost, share, factor: e.factor, strength: m.factor },
      result: costAfter,
    };
  },
});

function checkCutStrength(measure: Record<string, unknown>, i: number, out: Parameters<MeasureKind<CutMeasure>['check']>[3]): void {
  const rate = given(measure, 'rate');
  const amount = given(measure, 'amount');
  if (rate === amount) {
    const who = measureName(measure, i);
    out.push(
      located(
        ['measures', i],
        rate ? 'rate-and-amount' : 'no-rate-or-amount',
        rate
          ? `${who.nl} heeft zowel een percentage (rate) als een bedrag (amount); een korting heeft er precies één.`
          : `${who.nl} heeft geen percentage (rate) en geen bedrag (amount); een korting heeft er precies één nodig.`,
        rate
          ? `${who.en} has both a rate and an amount; a cut has exactly one of them.`
          : `${who.en} has neither a rate nor an amount; a cut needs exactly one of them.`,
      ),
    );
  }
}

const DESCRIBE = {
  nl: {
    cut: (rate: string, on: string) => `${rate} korting op ${on}`,
    raise: (rate: string, on: string) => `${rate} verhoging op ${on}`,
    cutAmount: (amount: string, on: string) => `${amount} per jaar korting op ${on}`,
  },
  en: {
    cut: (rate: string, on: string) => `${rate} cut on ${on}`,
    raise: (rate: string, on: string) => `${rate} increase on ${on}`,
    cutAmount: (amount: string, on: string) => `${amount} a year cut on ${on}`,
  },
} as const;

function strength(m: CutMeasure, lang: 'nl' | 'en'): string {
  return m.rate !== undefined ? comparePct(lang, m.rate) : `${euro(lang, m.amount ?? 0)} ${SENTENCES.perYear(lang)}`;
}

export const cutKind: MeasureKind<CutMeasure> = {
  type: 'cut',
  schema: CutMeasureSchema,
  fieldOrder: ['lines', 'groups', 'phaseIn', 'rate', 'amount'],
  words: { title: { nl: 'Korting', en: 'Cut' }, noun: { nl: 'korting', en: 'cut' } },
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
    const d = DESCRIBE[lang];
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
        c.changed(y.rate === undefined ? 'amount' : 'rate', 'cutForm', form(x), form(y), (lang) =>
          SENTENCES.cutForm(lang, c.name, c.refLabel, strength(x, lang), c.label, strength(y, lang)),
        );
      } else {
        c.scalar('rate', x.rate ?? null, y.rate ?? null, 'pct');
        c.scalar('amount', x.amount ?? null, y.amount ?? null, 'euro', 'cutAmount');
      }
    });
  },
  statsPerYear: phaseInStats,
  statsScalar: (m, parameter) => (parameter === 'rate' ? m.rate : parameter === 'amount' ? m.amount : undefined),
};
