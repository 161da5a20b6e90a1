// The baseline editor's words, Dutch first. Functions build history labels and sentences.
import type { Lang } from '../../../shared/scenario/problems';

const nl = {
  panel: 'Basis',
  panelIntro: 'Begroting, aannames en taakstelling: waar de maatregelen op werken.',
  openAll: 'Alles openklappen',
  closeAll: 'Alles dichtklappen',

  scenario: 'Scenario',
  title: 'Titel',
  municipality: 'Gemeente',
  author: 'Auteur',
  description: 'Toelichting',
  descriptionHint: 'Mag Markdown bevatten (**vet**, - opsommingen).',

  period: 'Periode',
  baseYear: 'Basisjaar',
  horizonFrom: 'Horizon van',
  horizonTo: 'Horizon tot en met',
  periodHint:
    'Het basisjaar is het jaar waarop de bedragen slaan. Regel: basisjaar ≤ eerste jaar ≤ laatste jaar ≤ 2100, en hoogstens 30 jaar tussen eerste en laatste jaar.',
  notAYear: (text: string) => `„${text}” is geen jaartal. Schrijf vier cijfers, bijvoorbeeld 2024.`,
  periodSummary: (base: number, from: number, to: number) => `basisjaar ${base}, horizon ${from}–${to}`,

  assumptions: 'Aannames',
  assumptionsBadge: 'geen beleidskeuze',
  assumptionsIntro:
    'Aannames over de wereld, geen keuzes van het college: ze bewegen de cijfers van basis én scenario. Beleidskeuzes staan bij de maatregelen.',
  indexation: 'Indexatie per jaar (%)',
  wageIndex: 'Loonindexatie',
  priceIndex: 'Prijsindexatie',
  indexationHint:
    'Percentage per jaar, vanaf het jaar na het basisjaar (de bedragen gelden in het basisjaar). Een leeg vak staat niet in het bestand en telt als 0% (grijs); indexatie loopt niet door naar volgende jaren. Het looncomponent en de autonome groei van elke regel staan in de tabel Begrotingsregels.',
  noIndexYears: 'Geen jaren na het basisjaar in de horizon: er valt niets te indexeren.',
  assumptionsSummary: (years: number) => (years === 0 ? 'geen indexatie' : `indexatie in ${years} ${years === 1 ? 'jaar' : 'jaren'}`),

  target: 'Taakstelling',
  targetCaption: 'Taakstelling per jaar (€), niet cumulatief',
  targetRow: 'Taakstelling',
  targetHint:
    'Bedrag per jaar. Een leeg jaar neemt het bedrag over van het laatst ingevulde jaar ervoor (grijs, cursief); vóór het eerste ingevulde jaar is er geen taakstelling.',
  targetSummaryNone: 'geen taakstelling',
  targetSummary: (years: number) => `ingevuld in ${years} ${years === 1 ? 'jaar' : 'jaren'}`,
  carriedFrom: (year: number) => `overgenomen uit ${year}`,

  lines: 'Begrotingsregels',
  linesCaption: 'Begrotingsregels',
  linesSummary: (n: number) => `${n} ${n === 1 ? 'regel' : 'regels'}`,
  colName: 'Naam',
  colKind: 'Soort',
  colCost: 'Bedrag, of aantal × prijs (€)',
  colBaseCost: (year: number) => `Kosten ${year}`,
  colGroup: 'Groep',
  colOrganisation: 'Organisatie',
  colTaakveld: 'Taakveld (Iv3)',
  colWageShare: 'Looncomp. (%)',
  colGrowth: 'Groei/jaar (%)',
  colNotes: 'Notitie',
  colActions: 'Acties',
  wageShareLong: 'Looncomponent',
  growthLong: 'Groei per jaar',
  amount: 'Bedrag',
  volume: 'Aantal cliënten',
  unitCost: 'Prijs per cliënt',
  asVolume: 'Aantal × prijs',
  asVolumeFor: (name: string) => `Aantal × prijs (${name})`,
  deleteLine: (name: string) => `Verwijder „${name}”`,
  addLine: 'Regel toevoegen',
  newLineName: 'Nieuwe regel',
  newLineLabel: 'Naam van de nieuwe regel',
  total: 'Totaal',
  unknownTaakveld: 'geen bekende Iv3-code',
  linesHint:
    'Typ in de cellen; Enter of Tab legt een cel vast. „Aantal × prijs” schakelt een regel tussen één bedrag en aantal cliënten × prijs per cliënt; de kosten blijven gelijk. Kosten in het basisjaar volgen uit de doorrekening.',

  pasteLabel: 'Plak regels uit een spreadsheet',
  pasteHint: (columns: string) =>
    `Kopieer rijen in Excel of LibreOffice en plak ze hier (of in een naamcel van de tabel). Kolommen in deze volgorde: ${columns}. Lege kolommen aan het eind mogen wegblijven; met een kopregel (Naam, Bedrag, …) mag elke volgorde. Bedragen zoals „€ 1.234,50”, of aantal × prijs zoals „120 × 9.000”; percentages als „80” of „80%”.`,
  pasteButton: 'Regels toevoegen',
  pasteColumns: ['naam', 'soort', 'bedrag (of aantal × prijs)', 'groep', 'organisatie', 'taakveld', 'looncomponent %', 'groei %', 'notitie'],
  pasted: (n: number) => `${n} ${n === 1 ? 'regel' : 'regels'} geplakt`,
  pastedNone: 'Geen regels toegevoegd.',
  pasteBadRows: (n: number) => `${n} ${n === 1 ? 'rij kon' : 'rijen konden'} niet worden gelezen en ${n === 1 ? 'is' : 'zijn'} niet toegevoegd:`,
  pasteRow: (row: number) => `Rij ${row}`,
  pasteHeaderSkipped: 'De eerste rij bevatte kolomkoppen; de kolommen zijn op hun kop gelezen.',
  pasteRefused: 'De geplakte regels zijn niet toegevoegd:',
  pasteNotes: 'Opmerkingen bij toegevoegde regels:',

  deleteRefused: (line: string, measures: string[]) =>
    measures.length === 0
      ? `„${line}” is niet verwijderd:`
      : `„${line}” is niet verwijderd: ${measures.length === 1 ? 'de maatregel' : 'de maatregelen'} ${listNl(measures.map((m) => `„${m}”`))} ${measures.length === 1 ? 'verwijst' : 'verwijzen'} ernaar. Pas ${measures.length === 1 ? 'die maatregel eerst aan, of verwijder hem' : 'die maatregelen eerst aan, of verwijder ze'}.`,
  dismiss: 'Sluiten',

  // History labels
  changed: (what: string, from: string, to: string) => `${what}: ${from} → ${to}`,
  changedOf: (what: string, name: string, from: string, to: string) => `${what} „${name}”: ${from} → ${to}`,
  empty: '(leeg)',
  added: (name: string) => `Regel „${name}” toegevoegd`,
  deleted: (name: string) => `Regel „${name}” verwijderd`,
  toVolume: (name: string) => `„${name}” als aantal × prijs`,
  toAmount: (name: string) => `„${name}” als bedrag`,
  cost: 'Kosten',
};

export type BaselineMessages = typeof nl;

function listNl(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
function listEn(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const en: BaselineMessages = {
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
      : `“${line}” was not deleted: ${measures.length === 1 ? 'the measure' : 'the measures'} ${listEn(measures.map((m) => `“${m}”`))} ${measures.length === 1 ? 'refers' : 'refer'} to it. Change ${measures.length === 1 ? 'that measure' : 'those measures'} first, or delete ${measures.length === 1 ? 'it' : 'them'}.`,
  dismiss: 'Close',

  changed: (what: string, from: string, to: string) => `${what}: ${from} → ${to}`,
  changedOf: (what: string, name: string, from: string, to: string) => `${what} “${name}”: ${from} → ${to}`,
  empty: '(empty)',
  added: (name: string) => `Line “${name}” added`,
  deleted: (name: string) => `Line “${name}” deleted`,
  toVolume: (name: string) => `“${name}” as clients × cost`,
  toAmount: (name: string) => `“${name}” as an amount`,
  cost: 'Cost',
};

export const baselineMessages: Record<Lang, BaselineMessages> = { nl, en };
