// The domain's words, each with one name everywhere: screen, explanations, compare sentences,
// exports and the command line take them from here (docs/glossary.md). The names of the measure
// types live with each type in measureKinds.
import type { BreakdownDimension } from '../../engine/project';
import type { LineKind, MeasureStatus, Nature, OneOffCostKind } from '../../scenario/schema';

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
  /** Version 2 (#20, #22): a budget's words for a measure — its nature, its one-off costs, its status. */
  budget: {
    /** Whether a saving may count against a structural target (BBV: structureel en reëel evenwicht). */
    nature: { structural: 'Structureel', incidental: 'Incidenteel' } satisfies Record<Nature, string>,
    natureInText: { structural: 'structureel', incidental: 'incidenteel' } satisfies Record<Nature, string>,
    /** The kinds of a measure's one-off costs. */
    oneOffCostKind: {
      frictie: 'Frictiekosten',
      afbouw: 'Afbouwregeling',
      investering: 'Investering',
      overig: 'Overig',
    } satisfies Record<OneOffCostKind, string>,
    oneOffCostKindInText: {
      frictie: 'frictiekosten',
      afbouw: 'afbouwregeling',
      investering: 'investering',
      overig: 'overig',
    } satisfies Record<OneOffCostKind, string>,
    status: {
      voorstel: 'Voorstel',
      besloten: 'Besloten',
      'in uitvoering': 'In uitvoering',
      gerealiseerd: 'Gerealiseerd',
      vervallen: 'Vervallen',
    } satisfies Record<MeasureStatus, string>,
    statusInText: {
      voorstel: 'voorstel',
      besloten: 'besloten',
      'in uitvoering': 'in uitvoering',
      gerealiseerd: 'gerealiseerd',
      vervallen: 'vervallen',
    } satisfies Record<MeasureStatus, string>,
    oneOffCosts: 'Eenmalige kosten',
    net: 'Netto besparing',
    netCumulative: 'Netto cumulatief',
    /** Pro memorie: known, its amount not yet. */
    pm: 'PM',
    notYetInEuros: 'Nog niet in euro’s',
  },
};
