import type { Catalogue } from '../catalogues';
import { formatters } from '../format';
import { glossary } from './glossary';

const f = formatters('en');

export const monitor: Catalogue['monitor'] = {
  documentKind: 'Savings realisation monitor',
  title: (scenario) => `Monitor: ${scenario}`,
  meta: (last) => (last === null ? 'no realisation reported yet' : `realisation reported up to and including ${last}`),
  summaryHeading: 'Realisation per year',
  measuresHeading: 'Per measure: planned and realised',
  howHeading: 'How to read this',
  how: 'Planned is the measure’s saving in the projection. Realised is what the report says was actually saved. The signal is green at 90 % of planned or more, orange at 50–90 %, red below 50 %. One measure’s shortfall is covered first by what other measures realise beyond plan; the rest is still to be covered.',
  corner: 'Year',
  measureCorner: 'Measure',
  rows: {
    planned: 'Planned (all measures)',
    riskWeighted: 'Planned, risk-weighted',
    realised: 'Realised',
    plannedReported: 'Planned for the measures that report',
    short: 'Shortfall of measures behind plan',
    surplus: 'Realised beyond plan',
    uncovered: 'Still to be covered',
    measurePlanned: 'planned',
    measureRealised: 'realised',
    measureLight: 'signal',
  },
  light: { green: 'green', orange: 'orange', red: 'red' },
  lightWithShare: (light, share) => `${light} (${f.percent(share, { maxDigits: 0 })})`,
  notReported: '–',
  status: glossary.budget.status,
  measureLabel: (name, status, counts) => `${name} (${status}${counts ? '' : ', not counted in the projection'})`,
  lights: (green, orange, red) => `Signals: ${f.number(green)} green, ${f.number(orange)} orange, ${f.number(red)} red.`,
  noMeasures: 'This scenario has no measures to follow.',
  sheet: 'Monitor',
  unitNote: 'Amounts in euros',  view: {
    panel: 'Realisation monitor',
    summary: (measures, last) =>
      `${f.plural(measures, { one: '1 measure', other: `${f.number(measures)} measures` })} · ${last === null ? 'no realisation reported yet' : `reported up to and including ${last}`}`,
    intro: 'Planned (from the projection) against realised (as reported), per year and per measure. The signal is shown in colour and in words.',
    noReports: 'No measure reports what was realised yet; the signal follows as soon as a measure holds it.',
    totalsCaption: 'Realisation per year, all measures',
    measuresCaption: 'Per measure: planned, realised and the signal',
    export: 'Export monitor…',
  },
};
