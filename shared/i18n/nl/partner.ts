import type { BreakdownDimension } from '../../engine/project';
import { glossary } from './glossary';

export const partner = {
  groupBy: 'Indelen per',
  dimensions: {
    organisation: 'Organisatie',
    group: 'Groep',
    kind: 'Soort',
    taakveld: 'Taakveld (Iv3)',
  } satisfies Record<BreakdownDimension, string>,
  none: glossary.none,
  kinds: glossary.lineKindHeading,
  // Per partner, every year (#21 item 4): show every partner, or one.
  partnerFilter: {
    label: 'Toon',
    all: {
      organisation: 'Alle organisaties',
      group: 'Alle groepen',
      kind: 'Alle soorten',
      taakveld: 'Alle taakvelden',
    } satisfies Record<BreakdownDimension, string>,
  },
};
