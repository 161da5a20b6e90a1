import type { Catalogue } from '../catalogues';
import { formatters } from '../format';

const f = formatters('en');

const count = (n: number) => f.plural(n, { one: '1 decision', other: `${f.number(n)} decisions` });

export const decisions: Catalogue['decisions'] = {
  documentKind: 'Decision log',
  annex: 'Annex to the council proposal',
  title: (scenario) => `Decision log: ${scenario}`,
  meta: (n) => (n === 0 ? 'no decisions recorded yet' : count(n)),
  heading: 'Decisions',
  howHeading: 'How to read this',
  how: 'Per decision: what was changed in the scenario, why, and who decided. The time is when the decision was recorded. The oldest decision comes first.',
  columns: { number: 'No.', at: 'Recorded', change: 'Change', reason: 'Reason', by: 'Decided by' },
  none: 'No decisions recorded yet.',
  missing: '–',
  sheet: 'Decision log',
  fileSuffix: 'decision log',
  record: 'Decision…',
  about: (change) => `: ${change}`,
  formLabel: (change) => `Decision on: ${change}`,
  reason: 'Reason',
  by: 'Decided by',
  bySuggestions: { college: 'executive', raad: 'council' },
  submit: 'Record',
  cancel: 'Cancel',
  recorded: 'recorded',
  recordedStep: (change) => `Decision recorded: ${change}`,
  removedStep: (change) => `Decision removed: ${change}`,
  recordedStatus: (n) => `Recorded in the decision log (now ${count(n)}).`,
  panel: 'Decision log',
  panelSummary: (n) => count(n),
  empty: 'No decisions yet. Record a step of the history (at the bottom of the screen) as a decision with the “Decision…” button.',
  caption: 'The recorded decisions, oldest first',
  remove: 'Remove',
  export: 'Export decision log…',
};
