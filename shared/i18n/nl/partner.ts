import type { BreakdownDimension } from '../../engine/project';
import { glossary } from './glossary';

export const partner = {
  groupBy: 'Indelen per',
  period: 'Periode',
  dimensions: {
    organisation: 'Organisatie',
    group: 'Groep',
    kind: 'Soort',
    taakveld: 'Taakveld (Iv3)',
  } satisfies Record<BreakdownDimension, string>,
  none: glossary.none,
  kinds: glossary.lineKindHeading,
};
