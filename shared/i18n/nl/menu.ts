import { formatYearSpan } from '../../format/money';
import { formatters } from '../format';
import { glossary } from './glossary';

const f = formatters('nl');

/** The choice menu (keuzemenu, #22 item 2): the measures as cards for the council meeting. */
export const menu = {
  open: 'Keuzemenu',
  label: 'Keuzemenu',
  intro: 'Kies de maatregelen: zet ze aan of uit en maak ze sterker of zwakker.',
  leave: 'Terug naar de editor',
  cardsHeading: 'Maatregelen',
  resultHeading: 'Besparing per jaar',
  include: 'Meenemen',
  /** After the switch's visible word, for a screen reader: which measure. */
  about: (name: string) => `: ${name}`,
  chosen: { on: 'gekozen', off: 'niet gekozen' },
  weaker: (name: string) => `Zwakker: ${name}`,
  stronger: (name: string) => `Sterker: ${name}`,
  strength: 'Sterkte',
  ownStep: 'zoals in het scenario',
  pm: 'PM: nog niet in euro’s',
  figureYear: (amount: number, year: number) => `${f.money(amount)} in ${year}`,
  figureHorizon: (amount: number, from: number, to: number) => `${f.money(amount)} in ${formatYearSpan(from, to)} samen`,
  figureNone: 'telt niet mee',
  nature: { structural: 'structureel', incidental: 'incidenteel' },
  structuralHeading: 'Structureel',
  legend: { structural: 'structureel', incidental: 'incidenteel', target: 'taakstelling' },
  barsCaption: 'Besparing per jaar tegen de taakstelling, het structurele deel apart',
  columns: { year: 'Jaar', bar: 'Besparing en taakstelling', figures: 'Bedragen' },
  savingsOf: (savings: number, target: number | null) => (target === null ? f.money(savings) : `${f.money(savings)} van ${f.money(target)}`),
  structuralPart: (amount: number) => `waarvan structureel ${f.money(amount)}`,
  yearMet: 'gehaald',
  yearShort: (gap: number) => `tekort ${f.money(gap)}`,
  yearNoTarget: 'geen taakstelling',
  changed: (n: number) => (n === 0 ? 'Alles zoals in het scenario' : f.plural(n, { one: '1 maatregel anders dan in het scenario', other: `${f.number(n)} maatregelen anders dan in het scenario` })),
  reset: 'Zoals in het scenario',
  saveVariant: 'Opslaan als variant',
  saved: (title: string) => `Opgeslagen als variant „${title}”, in een nieuw tabblad.`,
  partners: {
    open: 'Gevolgen per partner',
    title: (year: number) => `Gevolgen per partner in ${year}`,
    year: 'Jaar',
    caption: 'Per partner: het budget zonder de maatregelen, met deze keuze, en het verschil',
    partner: 'Partner',
    baseline: 'Zonder maatregelen',
    scenario: 'Met deze keuze',
    change: 'Verschil',
    changePct: 'Verschil in %',
    horizon: (from: number, to: number) => `Verschil ${formatYearSpan(from, to)} samen`,
    noOrganisation: glossary.none.organisation,
    fixed: 'Vaste bedragen (geen partner)',
    total: 'Totaal',
    close: 'Sluiten',
  },
  variant: {
    /** After the scenario's title: " — keuze: A, B (15%)". */
    marker: (list: string) => ` — keuze: ${list}`,
    item: (name: string, strength: string) => `${name} (${strength})`,
    more: (n: number) => ` en nog ${f.number(n)}`,
    count: (n: number) => f.plural(n, { one: '1 maatregel', other: `${f.number(n)} maatregelen` }),
    nothing: 'geen maatregelen',
  },
};
