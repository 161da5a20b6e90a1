import type { Catalogue } from '../catalogues';
import { glossary } from './glossary';

export const partner: Catalogue['partner'] = {
  groupBy: 'Group by',
  dimensions: {
    organisation: 'Organisation',
    group: 'Group',
    kind: 'Kind',
    taakveld: 'Taakveld (Iv3)',
  },
  none: glossary.none,
  kinds: glossary.lineKindHeading,
  partnerFilter: {
    label: 'Show',
    all: {
      organisation: 'All organisations',
      group: 'All groups',
      kind: 'All kinds',
      taakveld: 'All taakvelden',
    },
  },
};
