import type { Catalogue } from '../catalogues';

export const glossary: Catalogue['glossary'] = {
  lineKind: {
    subsidy: 'Subsidy',
    individual: 'Individual provision',
    collective: 'Collective provision',
    other: 'Other',
  },
  lineKindInText: {
    subsidy: 'subsidy',
    individual: 'individual provision',
    collective: 'collective provision',
    other: 'other',
  },
  lineKindHeading: {
    subsidy: 'Subsidies to partners',
    individual: 'Individual provisions',
    collective: 'Collective provisions',
    other: 'Other costs',
  },
  none: {
    organisation: '(no organisation)',
    group: '(no group)',
    kind: '(no kind)',
    taakveld: '(no taakveld)',
  },
  unitCost: 'cost per client',
  budget: {
    nature: { structural: 'Structural', incidental: 'Incidental' },
    natureInText: { structural: 'structural', incidental: 'incidental' },
    oneOffCostKind: {
      frictie: 'Frictional costs',
      afbouw: 'Phase-out payment',
      investering: 'Investment',
      overig: 'Other',
    },
    oneOffCostKindInText: {
      frictie: 'frictional costs',
      afbouw: 'phase-out payment',
      investering: 'investment',
      overig: 'other',
    },
    status: {
      voorstel: 'Proposed',
      besloten: 'Decided',
      'in uitvoering': 'In progress',
      gerealiseerd: 'Realised',
      vervallen: 'Dropped',
    },
    statusInText: {
      voorstel: 'proposed',
      besloten: 'decided',
      'in uitvoering': 'in progress',
      gerealiseerd: 'realised',
      vervallen: 'dropped',
    },
    oneOffCosts: 'One-off costs',
    net: 'Net savings',
    netCumulative: 'Net cumulative',
    pm: 'PM',
    notYetInEuros: 'Not yet in euros',
  },
};
