// Version 2 on screen (#20 items 4 and 6, with the measure fields of #22): structural or
// incidental savings, one-off costs, the net saving and the year it pays back, the structural
// check of the target, the status, chance and realisation of a measure, and what is not yet in
// euros (PM). The domain's words themselves live in the glossary (glossary.budget).
import { glossary } from './glossary';

const g = glossary.budget;
const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
/** The glossary's words as labels: each with a capital. */
const labels = <K extends string>(words: Record<K, string>) =>
  Object.fromEntries(Object.entries<string>(words).map(([key, word]) => [key, cap(word)])) as Record<K, string>;

export const budget = {
  /** The part "Begroting en besluit" of a measure's form. */
  editor: {
    heading: 'Begroting en besluit',
    nature: 'Aard van de besparing',
    natureDefault: (word: string) => `${word} (standaard)`,
    natureHint:
      'Alleen een structurele besparing telt mee voor het structureel evenwicht van de begroting (BBV). Standaard is een vast bedrag dat niet doorloopt incidenteel, elke andere maatregel structureel.',
    natureWord: 'aard',
    status: 'Status',
    statusWord: 'status',
    probability: 'Kans op realisatie',
    probabilityWord: 'kans',
    probabilityHint: 'Leeg: 100%.',
    pm: 'PM (bedrag nog onbekend)',
    pmHint: `Een PM-maatregel telt als 0 en staat onder „${cap(g.notYetInEuros)}”.`,
    pmOn: (name: string) => `${name}: PM (bedrag nog onbekend)`,
    pmOff: (name: string) => `${name}: niet langer PM`,
    oneOffCosts: cap(g.oneOffCosts),
    oneOffCostsHint: 'Kosten die de maatregel eenmalig meebrengt. Alleen ingevulde jaren tellen; invoering en onzekerheid veranderen ze niet.',
    noOneOffCosts: 'Geen eenmalige kosten.',
    addCost: '+ Eenmalige kosten',
    /** The legend of one entry: "1. Investering". */
    cost: (n: number, kind: string) => `${n}. ${kind}`,
    costKind: 'Soort kosten',
    costAmounts: 'Bedragen per jaar (€)',
    /** Before a year in a cell's accessible name: "eenmalige kosten 1 2024". */
    costWord: (n: number) => `eenmalige kosten ${n}`,
    costKindWord: (n: number) => `soort eenmalige kosten ${n}`,
    costNotes: 'Toelichting',
    removeCost: (n: number, name: string) => `Eenmalige kosten ${n} van ${name} verwijderen`,
    costAdded: (name: string, kind: string) => `${name}: eenmalige kosten (${kind}) toegevoegd`,
    costRemoved: (name: string, kind: string) => `${name}: eenmalige kosten (${kind}) verwijderd`,
    costRemovedAnnounce: (kind: string) => `Eenmalige kosten (${kind}) verwijderd. Ongedaan maken met Ctrl+Z.`,
    costNotesChanged: (name: string, n: number) => `${name}: toelichting bij eenmalige kosten ${n} gewijzigd`,
    realised: 'Gerealiseerde besparing per jaar (€)',
    realisedWord: 'gerealiseerd',
    realisedHint: 'Wat de maatregel werkelijk opleverde, uit de voortgangsrapportage. Alleen ingevulde jaren tellen.',
  },
  /** Beside a measure in the editor: scenarioWarnings (shared/engine/warnings.ts). */
  warnings: {
    of: (name: string) => `Waarschuwingen bij ${name}`,
    label: 'Let op:',
  },
  headline: {
    netCumulative: (from: number, to: number) => `${cap(g.netSavings)} cumulatief ${from}–${to}`,
    paybackIn: (year: number) => `terugverdiend in ${year}`,
    notPaidBack: (year: number) => `eind ${year} nog niet terugverdiend`,
    /** Paid back once, below zero again by the horizon's end (later one-off costs). */
    paybackLost: (year: number, end: number) => `in ${year} terugverdiend, eind ${end} weer negatief`,
    structuralOf: (amount: string) => `waarvan structureel ${amount}`,
    structuralMet: 'ook structureel gehaald',
    structuralFrom: (year: number, detail: string) => `structureel pas vanaf ${year} (${detail})`,
    structuralShort: (detail: string) => `structureel niet gehaald (${detail})`,
    /** #22: planned, risk-weighted and realised side by side. */
    riskWeighted: (amount: string) => `naar risico gewogen ${amount}`,
    realisedIn: (year: number, realised: string, planned: string) => `gerealiseerd in ${year}: ${realised} van ${planned}`,
  },
  /** The rows the year table gains. */
  rows: {
    structural: 'Structurele besparing',
    incidental: 'Incidentele besparing',
    oneOffCosts: cap(g.oneOffCosts),
    net: `${cap(g.netSavings)} (na eenmalige kosten)`,
    netCumulative: `${cap(g.netSavings)} cumulatief`,
    structuralGap: 'Structureel tekort (+) / overschot (−)',
  },
  chart: {
    incidentalName: (name: string) => `${name} (incidenteel)`,
    legendIncidental: 'Gearceerd: incidentele besparing',
    legendOneOffCosts: `${cap(g.oneOffCosts)} (onder de nullijn)`,
    legendNetCumulative: `${cap(g.netSavings)} cumulatief (na eenmalige kosten)`,
    summaryNet: (first: string, last: string) => `na eenmalige kosten netto van ${first} naar ${last}`,
    summaryPayback: (year: number) => `terugverdiend in ${year}`,
  },
  /** How a figure of the new rows came about. */
  ex: {
    structuralIs: 'Structureel = de som van de structurele maatregelen',
    incidentalIs: 'Incidenteel = besparing − structureel',
    oneOffCostsIs: 'Eenmalige kosten = per maatregel opgeteld en afgerond, dan samen',
    netIs: 'Netto = besparing − eenmalige kosten',
    netCumulativeIs: (from: number) => `Netto besparing opgeteld vanaf ${from}`,
    structuralGapIs: 'Structureel tekort = taakstelling − structurele besparing',
    noMeasures: 'Geen maatregel',
  },
  /** PM lines and measures: known, their amount not yet. */
  pm: {
    title: cap(g.notYetInEuros),
    intro: 'Bekend, maar het bedrag is nog niet bekend (PM). Ze tellen als 0 in de cijfers hierboven.',
    line: (name: string) => `${name} (begrotingsregel)`,
    measure: (name: string) => `${name} (maatregel)`,
  },
  compare: {
    title: 'Structureel, eenmalige kosten en netto per jaar',
    caption: 'Per scenario de structurele besparing, de eenmalige kosten en de netto besparing (besparing − eenmalige kosten)',
    structuralOf: (label: string) => `Structureel ${label}`,
    costsOf: (label: string) => `Eenmalige kosten ${label}`,
    netOf: (label: string) => `Netto ${label}`,
    payback: 'Terugverdiend in',
    paybackNotNeeded: 'n.v.t.',
    notPaidBack: 'niet binnen de jaren',
  },
  /** The uncertainty tab: the band of the net savings. */
  band: {
    title: 'Bandbreedte van de netto besparing (na eenmalige kosten)',
    asSet: 'Netto besparing zoals ingesteld',
    note: 'De eenmalige kosten zijn niet onzeker: de netto band is de band van de besparing min de eenmalige kosten van elk jaar.',
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
