import type { Catalogue } from '../catalogues';
import { formatters } from '../format';

const f = formatters('en');

export const baseline: Catalogue['baseline'] = {
  panel: 'Baseline',
  panelIntro: 'Budget, assumptions and savings target: what the measures work on.',
  openAll: 'Expand all',
  closeAll: 'Collapse all',

  scenario: 'Scenario',
  title: 'Title',
  municipality: 'Municipality',
  author: 'Author',
  description: 'Description',
  descriptionHint: 'May hold Markdown (**bold**, - lists).',

  period: 'Period',
  baseYear: 'Base year',
  horizonFrom: 'Horizon from',
  horizonTo: 'Horizon to (inclusive)',
  periodHint:
    'The base year is the year the amounts describe. Rule: base year ≤ first year ≤ last year ≤ 2100, with at most 30 years between first and last.',
  notAYear: (text: string) => `"${text}" is not a year. Write four digits, for example 2024.`,
  periodSummary: (base: number, from: number, to: number) => `base year ${base}, horizon ${from}–${to}`,

  assumptions: 'Assumptions',
  assumptionsBadge: 'not a policy choice',
  assumptionsIntro:
    'Assumptions about the world, not choices of the council: they move the figures of both baseline and scenario. Policy choices are the measures.',
  indexation: 'Indexation per year (%)',
  wageIndex: 'Wage indexation',
  priceIndex: 'Price indexation',
  indexationHint:
    'Per cent per year, from the year after the base year (the amounts are those of the base year). An empty cell is not in the file and counts as 0% (grey); indexation does not carry over to later years. Each line’s wage share and autonomous growth are in the Budget lines table.',
  noIndexYears: 'No years after the base year in the horizon: nothing to index.',
  assumptionsSummary: (years: number) => (years === 0 ? 'no indexation' : `indexation in ${years} ${years === 1 ? 'year' : 'years'}`),

  target: 'Savings target',
  targetCaption: 'Savings target per year (€), not cumulative',
  targetRow: 'Savings target',
  targetHint:
    'Amount per year. An empty year takes the amount of the latest filled-in year before it (grey, italic); before the first filled-in year there is no target.',
  targetSummaryNone: 'no target',
  targetSummary: (years: number) => `filled in for ${years} ${years === 1 ? 'year' : 'years'}`,
  carriedFrom: (year: number) => `carried over from ${year}`,

  lines: 'Budget lines',
  linesCaption: 'Budget lines',
  linesSummary: (n: number) => `${n} ${n === 1 ? 'line' : 'lines'}`,
  colName: 'Name',
  colKind: 'Kind',
  colCost: 'Amount, or clients × cost (€)',
  colBaseCost: (year: number) => `Cost ${year}`,
  colGroup: 'Group',
  colOrganisation: 'Organisation',
  colTaakveld: 'Taakveld (Iv3)',
  colWageShare: 'Wage share (%)',
  colGrowth: 'Growth/yr (%)',
  colNotes: 'Notes',
  colActions: 'Actions',
  wageShareLong: 'Wage share',
  growthLong: 'Growth per year',
  amount: 'Amount',
  volume: 'Number of clients',
  unitCost: 'Cost per client',
  asVolume: 'Clients × cost',
  asVolumeFor: (name: string) => `Clients × cost (${name})`,
  deleteLine: (name: string) => `Delete “${name}”`,
  addLine: 'Add line',
  newLineName: 'New line',
  newLineLabel: 'Name of the new line',
  total: 'Total',
  unknownTaakveld: 'not a known Iv3 code',
  linesHint:
    'Type in the cells; Enter or Tab fixes a cell. “Clients × cost” switches a line between one amount and clients × cost per client; the cost stays the same. The cost in the base year comes from the projection.',

  pasteLabel: 'Paste rows from a spreadsheet',
  pasteHint: (columns: string) =>
    `Copy rows in Excel or LibreOffice and paste them here (or into a name cell of the table). Columns in this order: ${columns}. Empty columns at the end may be left out; with a heading row (Name, Amount, …) any order will do. Amounts such as “€1,234.50”, or clients × cost such as “120 × 9,000”; percentages as “80” or “80%”.`,
  pasteButton: 'Add rows',
  pasteColumns: ['name', 'kind', 'amount (or clients × cost)', 'group', 'organisation', 'taakveld', 'wage share %', 'growth %', 'notes'],
  pasted: (n: number) => `${n} ${n === 1 ? 'line' : 'lines'} pasted`,
  pastedNone: 'No lines added.',
  pasteBadRows: (n: number) => `${n} ${n === 1 ? 'row' : 'rows'} could not be read and ${n === 1 ? 'was' : 'were'} not added:`,
  pasteRow: (row: number) => `Row ${row}`,
  pasteHeaderSkipped: 'The first row held column headings; the columns were read by their headings.',
  pasteRefused: 'The pasted lines were not added:',
  pasteNotes: 'Remarks on lines added:',

  deleteRefused: (line: string, measures: string[]) =>
    measures.length === 0
      ? `“${line}” was not deleted:`
      : `“${line}” was not deleted: ${measures.length === 1 ? 'the measure' : 'the measures'} ${f.list(measures.map((m) => `“${m}”`))} ${measures.length === 1 ? 'refers' : 'refer'} to it. Change ${measures.length === 1 ? 'that measure' : 'those measures'} first, or delete ${measures.length === 1 ? 'it' : 'them'}.`,
  dismiss: 'Close',

  changed: (what: string, from: string, to: string) => `${what}: ${from} → ${to}`,
  changedOf: (what: string, name: string, from: string, to: string) => `${what} “${name}”: ${from} → ${to}`,
  empty: '(empty)',
  added: (name: string) => `Line “${name}” added`,
  deleted: (name: string) => `Line “${name}” deleted`,
  toVolume: (name: string) => `“${name}” as clients × cost`,
  toAmount: (name: string) => `“${name}” as an amount`,
  cost: 'Cost',

  lineNameLabel: (column: string, position: number) => `${column}, line ${position}`,
  estimate: {
    open: (oneOff, years) => (oneOff ? 'One-off…' : `Multi-year estimate (${f.plural(years, { one: '# year', other: '# years' })})…`),
    openFor: (name, oneOff) => `${oneOff ? 'One-off amount' : 'Multi-year estimate'} of ${name}`,
    legend: (name, oneOff) => `${oneOff ? 'One-off amount' : 'Multi-year estimate'} of ${name}, per year`,
    hint: 'Amounts in base-year prices; indexation is added. An empty year takes the amount of the year before (grey); before the first year the line is 0.',
    hintOneOff: 'A one-off line counts only in the year it lists; in every other year it is 0.',
    word: 'amount',
    changed: (name, year) => `Multi-year estimate of ${name}: ${year}`,
  },
};
