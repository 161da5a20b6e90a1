// The renderer's words in Dutch (default) and English. Keys are grouped by screen.
import type { Lang } from '../../shared/scenario/problems';

const nl = {
  appName: 'Vitale Coalitie Scenarioplanner',
  language: 'Taal',
  loading: 'Scenario laden…',
  noScenario: 'Geen scenario geopend.',
  savingsChart: 'Besparing per jaar',
  savingsChartAlt: 'Besparing per jaar per maatregel, met de taakstelling als lijn.',
  year: 'Jaar',
  savings: 'Besparing',
  target: 'Taakstelling',
  savingsIn: (year: number) => `Besparing ${year}`,
  cumulative: (from: number, to: number) => `Cumulatief ${from}–${to}`,
  targetIn: (year: number) => `Taakstelling ${year}`,
  targetMet: 'gehaald',
  targetNotMet: 'niet gehaald',
  noTarget: 'geen taakstelling',
  openFailed: (name: string) => `„${name}” kon niet worden geopend`,
  close: 'Sluiten',
  unitEuro: 'Bedragen in euro',
  unitThousand: 'Bedragen × € 1.000',
};

export type Messages = typeof nl;

const en: Messages = {
  appName: 'Vitale Coalitie Scenario Planner',
  language: 'Language',
  loading: 'Loading scenario…',
  noScenario: 'No scenario open.',
  savingsChart: 'Savings per year',
  savingsChartAlt: 'Savings per year per measure, with the savings target as a line.',
  year: 'Year',
  savings: 'Savings',
  target: 'Target',
  savingsIn: (year: number) => `Savings ${year}`,
  cumulative: (from: number, to: number) => `Cumulative ${from}–${to}`,
  targetIn: (year: number) => `Target ${year}`,
  targetMet: 'met',
  targetNotMet: 'not met',
  noTarget: 'no target',
  openFailed: (name: string) => `“${name}” could not be opened`,
  close: 'Close',
  unitEuro: 'Amounts in euros',
  unitThousand: 'Amounts × €1,000',
};

export const messages: Record<Lang, Messages> = { nl, en };
