import type { BreakdownDimension } from '../../engine/project';
import { explainNumbers } from '../../engine/explain-numbers';
import { formatters } from '../format';
import { glossary } from './glossary';

const f = formatters('nl');
const { num, eur, eurExact, signedEur } = explainNumbers(f);

type Side = 'baseline' | 'scenario';
type LineKind = 'subsidy' | 'individual' | 'collective' | 'other';

const dimension = { group: 'groep', organisation: 'organisatie', kind: 'soort', taakveld: 'taakveld' };
const side = (s: Side) => (s === 'baseline' ? 'basis' : 'scenario');
const strengthNote = (factor: number) => (factor === 1 ? '' : ` (sterkte × ${num(factor)})`);
/** " × (1,02)^1 groei"; nothing for a line without growth. */
const growth = (g: number, years: number) => (g === 0 ? '' : ` × (${num(1 + g)})^${years} groei`);
const costChange = (before: number, after: number) => `${eurExact(before)} → ${eurExact(after)}`;
const keyName = (d: BreakdownDimension, key: string | null) =>
  key === null ? glossary.none[d] : d === 'kind' && key in glossary.lineKindInText ? glossary.lineKindInText[key as LineKind] : key;
const capital = (s: string) => `${s[0]?.toUpperCase()}${s.slice(1)}`;

