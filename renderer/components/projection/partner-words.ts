// The words of a breakdown per partner, Dutch first: the dimensions it can be grouped by, the row
// of lines without one, and the line kinds. The projection's partner table and the compare view
// group and name rows alike, so both message tables take these.
import type { BreakdownDimension } from '../../../shared/engine/project';
import type { LineKind } from '../../../shared/scenario/schema';

const nl = {
  groupBy: 'Indelen per',
  period: 'Periode',
  dimensions: {
    organisation: 'Organisatie',
    group: 'Groep',
    kind: 'Soort',
    taakveld: 'Taakveld (Iv3)',
  } satisfies Record<BreakdownDimension, string>,
  none: {
    organisation: '(geen organisatie)',
    group: '(geen groep)',
    kind: '(geen soort)',
    taakveld: '(geen taakveld)',
  } satisfies Record<BreakdownDimension, string>,
  kinds: {
    subsidy: 'Subsidies aan partners',
    individual: 'Individuele voorzieningen (maatwerk)',
    collective: 'Collectieve voorzieningen',
    other: 'Overige kosten',
  } satisfies Record<LineKind, string>,
};

const en: typeof nl = {
  groupBy: 'Group by',
  period: 'Period',
  dimensions: {
    organisation: 'Organisation',
    group: 'Group',
    kind: 'Kind',
    taakveld: 'Task field (Iv3)',
  },
  none: {
    organisation: '(no organisation)',
    group: '(no group)',
    kind: '(no kind)',
    taakveld: '(no task field)',
  },
  kinds: {
    subsidy: 'Subsidies to partners',
    individual: 'Individual provisions',
    collective: 'Collective provisions',
    other: 'Other costs',
  },
};

export const partnerWords = { nl, en };
