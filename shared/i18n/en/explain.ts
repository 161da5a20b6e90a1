import type { BreakdownDimension } from '../../engine/project';
import { explainNumbers } from '../../engine/explain-numbers';
import type { Catalogue } from '../catalogues';
import { formatters } from '../format';
import { glossary } from './glossary';

const f = formatters('en');
const { num, eur, eurExact, signedEur } = explainNumbers(f);

type Side = 'baseline' | 'scenario';
type LineKind = 'subsidy' | 'individual' | 'collective' | 'other';

const dimension = { group: 'group', organisation: 'organisation', kind: 'kind', taakveld: 'taakveld' };
const side = (s: Side) => (s === 'baseline' ? 'baseline' : 'scenario');
const strengthNote = (factor: number) => (factor === 1 ? '' : ` (strength × ${num(factor)})`);
/** " × (1.02)^1 growth"; nothing for a line without growth. */
const growth = (g: number, years: number) => (g === 0 ? '' : ` × (${num(1 + g)})^${years} growth`);
const costChange = (before: number, after: number) => `${eurExact(before)} → ${eurExact(after)}`;
const keyName = (d: BreakdownDimension, key: string | null) =>
  key === null ? glossary.none[d] : d === 'kind' && key in glossary.lineKindInText ? glossary.lineKindInText[key as LineKind] : key;
const capital = (s: string) => `${s[0]?.toUpperCase()}${s.slice(1)}`;

