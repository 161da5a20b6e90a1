import type { BreakdownDimension } from '../../engine/project';
import type { LineKind } from '../../scenario/schema';
import { formatters } from '../format';

const f = formatters('nl');

export const partner = {
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
