import { explainNumbers } from '../../engine/explain-numbers';
import { clip } from '../../scenario/problem-text';
import type { Catalogue } from '../catalogues';
import { formatters } from '../format';
import { glossary } from './glossary';

const f = formatters('en');
const { num, eurExact, pct } = explainNumbers(f);
/** A value from the file, quoted: "library". */
const q = (value: string) => `"${clip(value)}"`;
const didYouMean = (guess: string | null) => (guess ? ` Did you mean ${q(guess)}?` : '');

export const measureKinds: Catalogue['measureKinds'] = {
  common: {
    measureById: (id) => `Measure ${q(id)}`,
    measureByNumber: (n) => `Measure ${n}`,
    unknownLine: (who, id, guess) => `${who} refers to line ${q(id)}, which does not exist.${didYouMean(guess)}`,
    unknownGroup: (who, group, guess) => `${who} refers to group ${q(group)}, but no line belongs to that group.${didYouMean(guess)}`,
    noTarget: (who) => `${who} has no target: list at least one line (lines) or group (groups).`,
    notVolumeLine: (who, ids, viaGroup) => {
      const lines = f.list(ids.map(q));
      const what = viaGroup === null ? `line ${lines}` : `group ${q(viaGroup)}, with ${f.plural(ids.length, { one: 'line', other: 'lines' })} ${lines}`;
      return `${who} works only on lines with a volume and a cost per unit, but targets ${what}, which ${f.plural(ids.length, { one: 'has', other: 'have' })} a fixed amount.`;
    },
    notInForce: (year) => `not in force in ${year} (phase-in 0%)`,
    noChange: (year) => `no change in ${year}`,
    rateChangeEvent: (what, quantity, rate, phaseNote, factor, change) => `${what}: ${quantity} × (1 + ${num(rate)}${phaseNote}) = × ${num(factor)}: ${change}`,
  },
  cut: {
    name: 'Cut',
    noun: 'cut',
    hint: 'a percentage or amount less on lines or groups',
    defaultName: 'Cut',
    eventRate: (what, rate, phaseNote, phase, factor, change) =>
      `${what}: ${pct(rate)}${phaseNote}${phase === null ? '' : ` = ${pct(rate * phase)}`} → × ${num(factor)}: ${change}`,
    eventAmount: (what, amount, phaseNote, pool, lost, costBefore, share, costAfter, factor, change) =>
      `${what}: ${eurExact(amount)}${phaseNote}, at most the targeted lines’ cost together (${eurExact(pool)}) = ${eurExact(lost)}; in proportion to cost this line bears ${eurExact(costBefore)} / ${eurExact(pool)} = ${pct(share)} = ${eurExact(costBefore - costAfter)} → × ${num(factor)}: ${change}`,
    rateAndAmount: (who) => `${who} has both a rate and an amount; a cut has exactly one of them.`,
    noRateOrAmount: (who) => `${who} has neither a rate nor an amount; a cut needs exactly one of them.`,
    describe: {
      cut: (rate, on) => `${rate} cut on ${on}`,
      raise: (rate, on) => `${rate} increase on ${on}`,
      cutAmount: (amount, on) => `${amount} a year cut on ${on}`,
    },
    cutRate: 'Cut rate',
    cutAmount: 'Amount per year',
    cutBy: 'Cut as',
    cutByRate: 'percentage',
    cutByAmount: 'amount in euros',
    cutModeChanged: (name, amount) => `${name}: cut as ${amount ? 'amount' : 'percentage'}`,
  },
  volumeChange: {
    name: 'Volume change',
    noun: 'volume change',
    hint: 'more or fewer clients (for example through prevention)',
    defaultName: 'Fewer clients',
    quantity: 'volume',
    strengthLabel: 'Volume',
    describe: {
      down: (rate, on) => `${rate} fewer clients on ${on}`,
      up: (rate, on) => `${rate} more clients on ${on}`,
      unchanged: (on) => `no change on ${on}`,
    },
  },
  unitCostChange: {
    name: 'Tariff change',
    title: 'Tariff change',
    explainNoun: 'Tariff change',
    noun: 'tariff change',
    hint: 'a higher or lower tariff per client (procurement)',
    defaultName: 'Lower tariff',
    quantity: glossary.unitCost,
    strengthLabel: 'Tariff',
    describe: {
      down: (rate, on) => `${rate} lower unit cost on ${on}`,
      up: (rate, on) => `${rate} higher unit cost on ${on}`,
      unchanged: (on) => `no change on ${on}`,
    },
  },
  shift: {
    name: 'Shift',
    noun: 'shift',
    hint: 'clients from one provision to another',
    defaultName: 'Shift to collective provision',
    eventOut: (what, other, share, volumeBefore, moved, change) =>
      `${what} to ${other}: ${pct(share)} of ${num(volumeBefore)} = ${num(moved)} clients leave: ${change}`,
    eventIn: (what, other, moved, ratio, change) =>
      `${what} from ${other}: ${num(moved)} clients × ratio ${num(ratio)} = ${num(moved * ratio)} clients arrive, each at this line’s cost per client: ${change}`,
    idle: (year, share) => `nothing shifted in ${year} (share ${pct(share)})`,
    toItself: (who, from) => `${who} shifts from line ${q(from)} to the same line; "from" and "to" must be two different lines.`,
    describe: {
      shift: (from, to, shares) => `from ${from} to ${to}: share ${shares}`,
      ratio: (ratio) => `ratio 1 : ${ratio}`,
    },
    shareIn: (year) => `Share ${year}`,
    from: 'From',
    to: 'To',
    shiftEndChanged: (name, end, line) => `${name}: ${end} ${line}`,
    ratio: 'Ratio',
    ratioHint: 'Clients arriving per client leaving (1 = one to one).',
    ratioWord: 'ratio',
  },
  fixed: {
    name: 'Fixed amount',
    noun: 'fixed amount',
    hint: 'a saving or cost not tied to the lines',
    defaultName: 'Fixed saving',
    explainNoun: 'Fixed amount',
    notStarted: (year) => `not started in ${year}`,
    listed: (year) => `listed for ${year}`,
    continuesSince: (year) => `continues since ${year}`,
    notListed: (year) => `not listed for ${year}, counts 0`,
    describe: {
      saving: 'saving',
      cost: 'cost',
      inYear: (amount, year) => `${amount} in ${year}`,
      perYearFrom: (amount, year) => `${amount} a year from ${year}`,
      nothing: 'no amounts',
    },
    amountIn: (year) => `Amount ${year}`,
    continues: 'Continues after the last filled-in year',
    continuesChanged: (name, on) => `${name}: ${on ? 'continues' : 'filled-in years only'}`,
  },
  phaseIn: {
    cutRate: (rate) => (rate < 0 ? `${f.percent(-rate)} increase` : `${f.percent(rate)} cut`),
    cutAmount: (amount) => f.money(amount),
    volumeChange: (rate) => `${f.percent(rate, { sign: 'always' })} volume`,
    unitCostChange: (rate) => `${f.percent(rate, { sign: 'always' })} tariff`,
  },
};