export const explain: Catalogue['explain'] = {
  measureTitle: (noun, name) => `${noun} ‘${name}’`,
  measureAtStrength: (title, factor) => `${title}${strengthNote(factor)}`,
  phaseNote: (phase) => (phase === null ? '' : ` × phase-in ${f.percent(phase, { maxDigits: 2 })}`),
  unitCostChange: (volumeLine, unitCostBefore, unitCostAfter, costBefore, costAfter) =>
    volumeLine
      ? `${glossary.unitCost} ${eurExact(unitCostBefore)} → ${eurExact(unitCostAfter)}; cost ${costChange(costBefore, costAfter)}`
      : costChange(costBefore, costAfter),
  volumeChange: (volumeBefore, volumeAfter, costBefore, costAfter) =>
    `${num(volumeBefore)} → ${num(volumeAfter)} clients; cost ${costChange(costBefore, costAfter)}`,

  rounded: (exact, rounded) => `Rounded to whole euros: ${eurExact(exact)} → ${eur(rounded)}`,
  indexBaseYear: (year) => `Index ${year} = 1 (base year)`,
  indexFirst: (year, wageShare, wage, price, index) =>
    `Index ${year} = 1 + ${num(wageShare)}·${num(wage)} + ${num(1 - wageShare)}·${num(price)} = ${num(index)}`,
  indexNext: (year, previous, wageShare, wage, price, index) =>
    `Index ${year} = ${num(previous)} × (1 + ${num(wageShare)}·${num(wage)} + ${num(1 - wageShare)}·${num(price)}) = ${num(index)}`,
  volumeNoGrowth: (volume) => `${num(volume)} clients (no growth)`,
  volumeGrown: (volume0, g, years, volume) => `${num(volume0)} clients${growth(g, years)} = ${num(volume)} clients`,
  unitCostIndexed: (unitCost0, index, unitCost) => `${eurExact(unitCost0)} per client × index ${num(index)} = ${eurExact(unitCost)} per client`,
  volumeTimesUnitCost: (volume, unitCost, cost) => `${num(volume)} clients × ${eurExact(unitCost)} = ${eurExact(cost)}`,
  amountInBaseYear: (baseYear, amount) => `Amount in ${baseYear}: ${eurExact(amount)}`,
  estimateOfYear: (year, amount, from, oneOff) =>
    from === null
      ? `Multi-year estimate ${year}: no amount yet (${oneOff ? 'one-off in another year' : 'the estimate starts later'}), so € 0`
      : `Multi-year estimate ${year}: ${eurExact(amount)}${from === year ? '' : ` (amount of ${from})`}${oneOff ? ', one-off' : ''}, in base-year prices`,
  estimateIndexed: (amount, index, cost) => `${eurExact(amount)} × index ${num(index)} = ${eurExact(cost)}`,
  pmLine: 'PM (pro memoria): the amount is not known yet and counts as € 0',
  amountIndexed: (amount, g, years, index, cost) => `${eurExact(amount)}${growth(g, years)} × index ${num(index)} = ${eurExact(cost)}`,
  baselineVolume: (year, volume, unitCost, cost) => `Baseline ${year}: ${num(volume)} clients × ${eurExact(unitCost)} = ${eurExact(cost)}`,
  baselineAmount: (year, cost) => `Baseline ${year}: ${eurExact(cost)}`,
  idle: (title, why) => `${title}: ${why}`,
  scenarioVolume: (year, volume, unitCost, cost) => `Scenario ${year}: ${num(volume)} clients × ${eurExact(unitCost)} = ${eurExact(cost)}`,
  scenarioAmount: (year, cost) => `Scenario ${year}: ${eurExact(cost)}`,
  lineCost: (name, cost) => `${name}: ${eur(cost)}`,
  sumOfLines: (count, sum) => `Sum of the ${count} rounded lines: ${eur(sum)}`,
  minusFixed: (lines, fixed, total) => `${eur(lines)} − fixed savings ${signedEur(fixed)} = ${eur(total)}`,
  fixedMeasure: (name, amount, source, factor) => `‘${name}’: ${eurExact(amount)} (${source})${strengthNote(factor)}`,
  noFixed: 'No fixed savings',
  fixedSum: (exact, rounded) => `Summed ${eurExact(exact)}, rounded ${eur(rounded)}`,
  savings: (baseline, scenario, savings) => `Baseline ${eur(baseline)} − scenario ${eur(scenario)} = ${eur(savings)}`,
  savingsSoFar: (year, savings, sofar) => `Savings ${year}: ${eur(savings)} (running total ${eur(sofar)})`,
  offLines: (title, amount, source, factor) => `${title}: ${eurExact(amount)} (${source})${strengthNote(factor)}`,
  onLine: (line, step, difference) => `${line}: ${step}; difference ${eurExact(difference)}`,
  effect: (exact) => `Effect = total before the measure − total after it = ${eurExact(exact)}`,
  effectZero: 'An effect of exactly 0 stays 0',
  effectRounded: (savings, floor, adjustment, effect) =>
    `Rounded so that the effects add up exactly to the savings ${eur(savings)} (largest remainder): ${eur(floor)} ${adjustment >= 0 ? '+' : '−'} ${eur(Math.abs(adjustment))} = ${eur(effect)}`,
  noTarget: 'This scenario has no target',
  noTargetYet: 'No target before its first year',
  targetListed: (year, amount) => `Target ${year}: ${eurExact(amount)} (listed for ${year})`,
  targetSince: (year, amount, since) => `Target ${year}: ${eurExact(amount)} (applies since ${since})`,
  gap: (target, savings, gap) =>
    `Target ${eur(target)} − savings ${eur(savings)} = ${eur(gap)} (${gap > 0 ? 'shortfall' : gap < 0 ? 'surplus' : 'met exactly'})`,
  sumOfMembers: (count, sum) => `Sum of ${count} rounded line(s): ${eur(sum)}`,

  lineTitle: (name, s, year) => `${name}, ${side(s)} ${year}`,
  totalTitle: (s, year) => `Total ${side(s)} ${year}`,
  fixedTitle: (year) => `Fixed savings ${year}`,
  savingsTitle: (year) => `Savings ${year}`,
  cumulativeTitle: (from, to) => `Cumulative savings ${from}–${to}`,
  measureEffectTitle: (title, year) => `${title}, effect ${year}`,
  targetTitle: (year) => `Target ${year}`,
  gapTitle: (year) => `Gap to target ${year}`,
  breakdownTitle: (d, key, s, year) => `${capital(dimension[d])} ${keyName(d, key)}, ${side(s)} ${year}`,
};
