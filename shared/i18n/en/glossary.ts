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
    nature: { structural: 'structural', incidental: 'incidental' },
    oneOffCosts: 'one-off costs',
    oneOffCostKind: {
      frictie: 'frictional costs',
      afbouw: 'phase-out payment',
      investering: 'investment',
      overig: 'other',
    },
    netSavings: 'net savings',
    paybackYear: 'payback year',
    pm: 'PM',
  },
};
