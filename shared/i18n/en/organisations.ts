import type { Catalogue } from '../catalogues';
import { formatters } from '../format';

const f = formatters('en');
const q = (name: string) => `"${name}"`;

export const organisations: Catalogue['organisations'] = {
  section: 'Partners',
  summary: (count: number, decision: string) => `${f.plural(count, { one: '# partner', other: '# partners' })} · decision ${f.date(decision)}`,
  summaryNone: (decision: string) => `no list yet · decision ${f.date(decision)}`,
  intro:
    'The partner organisations behind the lines. With a list, each line picks its organisation from it, and the app checks every cut against the notice period of a partner subsidised for three years or more (Awb 4:51).',

  decisionDate: 'Date of the decision',
  decisionHintDefault: (fallback: string) =>
    `When the council decides on the scenario; now the default, 1 July of the base year (${f.date(fallback)}). It sets the earliest date a cut may take effect.`,
  decisionHintSet: (fallback: string) =>
    `When the council decides on the scenario. Empty the field for the default, 1 July of the base year (${f.date(fallback)}). It sets the earliest date a cut may take effect.`,
  notADate: (value: string) => `${q(value)} is not a date. Choose a date, for example 01/07/2024.`,

  noList: 'This scenario has no list of partners yet: a line’s organisation is free text.',
  fromLines: 'Take partners from the lines',
  fromLinesHint: (names: string[]) =>
    names.length === 0
      ? 'No line names an organisation: fill in the Organisation column of the budget lines first, or add a partner below.'
      : `Makes the list from ${f.plural(names.length, { one: 'the organisation', other: 'the # organisations' })} the lines already name: ${f.list(names.map(q))}.`,

  caption: 'Partners',
  colName: 'Name',
  colSince: 'Subsidised since',
  colNotice: 'Notice period (months)',
  colEarliest: 'Earliest cut',
  colContact: 'Contact',
  colNotes: 'Notes',
  colActions: 'Actions',
  cell: (what: string, name: string) => `${what}, ${name}`,
  earliest: (year: number) => `1 January ${year}`,
  notLongStanding: 'no notice period',
  earliestHint:
    'Earliest cut: for a partner subsidised for three years or more, the first 1 January after the decision plus the notice period (12 months by default). A partner without a year under "Subsidised since" has no notice period.',

  newName: 'Name of the new partner',
  add: 'Add partner',
  newPartner: 'New partner',
  remove: (name: string) => `Remove ${q(name)}`,
  removeRefused: (name: string, lines: string[]) =>
    `${q(name)} was not removed: ${f.plural(lines.length, { one: 'the line', other: 'the lines' })} ${f.list(lines.map(q))} ${f.plural(lines.length, { one: 'names', other: 'name' })} this partner. Choose another organisation for ${f.plural(lines.length, { one: 'that line', other: 'those lines' })} first.`,
  dismiss: 'Close',
  letter: 'Letter…',
  letterFor: (name: string) => `Letter to ${q(name)}`,

  created: (count: number) => `Partners taken from the lines (${f.plural(count, { one: '# partner', other: '# partners' })})`,
  added: (name: string) => `Partner ${q(name)} added`,
  removed: (name: string) => `Partner ${q(name)} removed`,
  renamed: (from: string, to: string) => `Partner ${q(from)} renamed ${q(to)}`,
  changed: (what: string, name: string, from: string, to: string) => `${what} ${q(name)}: ${from} → ${to}`,
  decisionChanged: (from: string, to: string) => `Date of the decision: ${f.date(from)} → ${f.date(to)}`,
  lineOrganisation: (line: string, from: string, to: string) => `Organisation ${q(line)}: ${from} → ${to}`,
  empty: '(empty)',

  notice: {
    warning: 'Warning',
    startIn: (year: number) => `Start on 1 January ${year}`,
    addAfbouw: 'Add a phase-out payment',
    afbouwWhat: (amounts: string) => `Adds a phase-out payment (afbouw) of ${amounts}: what the partner misses in those years because of the measure.`,
    afbouwListed: (amounts: string) => `Phase-out payment in the scenario: ${amounts}.`,
    amountIn: (amount: number, year: number) => `${f.money(amount, { digits: 'cents' })} in ${year}`,
    amounts: (items: string[]) => f.list(items),
    afbouwNote: (partners: string[], year: number) => `Phase-out payment for ${f.list(partners.map(q))}: the notice period runs until 1 January ${year}.`,
    startedLabel: (measure: string, year: number) => `${q(measure)} starts on 1 January ${year}`,
    afbouwLabel: (measure: string, amounts: string) => `Phase-out payment for ${q(measure)}: ${amounts}`,
    started: (year: number) => `The measure now starts on 1 January ${year}; the warning is gone.`,
    afbouwAdded: (amounts: string) => `Phase-out payment added: ${amounts}.`,
  },

  pm: {
    toggle: 'PM',
    toggleFor: (line: string) => `PM, amount not yet known (${line})`,
    cost: 'PM',
    onLabel: (line: string) => `${q(line)} as PM`,
    offLabel: (line: string) => `${q(line)} with an amount again`,
    heading: 'Not yet in euros',
    intro: (count: number) =>
      `${f.plural(count, { one: 'This line is', other: 'These # lines are' })} PM (pro memorie): known, but without an amount yet. ${f.plural(count, { one: 'It counts', other: 'They count' })} as ${f.money(0)} until there is one.`,
  },
};
