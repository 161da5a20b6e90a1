import type { Catalogue } from '../catalogues';
import { formatters } from '../format';

const f = formatters('en');

export const interactivePage: Catalogue['interactivePage'] = {
  kicker: 'Interactive scenario',
  intro:
    'Switch measures on or off and move their strength. The savings, the target and the effect per organisation follow at once, computed as the Scenario Planner computes them. The file itself does not change.',
  language: 'Language',
  skipToResults: 'Skip to the outcome',
  measures: 'Measures',
  reset: 'Back to the scenario as saved',
  unchanged: 'Everything is as saved.',
  changed: (count) => f.plural(count, { one: '# measure changed.', other: '# measures changed.' }),
  strength: 'Strength',
  strengthValue: (percent) => `${f.percent(percent / 100)} of the plan`,
  strengthFixed: (percent) => `Strength fixed: ${f.percent(percent / 100)} of the plan`,
  off: 'Switched off: does not count.',
  effectIn: (year, amount) => `Savings ${year}: ${amount}`,
  results: 'Outcome',
  perYear: 'Savings per year and target',
  status: (savings, check) => `${savings}. ${check}.`,
  madeOn: (date) => `Made on ${date}`,
  noScript:
    'This page computes with JavaScript, which is switched off here (a preview in an e-mail program does not run it). Save the file and open it in a browser, such as Edge, Chrome, Firefox or Safari.',
  broken: (reason) => `This page cannot read its data: ${reason}`,
  rangeBounds: (max) => `A slider runs from 0% to at most ${f.percent(max)} of the plan, the lower bound first.`,
  rangeHoldsOne: 'A slider must include 100% of the plan: the scenario as saved.',
};
