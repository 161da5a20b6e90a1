import type { Catalogue } from '../catalogues';

export const uncertainty: Catalogue['uncertainty'] = {
  measure: (name) => name,
  assumption: {
    wage: 'Wage indexation',
    price: 'Price indexation',
    growth: 'Autonomous growth',
  },
};
