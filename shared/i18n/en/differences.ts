import type { Catalogue } from '../catalogues';
import type { LineKind } from '../../scenario/schema';
import { formatYearSpan } from '../../format/money';
import { formatters } from '../format';
import { glossary } from './glossary';
import { compareValues } from '../values';

const f = formatters('en');

const q = (name: string) => `“${name}”`;

const FIELDS: Record<string, string> = {
  name: 'name',
  kind: 'kind',
  amount: 'amount',
  volume: 'number of clients',
  unitCost: glossary.unitCost,
  group: 'group',
  organisation: 'organisation',
  taakveld: 'taakveld',
  wageShare: 'wage share',
  volumeGrowth: 'autonomous growth per year',
  rate: 'rate',
  cutAmount: 'amount per year',
  from: 'from line',
  to: 'to line',
  ratio: 'ratio (clients gained per client moved)',
  share: 'share moved',
  amounts: 'amount',
  phaseIn: 'in force',
  uncertainty: 'range',
  wage: 'Wage indexation',
  price: 'Price indexation',
  target: 'Target',
  title: 'Title',
  municipality: 'Municipality',
};

export const differences: Catalogue['differences'] = {
  ...compareValues(f),
  quoted: (name: string) => q(name),
  none: 'none',
  field: (name: string) => FIELDS[name] ?? name,
  lineKind: (kind: LineKind) => glossary.lineKindInText[kind],
  group: (name: string) => `group ${q(name)}`,
  perYear: 'a year',
  euroPerYear: (amount: number) => `${f.money(amount, { digits: 'cents' })} a year`,
  off: 'switched off',
  notSet: 'not set',

  lineSubject: (name: string) => `Line ${q(name)}`,
  measureField: (name: string, field: string) => `${q(name)}, ${field}`,

  fieldSentence: (subject: string, field: string, from: string, to: string, refLabel: string, label: string) =>
    `${subject}: ${field} ${from} in ${refLabel}, ${to} in ${label}.`,
  valueSentence: (subject: string, from: string, to: string, refLabel: string, label: string) =>
    `${subject}: ${from} in ${refLabel}, ${to} in ${label}.`,
  yearSentence: (subject: string, first: number, last: number, from: string, to: string, refLabel: string, label: string) =>
    `${subject} ${formatYearSpan(first, last)}: ${from} in ${refLabel}, ${to} in ${label}.`,
  horizonShared: (a: string, b: string, first: number, last: number, extras: string[]) =>
    `${a} and ${b} share the years ${formatYearSpan(first, last)}${extras.length ? '; ' + extras.join('; ') : ''}.`,
  horizonRunsOn: (who: string, to: number) => `${who} also runs on to ${to}`,
  horizonStartsEarlier: (who: string, from: number) => `${who} already starts in ${from}`,
  horizonDisjoint: (a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number) =>
    `${a} (${formatYearSpan(aFrom, aTo)}) and ${b} (${formatYearSpan(bFrom, bTo)}) have no year in common: there is nothing to compare per year.`,
  baseYear: (label: string, to: number, refLabel: string, from: number) =>
    `${label} starts from the amounts of ${to}, ${refLabel} from those of ${from} (base year).`,
  lineAdded: (label: string, refLabel: string, name: string, size: string) =>
    `${label} has a line that ${refLabel} does not: ${q(name)} (${size}).`,
  lineRemoved: (label: string, name: string) => `${label} has no line ${q(name)}.`,
  measureAdded: (label: string, type: string, name: string, details: string) =>
    `${label} has an extra ${type}: ${q(name)}${details ? ` (${details})` : ''}.`,
  measureRemoved: (label: string, type: string, name: string) => `${label} has no ${type} ${q(name)}.`,
  measureType: (name: string, refLabel: string, from: string, label: string, to: string) =>
    `${q(name)} is a ${from} in ${refLabel}, a ${to} in ${label}.`,
  measureRenamed: (from: string, label: string, to: string) => `Measure ${q(from)} is called ${q(to)} in ${label}.`,
  measureOff: (label: string, name: string, refLabel: string) => `${label} switches ${q(name)} off; in ${refLabel} it is on.`,
  measureOn: (label: string, name: string, refLabel: string) => `${label} switches ${q(name)} on; in ${refLabel} it is off.`,
  starts: (label: string, name: string, to: number, from: number) => `${label} starts ${q(name)} in ${to} instead of ${from}.`,
  startsNever: (label: string, name: string, from: number) =>
    `${label} does not let ${q(name)} take effect in any year; otherwise it starts in ${from}.`,
  startsOnly: (label: string, name: string, to: number, refLabel: string) =>
    `${label} starts ${q(name)} in ${to}; in ${refLabel} it takes effect in no year.`,
  targetsAdded: (label: string, name: string, list: string) => `In ${label}, ${q(name)} also applies to ${list}.`,
  targetsRemoved: (label: string, name: string, list: string) => `In ${label}, ${q(name)} does not apply to ${list}.`,
  cutForm: (name: string, refLabel: string, from: string, label: string, to: string) =>
    `${q(name)}: a cut of ${from} in ${refLabel}, of ${to} in ${label}.`,
  order: (refLabel: string, refOrder: string, label: string, order: string) =>
    `The measures are in another order (which counts in the computation): in ${refLabel} ${refOrder}; in ${label} ${order}.`,

  yearsCompared: (first: number, last: number) => `Compared: the years ${formatYearSpan(first, last)}, which every scenario has.`,
  yearsDropped: (parts: string[]) => `Not compared: ${parts.join('; ')}.`,
  yearsNoShared: 'The scenarios have no year in common: there is nothing to compare per year.',
};
