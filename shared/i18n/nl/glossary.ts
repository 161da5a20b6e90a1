// The domain's words, each with one name everywhere: screen, explanations, compare sentences,
// exports and the command line take them from here (docs/glossary.md). The names of the measure
// types live with each type in measureKinds.
import type { BreakdownDimension } from '../../engine/project';
import type { LineKind, Nature, OneOffCostKind } from '../../scenario/schema';

export const glossary = {
  /** A line's kind as a label (a cell, a choice): the Wmo 2015 words. */
  lineKind: {
    subsidy: 'Subsidie',
    individual: 'Maatwerkvoorziening',
    collective: 'Algemene voorziening',
    other: 'Overig',
  } satisfies Record<LineKind, string>,
  /** The same inside a sentence. */
  lineKindInText: {
    subsidy: 'subsidie',
    individual: 'maatwerkvoorziening',
    collective: 'algemene voorziening',
    other: 'overig',
  } satisfies Record<LineKind, string>,
  /** A heading over the lines of one kind (per partner, compare). */
  lineKindHeading: {
    subsidy: 'Subsidies aan partners',
    individual: 'Maatwerkvoorzieningen',
    collective: 'Algemene voorzieningen',
    other: 'Overige kosten',
  } satisfies Record<LineKind, string>,
  /** The row of lines that have no value for a dimension, on screen and in every export. */
  none: {
    organisation: '(geen organisatie)',
    group: '(geen groep)',
    kind: '(geen soort)',
    taakveld: '(geen taakveld)',
  } satisfies Record<BreakdownDimension, string>,
  /** What a client-based line's price is called. */
  unitCost: 'prijs per cliënt',
  /** Version 2 (#20): the words of a sound budget (BBV), as a cell or inside a sentence. */
  budget: {
    nature: { structural: 'structureel', incidental: 'incidenteel' } satisfies Record<Nature, string>,
    oneOffCosts: 'eenmalige kosten',
    oneOffCostKind: {
      frictie: 'frictiekosten',
      afbouw: 'afbouwregeling',
      investering: 'investering',
      overig: 'overig',
    } satisfies Record<OneOffCostKind, string>,
    netSavings: 'netto besparing',
    paybackYear: 'terugverdienjaar',
    /** Pro memorie: known, not yet in euros. */
    pm: 'PM',
  },
};
