import type { LineKind } from '../../scenario/schema';
import { formatYearSpan } from '../../format/money';
import { formatters } from '../format';
import { glossary } from './glossary';
import { compareValues } from '../values';

const f = formatters('nl');

const q = (name: string) => `„${name}”`;

/** A field of a line, a measure or the assumptions, as a word in a sentence. */
const FIELDS: Record<string, string> = {
  name: 'naam',
  kind: 'soort',
  amount: 'bedrag',
  volume: 'aantal cliënten',
  unitCost: glossary.unitCost,
  group: 'groep',
  organisation: 'organisatie',
  taakveld: 'taakveld',
  wageShare: 'looncomponent',
  volumeGrowth: 'autonome groei per jaar',
  rate: 'percentage',
  cutAmount: 'bedrag per jaar',
  from: 'van regel',
  to: 'naar regel',
  ratio: 'verhouding (cliënten erbij per cliënt eraf)',
  share: 'aandeel verschoven',
  amounts: 'bedrag',
  phaseIn: 'van kracht',
  uncertainty: 'bandbreedte',
  wage: 'Loonindexatie',
  price: 'Prijsindexatie',
  target: 'Taakstelling',
  title: 'Titel',
  municipality: 'Gemeente',
};

export const differences = {
  ...compareValues(f),
  // Values in a sentence.
  quoted: (name: string) => q(name),
  none: 'geen',
  field: (name: string) => FIELDS[name] ?? name,
  lineKind: (kind: LineKind) => glossary.lineKindInText[kind],
  group: (name: string) => `groep ${q(name)}`,
  perYear: 'per jaar',
  euroPerYear: (amount: number) => `${f.money(amount, { digits: 'cents' })} per jaar`,
  off: 'uitgeschakeld',
  notSet: 'niet gezet',

  // Subjects.
  lineSubject: (name: string) => `Regel ${q(name)}`,
  measureField: (name: string, field: string) => `${q(name)}, ${field}`,

  // Sentences.
  fieldSentence: (subject: string, field: string, from: string, to: string, refLabel: string, label: string) =>
    `${subject}: ${field} ${from} in ${refLabel}, ${to} in ${label}.`,
  valueSentence: (subject: string, from: string, to: string, refLabel: string, label: string) =>
    `${subject}: ${from} in ${refLabel}, ${to} in ${label}.`,
  yearSentence: (subject: string, first: number, last: number, from: string, to: string, refLabel: string, label: string) =>
    `${subject} ${formatYearSpan(first, last)}: ${from} in ${refLabel}, ${to} in ${label}.`,
  horizonShared: (a: string, b: string, first: number, last: number, extras: string[]) =>
    `${a} en ${b} delen de jaren ${formatYearSpan(first, last)}${extras.length ? '; ' + extras.join('; ') : ''}.`,
  horizonRunsOn: (who: string, to: number) => `${who} loopt ook door tot en met ${to}`,
  horizonStartsEarlier: (who: string, from: number) => `${who} begint al in ${from}`,
  horizonDisjoint: (a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number) =>
    `${a} (${formatYearSpan(aFrom, aTo)}) en ${b} (${formatYearSpan(bFrom, bTo)}) hebben geen jaar gemeen: er valt niets per jaar te vergelijken.`,
  baseYear: (label: string, to: number, refLabel: string, from: number) =>
    `${label} gaat uit van de bedragen van ${to}, ${refLabel} van die van ${from} (basisjaar).`,
  lineAdded: (label: string, refLabel: string, name: string, size: string) =>
    `${label} heeft een regel die ${refLabel} niet heeft: ${q(name)} (${size}).`,
  lineRemoved: (label: string, name: string) => `${label} heeft geen regel ${q(name)}.`,
  measureAdded: (label: string, type: string, name: string, details: string) =>
    `${label} heeft een extra ${type}: ${q(name)}${details ? ` (${details})` : ''}.`,
  measureRemoved: (label: string, type: string, name: string) => `${label} heeft geen ${type} ${q(name)}.`,
  measureType: (name: string, refLabel: string, from: string, label: string, to: string) =>
    `${q(name)} is in ${refLabel} een ${from}, in ${label} een ${to}.`,
  measureRenamed: (from: string, label: string, to: string) => `Maatregel ${q(from)} heet in ${label} ${q(to)}.`,
  measureOff: (label: string, name: string, refLabel: string) => `${label} zet ${q(name)} uit; in ${refLabel} staat die aan.`,
  measureOn: (label: string, name: string, refLabel: string) => `${label} zet ${q(name)} aan; in ${refLabel} staat die uit.`,
  starts: (label: string, name: string, to: number, from: number) =>
    `${label} start ${q(name)} in ${to} in plaats van ${from}.`,
  startsNever: (label: string, name: string, from: number) =>
    `${label} laat ${q(name)} in geen enkel jaar ingaan; ${q(name)} start anders in ${from}.`,
  startsOnly: (label: string, name: string, to: number, refLabel: string) =>
    `${label} start ${q(name)} in ${to}; in ${refLabel} gaat die in geen enkel jaar in.`,
  targetsAdded: (label: string, name: string, list: string) => `${q(name)} treft in ${label} ook ${list}.`,
  targetsRemoved: (label: string, name: string, list: string) => `${q(name)} treft in ${label} niet ${list}.`,
  cutForm: (name: string, refLabel: string, from: string, label: string, to: string) =>
    `${q(name)}: een korting van ${from} in ${refLabel}, van ${to} in ${label}.`,
  order: (refLabel: string, refOrder: string, label: string, order: string) =>
    `De maatregelen staan in een andere volgorde (die telt mee in de berekening): in ${refLabel} ${refOrder}; in ${label} ${order}.`,

  // The note on the years compared.
  yearsCompared: (first: number, last: number) =>
    `Vergeleken worden de jaren ${formatYearSpan(first, last)}, die alle scenario’s hebben.`,
  yearsDropped: (parts: string[]) => `Niet vergeleken: ${parts.join('; ')}.`,
  yearsNoShared: 'De scenario’s hebben geen jaar gemeen: er valt niets per jaar te vergelijken.',
};
