import type { Catalogue } from '../catalogues';
import { formatters } from '../format';

const f = formatters('en');
const q = (name: string) => `"${name}"`;

export const letter: Catalogue['letter'] = {
  fileBase: (organisation: string) => `Letter ${organisation}`,
  sender: (municipality: string | null) => (municipality ? `Municipality of ${municipality}` : 'Municipality'),
  attention: (contact: string) => `for the attention of ${contact}`,
  date: 'Date',
  subject: 'Subject',
  subjectText: (scenario: string) => `What scenario ${q(scenario)} means for your organisation`,
  salutation: 'Dear Sir or Madam,',
  intro: (scenario: string, decision: string) =>
    `With this letter we let you know what the scenario ${q(scenario)} means for your organisation: per year, and from when. It is a scenario, not yet a decision; the decision is expected on ${f.date(decision)}.`,
  measuresIntro: (count: number) =>
    f.plural(count, { one: 'This measure of the scenario affects your organisation:', other: 'These # measures of the scenario affect your organisation:' }),
  noMeasures: 'No measure of the scenario affects your organisation.',
  measure: (name: string, description: string) => `${name}: ${description}`,
  pm: (name: string) => `${name}: PM, its size is not yet known`,

  tableCaption: 'Your budget per year',
  year: 'Year',
  before: 'Without measures',
  after: 'With measures',
  cut: 'Cut',
  cutShare: 'Cut (%)',
  total: 'Total',
  noShare: '–',

  pmLines: (names: string[]) =>
    `Not yet in euros (PM): ${f.list(names.map(q))}. ${f.plural(names.length, { one: 'This amount is', other: 'These amounts are' })} not yet known and ${f.plural(names.length, { one: 'counts', other: 'count' })} as ${f.money(0)} above.`,
  from: (year: number) => `The cut takes effect on 1 January ${year}.`,
  noCut: 'This scenario does not change your budget.',
  more: 'In this scenario your organisation receives no less than without measures.',

  noticeLong: (since: number, months: number, decision: string, earliest: number) =>
    `Your organisation has been subsidised since ${since}. A subsidy of three years or more calls for a reasonable notice period (article 4:51 of the General Administrative Law Act, Awb). The municipality keeps a notice period of ${f.plural(months, { one: '# month', other: '# months' })} for you: with a decision on ${f.date(decision)}, a cut can take effect on 1 January ${earliest} at the earliest.`,
  noticePlain: (months: number) => `The municipality keeps a notice period of ${f.plural(months, { one: '# month', other: '# months' })} for your organisation.`,
  early: (first: number, earliest: number) =>
    `Please note: in this scenario the cut takes effect in ${first}, before the notice period ends on 1 January ${earliest}.`,
  afbouw: (items: string[]) => `The scenario includes a phase-out payment: ${f.list(items)}.`,
  afbouwItem: (amount: number, year: number) => `${f.money(amount)} in ${year}`,
  questions: 'If you have any questions about this letter, please contact us.',
  closing: 'Yours faithfully,',
  madeWith: (scenario: string) => `Made with the Vitale Coalitie Scenario Planner from scenario ${q(scenario)}. Amounts in whole euros.`,

  commandLine: {
    usage: 'letter FILE (--organisation NAME | --all) --format pdf|md|docx --out PATH',
    summary: 'a letter per partner: what the scenario means for that partner',
    help: [
      'Writes a one-page letter to a partner: the measures that affect it, its budget per year',
      'without and with measures, the cut in euros and per cent, from when, the notice period, any',
      'phase-out payment and the contact. The amounts are those of the projection per organisation.',
      '',
      '  --organisation NAME     the partner (as in the list of partners or on the lines)',
      '  --all                   a letter per partner, each a file of its own in the folder --out',
      '  --format pdf|md|docx    PDF (with this machine’s Chromium), Markdown or Word',
      '  --out PATH              the file, or with --all the folder (made when missing);',
      '                          without --out, Markdown goes to standard output',
      '  --date YYYY-MM-DD       the date of the letter (default today)',
    ].join('\n'),
    organisationOrAll: 'give --organisation NAME or --all',
    notBoth: '--organisation and --all do not go together',
    unknown: (name: string, known: string[], closest: string | null) =>
      `No partner ${q(name)} in this scenario.${closest ? ` Did you mean ${q(closest)}?` : ''} Partners: ${known.length === 0 ? '(none)' : f.list(known.map(q))}.`,
    none: 'This scenario names no partners: give lines an organisation, or make a list of partners.',
    noChromium: (looked: string) => `PDF needs Chromium; none found (looked in: ${looked}). Choose --format md or docx.`,
  },

  dialog: {
    title: (organisation: string) => `Letter to ${q(organisation)}`,
    format: 'Format',
    formats: { pdf: 'PDF', md: 'Markdown', docx: 'Word (.docx)' },
    language: 'Language',
    fileName: 'File name',
    preview: 'Preview of the letter',
    cancel: 'Cancel',
    save: 'Save',
    saving: 'Working…',
    close: 'Close',
    saved: (name: string) => `Saved: ${name}`,
    printed: (name: string) => `The print dialog is open: choose "Save as PDF" there to keep ${name}.`,
    failed: (reason: string) => `Failed: ${reason}`,
    pdfUnavailable: 'PDF cannot be made here; choose Markdown or Word.',
  },
};
