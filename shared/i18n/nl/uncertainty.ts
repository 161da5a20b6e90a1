export const uncertainty = {
  /** The rows of the tornado: a measure by its name, an assumption by its own. */
  measure: (name: string) => name,
  assumption: {
    wage: 'Loonindexatie',
    price: 'Prijsindexatie',
    growth: 'Autonome groei',
  },
};
