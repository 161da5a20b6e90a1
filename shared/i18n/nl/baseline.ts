import { formatters } from '../format';

const f = formatters('nl');

export const baseline = {
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
    `Kopieer rijen in Excel of LibreOffice en plak ze hier (of in een naamcel van de tabel). Kolommen in deze volgorde: ${columns}. Lege kolommen aan het eind mogen wegblijven; met een kopregel (Naam, Bedrag, …) mag elke volgorde. Bedragen zoals „€\u00a01.234,50”, of aantal × prijs zoals „120 × 9.000”; percentages als „80” of „80%”.`,
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
      : `„${line}” is niet verwijderd: ${measures.length === 1 ? 'de maatregel' : 'de maatregelen'} ${f.list(measures.map((m) => `„${m}”`))} ${measures.length === 1 ? 'verwijst' : 'verwijzen'} ernaar. Pas ${measures.length === 1 ? 'die maatregel eerst aan, of verwijder hem' : 'die maatregelen eerst aan, of verwijder ze'}.`,
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

  lineNameLabel: (column: string, position: number) => `${column}, regel ${position}`,
  /** A line's multi-year estimate (format version 2). */
  estimate: {
    open: (oneOff: boolean, years: number) => (oneOff ? 'Eenmalig…' : `Meerjarenraming (${f.plural(years, { one: '# jaar', other: '# jaren' })})…`),
    openFor: (name: string, oneOff: boolean) => `${oneOff ? 'Eenmalig bedrag' : 'Meerjarenraming'} van ${name}`,
    legend: (name: string, oneOff: boolean) => `${oneOff ? 'Eenmalig bedrag' : 'Meerjarenraming'} van ${name}, per jaar`,
    hint: 'Bedragen in prijzen van het basisjaar; de indexatie komt erbij. Een leeg jaar krijgt het bedrag van het jaar ervoor (grijs); vóór het eerste jaar is de regel 0.',
    hintOneOff: 'Een eenmalige regel telt alleen in het jaar dat er staat; in elk ander jaar is hij 0.',
    word: 'bedrag',
    changed: (name: string, year: number) => `Meerjarenraming van ${name}: ${year}`,
  },
};
