// The letter to one partner (#21 item 3): what a scenario means for that partner, per year and
// from when, with its notice period and any phase-out payment; `vcp letter` and the app's
// letter dialog.
import { formatters } from '../format';

const f = formatters('nl');
const q = (name: string) => `„${name}”`;

export const letter = {
  /** The file's name without its extension. */
  fileBase: (organisation: string) => `Brief ${organisation}`,
  sender: (municipality: string | null) => (municipality ? `Gemeente ${municipality}` : 'Gemeente'),
  attention: (contact: string) => `t.a.v. ${contact}`,
  date: 'Datum',
  subject: 'Onderwerp',
  subjectText: (scenario: string) => `Wat scenario ${q(scenario)} betekent voor uw organisatie`,
  salutation: 'Geachte heer, mevrouw,',
  intro: (scenario: string, decision: string) =>
    `Met deze brief laten wij u weten wat het scenario ${q(scenario)} betekent voor uw organisatie: per jaar, en vanaf wanneer. Het is een scenario en nog geen besluit; het besluit is voorzien op ${f.date(decision)}.`,
  measuresIntro: (count: number) =>
    f.plural(count, { one: 'Deze maatregel uit het scenario raakt uw organisatie:', other: 'Deze # maatregelen uit het scenario raken uw organisatie:' }),
  noMeasures: 'Geen maatregel uit het scenario raakt uw organisatie.',
  measure: (name: string, description: string) => `${name}: ${description}`,
  pm: (name: string) => `${name}: PM, de omvang is nog niet bekend`,

  tableCaption: 'Uw budget per jaar',
  year: 'Jaar',
  before: 'Zonder maatregelen',
  after: 'Met maatregelen',
  cut: 'Korting',
  cutShare: 'Korting (%)',
  total: 'Totaal',
  noShare: '–',

  pmLines: (names: string[]) =>
    `Nog niet in euro’s (PM): ${f.list(names.map(q))}. ${f.plural(names.length, { one: 'Dit bedrag is', other: 'Deze bedragen zijn' })} nog niet bekend en ${f.plural(names.length, { one: 'telt', other: 'tellen' })} hierboven als ${f.money(0)}.`,
  from: (year: number) => `De korting gaat in op 1 januari ${year}.`,
  noCut: 'Dit scenario verandert uw budget niet.',
  more: 'In dit scenario ontvangt uw organisatie niet minder dan zonder maatregelen.',

  noticeLong: (since: number, months: number, decision: string, earliest: number) =>
    `Uw organisatie ontvangt sinds ${since} subsidie. Bij een subsidie van drie jaar of langer hoort een redelijke opzegtermijn (artikel 4:51 van de Algemene wet bestuursrecht). De gemeente houdt voor u een opzegtermijn aan van ${f.plural(months, { one: '# maand', other: '# maanden' })}: met een besluit op ${f.date(decision)} kan een korting op zijn vroegst ingaan op 1 januari ${earliest}.`,
  noticePlain: (months: number) =>
    `De gemeente houdt voor uw organisatie een opzegtermijn aan van ${f.plural(months, { one: '# maand', other: '# maanden' })}.`,
  early: (first: number, earliest: number) =>
    `Let op: in dit scenario gaat de korting al in ${first} in, vóór het einde van de opzegtermijn op 1 januari ${earliest}.`,
  afbouw: (items: string[]) => `In het scenario is een afbouwregeling opgenomen: ${f.list(items)}.`,
  afbouwItem: (amount: number, year: number) => `${f.money(amount)} in ${year}`,
  questions: 'Hebt u vragen over deze brief? Neem dan contact met ons op.',
  closing: 'Met vriendelijke groet,',
  madeWith: (scenario: string) => `Gemaakt met de Vitale Coalitie Scenarioplanner uit scenario ${q(scenario)}. Bedragen in hele euro’s.`,

  /** `vcp letter`. */
  commandLine: {
    usage: 'letter BESTAND (--organisation NAAM | --all) --format pdf|md|docx --out PAD',
    summary: 'een brief per partner: wat het scenario voor die partner betekent',
    help: [
      'Schrijft een brief van één pagina aan een partner: de maatregelen die de partner raken, het',
      'budget per jaar zonder en met maatregelen, de korting in euro’s en procent, vanaf wanneer,',
      'de opzegtermijn, een afbouwregeling en de contactpersoon. De bedragen zijn die van de',
      'doorrekening per organisatie.',
      '',
      '  --organisation NAAM     de partner (zoals in de lijst van partners of bij de regels)',
      '  --all                   een brief per partner, elk een eigen bestand in de map --out',
      '  --format pdf|md|docx    PDF (met de Chromium van deze machine), Markdown of Word',
      '  --out PAD               het bestand, of met --all de map (wordt zo nodig gemaakt);',
      '                          zonder --out gaat Markdown naar de standaarduitvoer',
      '  --date JJJJ-MM-DD       de datum van de brief (standaard vandaag)',
    ].join('\n'),
    organisationOrAll: 'geef --organisation NAAM of --all',
    notBoth: '--organisation en --all gaan niet samen',
    unknown: (name: string, known: string[], closest: string | null) =>
      `Geen partner ${q(name)} in dit scenario.${closest ? ` Bedoelde u ${q(closest)}?` : ''} Partners: ${known.length === 0 ? '(geen)' : f.list(known.map(q))}.`,
    none: 'Dit scenario noemt geen partners: geef regels een organisatie, of maak een lijst van partners.',
    noChromium: (looked: string) => `Voor PDF is Chromium nodig; niet gevonden (gezocht: ${looked}). Kies --format md of docx.`,
  },

  /** The letter from the app. */
  dialog: {
    title: (organisation: string) => `Brief aan ${q(organisation)}`,
    format: 'Bestandsvorm',
    formats: { pdf: 'PDF', md: 'Markdown', docx: 'Word (.docx)' },
    language: 'Taal',
    fileName: 'Bestandsnaam',
    preview: 'Voorbeeld van de brief',
    cancel: 'Annuleren',
    save: 'Opslaan',
    saving: 'Bezig…',
    close: 'Sluiten',
    saved: (name: string) => `Opgeslagen: ${name}`,
    printed: (name: string) => `Het afdrukvenster is geopend: kies daar „Opslaan als PDF” om ${name} te bewaren.`,
    failed: (reason: string) => `Niet gelukt: ${reason}`,
    pdfUnavailable: 'PDF kan hier niet worden gemaakt; kies Markdown of Word.',
  },
};
