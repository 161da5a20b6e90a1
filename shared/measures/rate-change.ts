// The two types that change the targeted volume lines by a rate, volumeChange and
// unitCostChange, differ only in what they scale and how they say it; each type's module gives
// those, this builds its kind.
import { phaseNote } from '../engine/explain-words';
import { measureOp, measureShape, NO_YEARS, ProjectionInputError, strengthenChangeRate } from '../engine/measure-op';
import { percent, targetNames } from '../export/describe-words';
import type { Lang } from '../format/money';
import { text, type Text } from '../i18n/text';
import type { UnitCostChangeMeasure, VolumeChangeMeasure } from '../scenario/schema';
import { checkTargets } from './checks';
import type { MeasureKind } from './kind';
import { compareTargeted, compileTargets, phaseInPart, phaseInStats, rawRate, scaleBy, targetedOpParts, targetedPhaseIn } from './targeted';

type Phrase = (rate: string, on: string) => string;

// Read once (see targeted.ts): the step runs per measure and year.
const scaleTargets = scaleBy;

export interface RateChange<M extends VolumeChangeMeasure | UnitCostChangeMeasure> {
  type: M['type'];
  schema: MeasureKind<M>['schema'];
  /** true: the rate scales the volume; false: the cost per client. */
  scalesVolume: boolean;
  words: MeasureKind<M>['words'];
  /** explain(): the measure's noun and what it multiplies ("volume", "kosten per cliënt"). */
  explain: { noun: Text; quantity: Text };
  /** describe(): a negative and a positive rate, in the language asked for (from the catalogue). */
  describe: (lang: Lang) => { down: Phrase; up: Phrase; unchanged: (on: string) => string };
  /** The rate in force at a share of the measure, in words: "−5% volume" (catalogue area measureKinds.phaseIn). */
  inForce: (rate: number) => Text;
}

export function rateChangeKind<M extends VolumeChangeMeasure | UnitCostChangeMeasure>(spec: RateChange<M>): MeasureKind<M> {
  const scalesVolume = spec.scalesVolume;
  const op = measureOp({
    ...targetedOpParts,
    noun: spec.explain.noun,
    step: (m, yi, volume, unitCost, tracer) => scaleTargets(m, volume, unitCost, scalesVolume, 1 + m.rate * (m.phase[yi] as number), tracer),
    raw: rawRate,
    restrength(m, raw, f) {
      m.rate = strengthenChangeRate(raw.scalar, f);
    },
    event(e, x) {
      const m = e.measure;
      const change = scalesVolume ? x.volumeChange : x.unitCostChange;
      return {
        label: text('measureKinds.common.rateChangeEvent', x.what, spec.explain.quantity, m.rate, phaseNote(m, x.yi), e.factor, change),
        values: { ...x.base, rate: m.rate, phase: x.phase, factor: e.factor, strength: m.factor },
        result: x.costAfter,
      };
    },
  });
  return {
    type: spec.type,
    schema: spec.schema,
    fieldOrder: ['lines', 'groups', 'rate', 'phaseIn'],
    words: spec.words,
    check: (measure, i, index, out) => checkTargets(measure, i, true, index, out),
    compile(measure, input) {
      const where = `measure "${measure.id}"`;
      const { targets, phase } = compileTargets(measure, input, where);
      for (const l of targets) {
        if (!input.lookup.isVolume[l]) {
          throw new ProjectionInputError(`${where}: ${measure.type} targets line "${input.lookup.lines[l]?.id}", which is not a volume line`);
        }
      }
      const rate = strengthenChangeRate(measure.rate, input.factor);
      return measureShape(measure, input.position, op, input.factor, targets, phase, rate, 0, -1, -1, NO_YEARS, 1, NO_YEARS);
    },
    describe(measure, lineName, lang) {
      const d = spec.describe(lang);
      const on = targetNames(measure, lineName, lang);
      const size = percent(Math.abs(measure.rate), lang);
      const part = measure.rate === 0 ? d.unchanged(on) : measure.rate < 0 ? d.down(size, on) : d.up(size, on);
      return [part, ...phaseInPart(measure, lang)];
    },
    strength: (m) => text('differences.pct', m.rate),
    compare: (x, y, c) => compareTargeted(x, y, c, () => c.scalar('rate', x.rate ?? null, y.rate ?? null, 'pct')),
    statsPerYear: phaseInStats,
    statsScalar: (m, parameter) => (parameter === 'rate' ? m.rate : undefined),
    // The op's factor is 1 + rate × phase: the rate in force is rate × phase.
    phaseIn: targetedPhaseIn(
      (m, phase) => {
        const value = strengthenChangeRate(m.rate, 1) * phase;
        return { value, text: spec.inForce(value) };
      },
      (m) => m.rate,
    ),
  };
}
