import type { Catalogue } from '../catalogues';
import { glossary } from './glossary';

const g = glossary.budget;
const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
/** The glossary's words as labels: each with a capital. */
const labels = <K extends string>(words: Record<K, string>) =>
  Object.fromEntries(Object.entries<string>(words).map(([key, word]) => [key, cap(word)])) as Record<K, string>;

export const budget: Catalogue['budget'] = {
  editor: {
    heading: 'Budget and decision',
    nature: 'Nature of the saving',
    natureDefault: (word: string) => `${word} (default)`,
    natureHint:
      'Only a structural saving counts towards the structural balance of the budget (BBV). By default a fixed amount that does not continue is incidental, every other measure structural.',
    natureWord: 'nature',
    status: 'Status',
    statusWord: 'status',
    probability: 'Chance of realisation',
    probabilityWord: 'chance',
    probabilityHint: 'Empty: 100%.',
    pm: 'PM (amount not yet known)',
    pmHint: `A PM measure counts as 0 and is listed under “${cap(g.notYetInEuros)}”.`,
    pmOn: (name: string) => `${name}: PM (amount not yet known)`,
    pmOff: (name: string) => `${name}: no longer PM`,
    oneOffCosts: cap(g.oneOffCosts),
    oneOffCostsHint: 'Costs the measure brings once. Only the years filled in count; phase-in and uncertainty do not change them.',
    noOneOffCosts: 'No one-off costs.',
    addCost: '+ One-off costs',
    cost: (n: number, kind: string) => `${n}. ${kind}`,
    costKind: 'Kind of cost',
    costAmounts: 'Amounts per year (€)',
    costWord: (n: number) => `one-off costs ${n}`,
    costKindWord: (n: number) => `kind of one-off costs ${n}`,
    costNotes: 'Notes',
    removeCost: (n: number, name: string) => `Remove one-off costs ${n} of ${name}`,
    costAdded: (name: string, kind: string) => `${name}: one-off costs (${kind}) added`,
    costRemoved: (name: string, kind: string) => `${name}: one-off costs (${kind}) removed`,
    costRemovedAnnounce: (kind: string) => `One-off costs (${kind}) removed. Undo with Ctrl+Z.`,
    costNotesChanged: (name: string, n: number) => `${name}: notes on one-off costs ${n} changed`,
    realised: 'Realised savings per year (€)',
    realisedWord: 'realised',
    realisedHint: 'What the measure actually saved, from the progress report. Only the years filled in count.',
  },
  warnings: {
    of: (name: string) => `Warnings for ${name}`,
    label: 'Note:',
  },
  headline: {
    netCumulative: (from: number, to: number) => `${cap(g.netSavings)} cumulative ${from}–${to}`,
    paybackIn: (year: number) => `paid back in ${year}`,
    notPaidBack: (year: number) => `not yet paid back by the end of ${year}`,
    paybackLost: (year: number, end: number) => `paid back in ${year}, below zero again by the end of ${end}`,
    structuralOf: (amount: string) => `of which structural ${amount}`,
    structuralMet: 'structurally met too',
    structuralFrom: (year: number, detail: string) => `structurally only from ${year} (${detail})`,
    structuralShort: (detail: string) => `not met structurally (${detail})`,
    riskWeighted: (amount: string) => `risk-weighted ${amount}`,
    realisedIn: (year: number, realised: string, planned: string) => `realised in ${year}: ${realised} of ${planned}`,
  },
  rows: {
    structural: 'Structural savings',
    incidental: 'Incidental savings',
    oneOffCosts: cap(g.oneOffCosts),
    net: `${cap(g.netSavings)} (after one-off costs)`,
    netCumulative: `${cap(g.netSavings)} cumulative`,
    structuralGap: 'Structural shortfall (+) / surplus (−)',
  },
  chart: {
    incidentalName: (name: string) => `${name} (incidental)`,
    legendIncidental: 'Hatched: incidental savings',
    legendOneOffCosts: `${cap(g.oneOffCosts)} (below the zero line)`,
    legendNetCumulative: `${cap(g.netSavings)} cumulative (after one-off costs)`,
    summaryNet: (first: string, last: string) => `after one-off costs net from ${first} to ${last}`,
    summaryPayback: (year: number) => `paid back in ${year}`,
  },
  ex: {
    structuralIs: 'Structural = the sum of the structural measures',
    incidentalIs: 'Incidental = savings − structural',
    oneOffCostsIs: 'One-off costs = added up and rounded per measure, then together',
    netIs: 'Net = savings − one-off costs',
    netCumulativeIs: (from: number) => `Net savings added up from ${from}`,
    structuralGapIs: 'Structural shortfall = target − structural savings',
    noMeasures: 'No measure',
  },
  pm: {
    title: cap(g.notYetInEuros),
    intro: 'Known, but the amount is not yet known (PM). They count as 0 in the figures above.',
    line: (name: string) => `${name} (budget line)`,
    measure: (name: string) => `${name} (measure)`,
  },
  compare: {
    title: 'Structural, one-off costs and net per year',
    caption: 'Per scenario the structural savings, the one-off costs and the net savings (savings − one-off costs)',
    structuralOf: (label: string) => `Structural ${label}`,
    costsOf: (label: string) => `One-off costs ${label}`,
    netOf: (label: string) => `Net ${label}`,
    payback: 'Paid back in',
    paybackNotNeeded: 'n/a',
    notPaidBack: 'not within the years',
  },
  band: {
    title: 'Range of the net savings (after one-off costs)',
    asSet: 'Net savings as set',
    note: 'The one-off costs are not uncertain: the net band is the band of the savings minus each year’s one-off costs.',
  },
  /** The glossary's words as labels (a select's options, a legend, a row). */
  labels: {
    nature: labels(g.nature),
    oneOffCostKind: labels(g.oneOffCostKind),
    status: labels(g.status),
    oneOffCosts: cap(g.oneOffCosts),
    netSavings: cap(g.netSavings),
  },
};
