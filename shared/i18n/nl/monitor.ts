import { formatters } from '../format';
import { glossary } from './glossary';

const f = formatters('nl');

/** The realisation monitor (#22): the view and its exports. */
export const monitor = {
  documentKind: 'Monitor realisatie bezuinigingen',
  title: (scenario: string) => `Monitor: ${scenario}`,
  meta: (last: number | null) => (last === null ? 'nog geen realisatie gerapporteerd' : `gerealiseerd gerapporteerd tot en met ${last}`),
  summaryHeading: 'Realisatie per jaar',
  measuresHeading: 'Per maatregel: gepland en gerealiseerd',
  howHeading: 'Hoe leest u dit?',
  how: 'Gepland is de besparing van de maatregel in de doorrekening. Gerealiseerd is wat er volgens de rapportage werkelijk is bespaard. Het signaal is groen bij 90 % of meer van gepland, oranje bij 50–90 %, rood onder 50 %. Een tekort van de ene maatregel wordt eerst gedekt door wat andere maatregelen méér realiseren; de rest is nog te dekken.',
  corner: 'Jaar',
  measureCorner: 'Maatregel',
  rows: {
    planned: 'Gepland (alle maatregelen)',
    riskWeighted: 'Gepland, naar risico gewogen',
    realised: 'Gerealiseerd',
    plannedReported: 'Gepland bij de maatregelen die rapporteren',
    short: 'Tekort bij maatregelen achter op schema',
    surplus: 'Meer gerealiseerd dan gepland',
    uncovered: 'Nog te dekken',
    measurePlanned: 'gepland',
    measureRealised: 'gerealiseerd',
    measureLight: 'signaal',
  },
  light: { green: 'groen', orange: 'oranje', red: 'rood' },
  lightWithShare: (light: string, share: number) => `${light} (${f.percent(share, { maxDigits: 0 })})`,
  notReported: '–',
  /** A measure's status: the glossary's words. */
  status: glossary.budget.status,
  measureLabel: (name: string, status: string, counts: boolean) => `${name} (${status}${counts ? '' : ', telt niet mee in de doorrekening'})`,
  lights: (green: number, orange: number, red: number) =>
    `Signalen: ${f.number(green)} keer groen, ${f.number(orange)} keer oranje, ${f.number(red)} keer rood.`,
  noMeasures: 'Dit scenario heeft geen maatregelen om te volgen.',
  sheet: 'Monitor',
  unitNote: 'Bedragen in euro',  /** The monitor in the editor: a panel with the same tables, the signal in colour and word. */
  view: {
    panel: 'Monitor realisatie',
    summary: (measures: number, last: number | null) =>
      `${f.plural(measures, { one: '1 maatregel', other: `${f.number(measures)} maatregelen` })} · ${last === null ? 'nog geen realisatie gerapporteerd' : `gerapporteerd tot en met ${last}`}`,
    intro: 'Gepland (uit de doorrekening) tegen gerealiseerd (zoals gerapporteerd), per jaar en per maatregel. Het signaal staat er in kleur én in woorden bij.',
    noReports: 'Nog geen maatregel meldt wat er is gerealiseerd; het signaal volgt zodra dat in een maatregel staat.',
    totalsCaption: 'Realisatie per jaar, alle maatregelen',
    measuresCaption: 'Per maatregel: gepland, gerealiseerd en het signaal',
    export: 'Monitor exporteren…',
  },
};
