import { formatters } from '../format';

const f = formatters('nl');

const count = (n: number) => f.plural(n, { one: '1 besluit', other: `${f.number(n)} besluiten` });

/** The decision log (besluitenlijst, #22 item 3): recording a step of the history, the list, and its annex. */
export const decisions = {
  // The annex to the council proposal (shared/export/decisions.ts).
  documentKind: 'Besluitenlijst',
  annex: 'Bijlage bij het raadsvoorstel',
  title: (scenario: string) => `Besluitenlijst: ${scenario}`,
  meta: (n: number) => (n === 0 ? 'nog geen besluiten vastgelegd' : count(n)),
  heading: 'Besluiten',
  howHeading: 'Hoe leest u dit?',
  how: 'Per besluit: wat er in het scenario is gewijzigd, waarom, en wie besloot. De tijd is het moment waarop het besluit is vastgelegd. Het oudste besluit staat bovenaan.',
  columns: { number: 'Nr.', at: 'Vastgelegd', change: 'Wijziging', reason: 'Reden', by: 'Besloten door' },
  none: 'Nog geen besluiten vastgelegd.',
  missing: '–',
  sheet: 'Besluitenlijst',
  fileSuffix: 'besluitenlijst',
  // Recording a step of the history as a decision (the history bar).
  record: 'Besluit…',
  /** After a button's visible word, for a screen reader: which step or decision it is about. */
  about: (change: string) => `: ${change}`,
  formLabel: (change: string) => `Besluit over: ${change}`,
  reason: 'Reden',
  by: 'Besloten door',
  bySuggestions: { college: 'college', raad: 'raad' },
  submit: 'Vastleggen',
  cancel: 'Annuleren',
  recorded: 'vastgelegd',
  recordedStep: (change: string) => `Besluit vastgelegd: ${change}`,
  removedStep: (change: string) => `Besluit verwijderd: ${change}`,
  recordedStatus: (n: number) => `Vastgelegd in de besluitenlijst (nu ${count(n)}).`,
  // The list in the editor.
  panel: 'Besluitenlijst',
  panelSummary: (n: number) => count(n),
  empty: 'Nog geen besluiten. Leg een stap uit de geschiedenis (onderaan het scherm) vast als besluit met de knop „Besluit…”.',
  caption: 'De vastgelegde besluiten, het oudste eerst',
  remove: 'Verwijderen',
  export: 'Besluitenlijst exporteren…',
};
