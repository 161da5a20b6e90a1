// The partners in the editor (#21): the list of partner organisations and the decision date in
// the baseline, the notice-period check beside a measure with its two fixes, and the lines that
// are not yet in euros (PM).
import { formatters } from '../format';

const f = formatters('nl');
const q = (name: string) => `„${name}”`;

export const organisations = {
  section: 'Partners',
  summary: (count: number, decision: string) => `${f.plural(count, { one: '# partner', other: '# partners' })} · besluit ${f.date(decision)}`,
  summaryNone: (decision: string) => `nog geen lijst · besluit ${f.date(decision)}`,
  intro:
    'De partnerorganisaties achter de regels. Met een lijst kiest elke regel zijn organisatie uit de lijst, en controleert de app bij elke korting de opzegtermijn van een partner die drie jaar of langer subsidie ontvangt (Awb 4:51).',

  decisionDate: 'Datum van het besluit',
  decisionHintDefault: (fallback: string) =>
    `Wanneer de raad over het scenario besluit; nu de standaard, 1 juli van het basisjaar (${f.date(fallback)}). Hieruit volgt wanneer een korting op zijn vroegst mag ingaan.`,
  decisionHintSet: (fallback: string) =>
    `Wanneer de raad over het scenario besluit. Maak het veld leeg voor de standaard, 1 juli van het basisjaar (${f.date(fallback)}). Hieruit volgt wanneer een korting op zijn vroegst mag ingaan.`,
  notADate: (value: string) => `${q(value)} is geen datum. Kies een datum, bijvoorbeeld 1-7-2024.`,

  noList: 'Dit scenario heeft nog geen lijst van partners: de organisatie van een regel is vrije tekst.',
  fromLines: 'Partners uit regels overnemen',
  fromLinesHint: (names: string[]) =>
    names.length === 0
      ? 'Geen regel noemt een organisatie: vul eerst de kolom Organisatie bij de begrotingsregels, of voeg hieronder een partner toe.'
      : `Maakt de lijst van ${f.plural(names.length, { one: 'de organisatie', other: 'de # organisaties' })} die de regels al noemen: ${f.list(names.map(q))}.`,

  caption: 'Partners',
  colName: 'Naam',
  colSince: 'Subsidie sinds',
  colNotice: 'Opzegtermijn (maanden)',
  colEarliest: 'Korting op zijn vroegst',
  colContact: 'Contactpersoon',
  colNotes: 'Notitie',
  colActions: 'Acties',
  cell: (what: string, name: string) => `${what}, ${name}`,
  earliest: (year: number) => `1 januari ${year}`,
  notLongStanding: 'geen termijn',
  earliestHint:
    'Korting op zijn vroegst: voor een partner met drie jaar of langer subsidie de eerste 1 januari na het besluit plus de opzegtermijn (standaard 12 maanden). Een partner zonder jaar bij „Subsidie sinds” krijgt geen termijn.',

  newName: 'Naam van de nieuwe partner',
  add: 'Partner toevoegen',
  newPartner: 'Nieuwe partner',
  remove: (name: string) => `Verwijder ${q(name)}`,
  removeRefused: (name: string, lines: string[]) =>
    `${q(name)} is niet verwijderd: ${f.plural(lines.length, { one: 'de regel', other: 'de regels' })} ${f.list(lines.map(q))} ${f.plural(lines.length, { one: 'noemt', other: 'noemen' })} deze partner. Kies bij ${f.plural(lines.length, { one: 'die regel', other: 'die regels' })} eerst een andere organisatie.`,
  dismiss: 'Sluiten',
  letter: 'Brief…',
  letterFor: (name: string) => `Brief aan ${q(name)}`,

  // History labels
  created: (count: number) => `Partners uit regels overgenomen (${f.plural(count, { one: '# partner', other: '# partners' })})`,
  added: (name: string) => `Partner ${q(name)} toegevoegd`,
  removed: (name: string) => `Partner ${q(name)} verwijderd`,
  renamed: (from: string, to: string) => `Partner ${q(from)} heet nu ${q(to)}`,
  changed: (what: string, name: string, from: string, to: string) => `${what} ${q(name)}: ${from} → ${to}`,
  decisionChanged: (from: string, to: string) => `Datum van het besluit: ${f.date(from)} → ${f.date(to)}`,
  lineOrganisation: (line: string, from: string, to: string) => `Organisatie ${q(line)}: ${from} → ${to}`,
  empty: '(leeg)',

  /** The notice-period check beside a measure (the warning itself: scenario.warnings). */
  notice: {
    warning: 'Waarschuwing',
    startIn: (year: number) => `Laat ingaan op 1 januari ${year}`,
    addAfbouw: 'Afbouwregeling toevoegen',
    afbouwWhat: (amounts: string) => `Voegt een afbouwregeling toe van ${amounts}: wat de partner in die jaren door de maatregel misloopt.`,
    afbouwListed: (amounts: string) => `Afbouwregeling in het scenario: ${amounts}.`,
    amountIn: (amount: number, year: number) => `${f.money(amount, { digits: 'cents' })} in ${year}`,
    amounts: (items: string[]) => f.list(items),
    afbouwNote: (partners: string[], year: number) =>
      `Afbouwregeling voor ${f.list(partners.map(q))}: de opzegtermijn loopt tot 1 januari ${year}.`,
    startedLabel: (measure: string, year: number) => `${q(measure)} gaat in op 1 januari ${year}`,
    afbouwLabel: (measure: string, amounts: string) => `Afbouwregeling bij ${q(measure)}: ${amounts}`,
    started: (year: number) => `De maatregel gaat nu in op 1 januari ${year}; de waarschuwing is weg.`,
    afbouwAdded: (amounts: string) => `Afbouwregeling toegevoegd: ${amounts}.`,
  },

  /** Lines that are pro memorie: known, not yet in euros. */
  pm: {
    toggle: 'PM',
    toggleFor: (line: string) => `PM, bedrag nog niet bekend (${line})`,
    cost: 'PM',
    onLabel: (line: string) => `${q(line)} als PM`,
    offLabel: (line: string) => `${q(line)} weer met een bedrag`,
    heading: 'Nog niet in euro’s',
    intro: (count: number) =>
      `${f.plural(count, { one: 'Deze regel is', other: 'Deze # regels zijn' })} PM (pro memorie): bekend, maar nog zonder bedrag. ${f.plural(count, { one: 'Hij telt', other: 'Ze tellen' })} als ${f.money(0)} tot er een bedrag is.`,
  },
};
