import type { Catalogue } from '../catalogues';
import type { BreakdownDimension } from '../../engine/project';
import type { LineKind } from '../../scenario/schema';
import { formatters } from '../format';

const f = formatters('en');

export const partner: Catalogue['partner'] = {
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