export const explain = {
  // Parts of steps
  /** "Korting ‘X’". */
  measureTitle: (noun: string, name: string) => `${noun} ‘${name}’`,
  /** "Korting ‘X’ (sterkte × 1,2)": the strength only when it is not the file's. */
  measureAtStrength: (title: string, factor: number) => `${title}${strengthNote(factor)}`,
  /** " × ingroei 50%" for a measure with a phaseIn (phase null: none). */
  phaseNote: (phase: number | null) => (phase === null ? '' : ` × ingroei ${f.percent(phase, { maxDigits: 2 })}`),
  unitCostChange: (volumeLine: boolean, unitCostBefore: number, unitCostAfter: number, costBefore: number, costAfter: number) =>
    volumeLine
      ? `${glossary.unitCost} ${eurExact(unitCostBefore)} → ${eurExact(unitCostAfter)}; kosten ${costChange(costBefore, costAfter)}`
      : costChange(costBefore, costAfter),
  volumeChange: (volumeBefore: number, volumeAfter: number, costBefore: number, costAfter: number) =>
    `${num(volumeBefore)} → ${num(volumeAfter)} cliënten; kosten ${costChange(costBefore, costAfter)}`,

  // Steps
  rounded: (exact: number, rounded: number) => `Afgerond op hele euro’s: ${eurExact(exact)} → ${eur(rounded)}`,
  indexBaseYear: (year: number) => `Index ${year} = 1 (basisjaar)`,
  indexFirst: (year: number, wageShare: number, wage: number, price: number, index: number) =>
    `Index ${year} = 1 + ${num(wageShare)}·${num(wage)} + ${num(1 - wageShare)}·${num(price)} = ${num(index)}`,
  indexNext: (year: number, previous: number, wageShare: number, wage: number, price: number, index: number) =>
    `Index ${year} = ${num(previous)} × (1 + ${num(wageShare)}·${num(wage)} + ${num(1 - wageShare)}·${num(price)}) = ${num(index)}`,
  volumeNoGrowth: (volume: number) => `${num(volume)} cliënten (geen groei)`,
  volumeGrown: (volume0: number, g: number, years: number, volume: number) => `${num(volume0)} cliënten${growth(g, years)} = ${num(volume)} cliënten`,
  unitCostIndexed: (unitCost0: number, index: number, unitCost: number) =>
    `${eurExact(unitCost0)} per cliënt × index ${num(index)} = ${eurExact(unitCost)} per cliënt`,
  volumeTimesUnitCost: (volume: number, unitCost: number, cost: number) => `${num(volume)} cliënten × ${eurExact(unitCost)} = ${eurExact(cost)}`,
  amountInBaseYear: (baseYear: number, amount: number) => `Bedrag in ${baseYear}: ${eurExact(amount)}`,
  /** An `amounts` line (version 2): the estimate that holds in the year, and the listed year it comes from (null: none yet). */
  estimateOfYear: (year: number, amount: number, from: number | null, oneOff: boolean) =>
    from === null
      ? `Meerjarenraming ${year}: nog geen bedrag (${oneOff ? 'eenmalig in een ander jaar' : 'de raming begint later'}), dus € 0`
      : `Meerjarenraming ${year}: ${eurExact(amount)}${from === year ? '' : ` (bedrag van ${from})`}${oneOff ? ', eenmalig' : ''}, in prijzen van het basisjaar`,
  estimateIndexed: (amount: number, index: number, cost: number) => `${eurExact(amount)} × index ${num(index)} = ${eurExact(cost)}`,
  /** A PM line (version 2). */
  pmLine: 'PM (pro memorie): het bedrag is nog niet bekend en telt als € 0',
  amountIndexed: (amount: number, g: number, years: number, index: number, cost: number) =>
    `${eurExact(amount)}${growth(g, years)} × index ${num(index)} = ${eurExact(cost)}`,
  baselineVolume: (year: number, volume: number, unitCost: number, cost: number) =>
    `Basis ${year}: ${num(volume)} cliënten × ${eurExact(unitCost)} = ${eurExact(cost)}`,
  baselineAmount: (year: number, cost: number) => `Basis ${year}: ${eurExact(cost)}`,
  /** A measure that changed nothing this year, and why. */
  idle: (title: string, why: string) => `${title}: ${why}`,
  scenarioVolume: (year: number, volume: number, unitCost: number, cost: number) =>
    `Scenario ${year}: ${num(volume)} cliënten × ${eurExact(unitCost)} = ${eurExact(cost)}`,
  scenarioAmount: (year: number, cost: number) => `Scenario ${year}: ${eurExact(cost)}`,
  lineCost: (name: string, cost: number) => `${name}: ${eur(cost)}`,
  sumOfLines: (count: number, sum: number) => `Som van de ${count} afgeronde regels: ${eur(sum)}`,
  minusFixed: (lines: number, fixed: number, total: number) => `${eur(lines)} − vaste besparingen ${signedEur(fixed)} = ${eur(total)}`,
  fixedMeasure: (name: string, amount: number, source: string, factor: number) => `‘${name}’: ${eurExact(amount)} (${source})${strengthNote(factor)}`,
  noFixed: 'Geen vaste besparingen',
  fixedSum: (exact: number, rounded: number) => `Opgeteld ${eurExact(exact)}, afgerond ${eur(rounded)}`,
  savings: (baseline: number, scenario: number, savings: number) => `Basis ${eur(baseline)} − scenario ${eur(scenario)} = ${eur(savings)}`,
  savingsSoFar: (year: number, savings: number, sofar: number) => `Besparing ${year}: ${eur(savings)} (opgeteld ${eur(sofar)})`,
  offLines: (title: string, amount: number, source: string, factor: number) => `${title}: ${eurExact(amount)} (${source})${strengthNote(factor)}`,
  onLine: (line: string, step: string, difference: number) => `${line}: ${step}; verschil ${eurExact(difference)}`,
  effect: (exact: number) => `Effect = totaal vóór de maatregel − totaal erna = ${eurExact(exact)}`,
  effectZero: 'Een effect van precies 0 blijft 0',
  effectRounded: (savings: number, floor: number, adjustment: number, effect: number) =>
    `Afgerond zodat de effecten samen precies de besparing ${eur(savings)} zijn (grootste rest): ${eur(floor)} ${adjustment >= 0 ? '+' : '−'} ${eur(Math.abs(adjustment))} = ${eur(effect)}`,
  noTarget: 'Dit scenario heeft geen taakstelling',
  noTargetYet: 'Geen taakstelling vóór het eerste jaar ervan',
  targetListed: (year: number, amount: number) => `Taakstelling ${year}: ${eurExact(amount)} (genoemd voor ${year})`,
  targetSince: (year: number, amount: number, since: number) => `Taakstelling ${year}: ${eurExact(amount)} (geldt sinds ${since})`,
  gap: (target: number, savings: number, gap: number) =>
    `Taakstelling ${eur(target)} − besparing ${eur(savings)} = ${eur(gap)} (${gap > 0 ? 'tekort' : gap < 0 ? 'overschot' : 'precies gehaald'})`,
  sumOfMembers: (count: number, sum: number) => `Som van ${count} afgeronde regel(s): ${eur(sum)}`,

  // Titles
  lineTitle: (name: string, s: Side, year: number) => `${name}, ${side(s)} ${year}`,
  totalTitle: (s: Side, year: number) => `Totaal ${side(s)} ${year}`,
  fixedTitle: (year: number) => `Vaste besparingen ${year}`,
  savingsTitle: (year: number) => `Besparing ${year}`,
  cumulativeTitle: (from: number, to: number) => `Cumulatieve besparing ${from}–${to}`,
  measureEffectTitle: (title: string, year: number) => `${title}, effect ${year}`,
  targetTitle: (year: number) => `Taakstelling ${year}`,
  gapTitle: (year: number) => `Tekort t.o.v. taakstelling ${year}`,
  breakdownTitle: (d: BreakdownDimension, key: string | null, s: Side, year: number) =>
    `${capital(dimension[d])} ${keyName(d, key)}, ${side(s)} ${year}`,
};
