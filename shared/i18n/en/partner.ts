import type { Catalogue } from '../catalogues';
import { glossary } from './glossary';

export const partner: Catalogue['partner'] = {
  groupBy: 'Group by',
  period: 'Period',
  dimensions: {
    organisation: 'Organisation',
    group: 'Group',
    kind: 'Kind',
    taakveld: 'Taakveld (Iv3)',
  },
  none: glossary.none,
  kinds: glossary.lineKindHeading,
};
