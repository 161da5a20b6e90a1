import { formatters } from '../format';

const f = formatters('nl');
/** Phase-in values as written in the phase-in warning: "25% / 60% / 100%". */
const shares = (values: number[]) => values.map((v) => f.percent(v)).join(' / ');

export const measures = {
  heading: 'Maatregelen',
  orderNote: 'De volgorde telt: elke maatregel werkt op wat de maatregelen erboven overlaten.',
  empty: 'Nog geen maatregelen. Voeg er hieronder een toe.',
  on: 'Aan',
  off: 'Uit',
  switchedOn: (name: string) => `${name} aangezet`,
  switchedOff: (name: string) => `${name} uitgezet`,
  details: (name: string) => `Details van ${name}`,
  moveUp: (name: string) => `${name} omhoog`,
  moveDown: (name: string) => `${name} omlaag`,
  remove: (name: string) => `${name} verwijderen`,
  movedLabel: (name: string, up: boolean) => `${name} ${up ? 'omhoog' : 'omlaag'} verplaatst`,
  movedAnnounce: (name: string, position: number, count: number) => `${name} staat nu op plaats ${position} van ${count}.`,
  removedLabel: (name: string) => `Maatregel ${name} verwijderd`,
  removedAnnounce: (name: string) => `${name} is verwijderd. Ongedaan maken met Ctrl+Z.`,
  addedLabel: (name: string) => `Maatregel ${name} toegevoegd`,
  addedAnnounce: (name: string) => `${name} is toegevoegd.`,
  reorderHint: 'Alt+pijl omhoog of omlaag verplaatst de maatregel waarin u staat.',
  // strength
  rate: 'Percentage',
  change: (name: string, from: string, to: string) => `${name} ${from} → ${to}`,
  changeOf: (name: string, what: string, from: string, to: string) => `${name}: ${what} ${from} → ${to}`,
  notSet: 'leeg',
  // year cells
  phaseIn: 'Invoering',
  phaseInHint: 'Per jaar hoeveel van de maatregel geldt. Een leeg jaar neemt de waarde van het laatst ingevulde jaar ervoor over (grijs); vóór het eerste ingevulde jaar is het 0%. Alles leeg: volledig van kracht.',
  share: 'Aandeel per jaar',
  shareHint: 'Het deel van de cliënten dat overgaat. Een leeg jaar neemt de waarde van het laatst ingevulde jaar ervoor over (grijs).',
  amounts: 'Bedragen per jaar',
  amountsHintListed: 'Alleen ingevulde jaren tellen (positief bespaart, negatief kost).',
  amountsHintContinues: 'Een leeg jaar neemt het bedrag van het laatst ingevulde jaar ervoor over (grijs).',
  cellLabel: (what: string, year: number) => `${what} ${year}`,
  cellEffective: (value: string) => `niet ingevuld, geldt ${value}`,
  phaseInWord: 'invoering',
  shareWord: 'aandeel',
  amountWord: 'bedrag',
  // form
  name: 'Naam',
  notes: 'Toelichting',
  renamed: (from: string, to: string) => `Maatregel „${from}” heet nu „${to}”`,
  notesChanged: (name: string) => `${name}: toelichting gewijzigd`,
  targets: 'Waarop',
  targetsVolumeOnly: 'Alleen regels met aantallen (volume × prijs per cliënt) kunnen worden gekozen.',
  groups: 'Groepen',
  lines: 'Regels',
  noGroups: 'Geen groepen met alleen volumeregels.',
  filterLines: 'Regels zoeken',
  viaGroup: (group: string) => `via groep ${group}`,
  targetAdded: (name: string, target: string) => `${name}: ${target} toegevoegd`,
  targetRemoved: (name: string, target: string) => `${name}: ${target} weggehaald`,
  uncertainty: 'Onzekerheid',
  uncertaintyHint: 'Hoe sterk de maatregel kan uitvallen, als deel van de ingestelde waarde: laag 0–100%, hoog 100% of meer.',
  low: 'Laag',
  high: 'Hoog',
  noRange: 'geen bandbreedte',
  rangeChanged: (name: string, range: string) => `${name}: onzekerheid ${range}`,
  // add
  add: '+ Maatregel',
  addType: 'Soort maatregel',
  needsVolumeLine: 'vraagt een regel met aantallen',
  needsTwoVolumeLines: 'vraagt twee regels met aantallen',
  // presentation
  slidersHeading: 'Maatregelen',
  noEnabled: 'Geen maatregelen aan.',
  /** #24 item 2: what a phase-in year means, and a phase-in that looks like rates. */
  phaseInCheck: {
    /** Under a year's cell: what the measure does that year ("= 5% korting"). */
    inForce: (what: string) => `=\u00a0${what}`,
    looksLikeRates: (entered: number[], whole: string, meant: number[]) =>
      `Invoering is het deel van de maatregel dat geldt: 100% is de hele ${whole}. ${shares(entered)} lijkt op het percentage per jaar. Bedoelt u ${shares(meant)}?`,
    convert: (meant: number[]) => `Omzetten naar ${shares(meant)}`,
    /** The history step of the conversion. */
    convertedLabel: (name: string, entered: number[], meant: number[]) => `${name}: invoering ${shares(entered)} → ${shares(meant)} (deel van de maatregel)`,
    converted: (meant: number[]) => `De invoering is nu ${shares(meant)}. Ongedaan maken met Ctrl+Z.`,
  },
  /** #21 item 5: a cut's usual rates in one move. */
  standardSteps: {
    label: 'Standaardstap',
    /** The group's name for a screen reader: "Standaardstap Korting Vitale Coalitie". */
    groupLabel: (name: string) => `Standaardstap ${name}`,
  },
};
