import { formatters } from '../format';
import { partner } from './partner';

const f = formatters('nl');

export const projection = {
  ...partner,
  tablist: 'Wat het scenario doet',
  tabs: { savings: 'Besparing', costs: 'Kosten', partners: 'Per partner', uncertainty: 'Onzekerheid' },

  // Savings chart
  savingsTitle: 'Besparing per jaar, per maatregel',
  cumulativeTitle: 'Cumulatieve besparing',
  savingsMode: 'Weergave van de besparing',
  perYear: 'Per jaar',
  cumulative: 'Cumulatief',
  legend: 'Legenda',
  legendTarget: 'Taakstelling',
  legendGap: 'Tekort tot de taakstelling',
  legendNet: 'Besparing (netto, na kosten)',
  legendCumulative: 'Cumulatieve besparing',
  otherMeasures: (count: number) => `Overige ${count} maatregelen samen`,
  otherMeasuresNote: '(de tabel noemt ze elk apart)',
  noMeasures: 'Er staan geen maatregelen aan: dit scenario bespaart niets.',
  tooltipGap: 'Tekort tot de taakstelling',
  tooltipSurplus: 'Boven de taakstelling',
  savingsSummary: (span: string, first: string, last: string) => `Besparing ${span}: van ${first} naar ${last}`,
  savingsSummaryOne: (year: string, value: string) => `Besparing ${year}: ${value}`,
  targetMetIn: (year: string) => `taakstelling gehaald in ${year}`,
  targetNotMetBecause: (detail: string) => `taakstelling niet gehaald: ${detail}`,
  measuresSummary: (count: number) => (count === 1 ? '1 maatregel' : `${count} maatregelen`),
  cumulativeSummary: (span: string, last: string) => `Cumulatieve besparing ${span}: ${last}`,
  chartTableNote: 'De tabel hieronder geeft dezelfde cijfers.',

  // Year table
  yearTableTitle: 'Besparing per jaar',
  roundingNote: 'Afgerond op hele duizenden zo dat alles optelt: besparing = som van de maatregelen, basis − scenario = besparing.',
  measureRows: 'Per maatregel',
  gridHint: 'Pijltjestoetsen: naar een andere cel. Bij elke cel staat hoe het bedrag is berekend; Esc sluit die uitleg.',
  downloadCsv: 'Download CSV',
  downloadCsvOf: (what: string) => `Download „${what}” als CSV (puntkomma-gescheiden, voor Excel)`,
  notApplicable: 'n.v.t.',
  noTargetYet: 'nog geen taakstelling',

  // Explanations
  howComputed: 'Zo is dit berekend',
  escCloses: 'Esc sluit',
  noExplanation: 'Voor dit getal is (nog) geen uitleg.',

  // Costs
  costsTitle: 'Kosten per jaar: basis en scenario',
  costsTableTitle: 'Kosten per jaar, per soort',
  baselineSeries: 'Basis (zonder maatregelen)',
  scenarioSeries: 'Scenario (met maatregelen)',
  baselineBlock: 'Basis (zonder maatregelen)',
  scenarioBlock: 'Scenario (met maatregelen)',
  baselineTotal: 'Basis totaal',
  scenarioTotal: 'Scenario totaal',
  fixedRow: 'Vaste besparingen (−) en kosten (+), niet aan een regel',
  costsSummary: (span: string, base: string, scen: string, year: string) =>
    `Kosten ${span}. In ${year}: basis ${base}, scenario ${scen}`,

  // Per partner
  partnersTitle: 'Wat het scenario per partner betekent',
  wholeHorizon: (span: string) => `${span} samen`,
  colBaseline: 'Basis',
  colScenario: 'Scenario',
  colChange: 'Verandering',
  colChangePct: 'Verandering %',
  totalRow: 'Totaal',
  costsRoundingNote: 'Afgerond op hele duizenden zo dat elke soort optelt tot het totaal erboven.',
  partnersFileName: 'per-partner',
  savingsFileName: 'besparing-per-jaar',
  costsFileName: 'kosten-per-soort',
  lines: (count: number) => (count === 1 ? '1 regel' : `${count} regels`),
  // Uncertainty: the band around the savings
  legendBand: 'Bandbreedte P10–P90 (8 van de 10 trekkingen)',
  legendMedian: 'Mediaan (P50)',
  band: {
    p10: 'P10: 9 van de 10 trekkingen besparen meer',
    p50: 'P50: de mediaan',
    p90: 'P90: 1 van de 10 trekkingen bespaart meer',
  },
  bandShort: { p10: 'P10', p50: 'P50 (mediaan)', p90: 'P90' },
  bandUpdating: 'bandbreedte wordt bijgewerkt…',
  bandComputing: 'bandbreedte wordt berekend…',
  bandNote: (draws: string, seed: number) => `Bandbreedte uit ${draws} trekkingen (seed ${seed}).`,
  bandNoteReduced: (draws: string, usual: string) =>
    `Groot scenario: ${draws} trekkingen in plaats van ${usual}, zodat de band het bewerken snel volgt.`,
  bandHow: 'Per trekking krijgt elke maatregel met een bandbreedte een factor op zijn sterkte, driehoekig verdeeld tussen laag, 1 en hoog.',
  noRangesHint: 'Geef maatregelen een bandbreedte om de onzekerheid te zien:',
  noRangesWhere: 'klap links een maatregel open (▸) en vul bij „Onzekerheid” laag en hoog in.',
  bandError: (reason: string) => `De bandbreedte kon niet worden berekend (${reason}).`,
  bandSummary: (year: string, p10: string, p90: string) => `bandbreedte ${year} van ${p10} tot ${p90}`,
  bandTableTitle: 'Bandbreedte van de besparing per jaar',
  cumulativeBandTitle: 'Bandbreedte van de cumulatieve besparing',
  bandCaption: (unit: string, draws: string, seed: number) => `${unit}. ${draws} trekkingen, seed ${seed}.`,
  deterministicRow: 'Besparing zoals ingesteld (zonder onzekerheid)',
  deterministicCumulativeRow: 'Cumulatief zoals ingesteld',
  targetChanceRow: 'Kans dat de taakstelling wordt gehaald',
  noTargetChance: 'Dit scenario heeft geen taakstelling, dus ook geen kans om die te halen.',

  // Uncertainty tab: the tornado
  tornadoTitle: (year: string) => `Welke onzekerheid de besparing ${year} het meest beweegt`,
  tornadoIntro: (savings: string, pp: string) =>
    `Elke balk: de besparing met één maatregel op zijn lage en op zijn hoge waarde, of één aanname ${pp} lager en hoger; al het andere zoals ingesteld. De verticale lijn: de besparing zoals ingesteld (${savings}).`,
  tornadoLow: 'Bij laag',
  tornadoHigh: 'Bij hoog',
  tornadoLine: 'Besparing zoals ingesteld',
  tornadoMore: (shown: number, all: number) => `De grafiek toont de ${shown} grootste van ${all}; de tabel noemt ze alle.`,
  tornadoSummary: (year: string, first: string, low: string, high: string) =>
    `Gevoeligheid van de besparing ${year}. De grootste uitslag: ${first}, van ${low} tot ${high}.`,
  tornadoTableTitle: 'Gevoeligheid, de grootste uitslag eerst',
  tornadoRanked: 'Gerangschikt naar de uitslag: het verschil tussen de besparing bij laag en bij hoog.',
  colWhat: 'Maatregel of aanname',
  colSetting: 'Laag en hoog',
  colAtLow: 'Besparing bij laag',
  colAtHigh: 'Besparing bij hoog',
  colSwing: 'Uitslag',
  kindMeasure: 'maatregel',
  kindAssumption: 'aanname',
  settingFactor: (low: string, high: string) => `sterkte × ${low} tot × ${high}`,
  settingShift: (pp: string) => `${pp} lager en hoger, elk jaar`,
  percentagePoint: (value: string) => `${value} procentpunt`,
  noMeasureRanges: 'Geen ingeschakelde maatregel heeft een bandbreedte: hieronder alleen de aannames (indexatie en groei).',
  uncertaintyComputing: 'De onzekerheid wordt berekend…',
  uex: {
    percentile: { p10: '10% van de trekkingen bespaart minder, 90% meer', p50: 'De helft van de trekkingen bespaart minder, de helft meer', p90: '90% van de trekkingen bespaart minder, 10% meer' },
    draws: (draws: string, seed: number) => `${draws} trekkingen, seed ${seed}`,
    asSet: 'Zoals ingesteld (elke factor 1)',
    targetMet: (met: string, draws: string) => `In ${met} van de ${draws} trekkingen is de besparing minstens de taakstelling`,
    target: 'Taakstelling',
    tornadoAt: (end: string, setting: string) => `${end}: ${setting}`,
    swingIs: 'Uitslag = |besparing bij hoog − besparing bij laag|',
    difference: 'Verschil met zoals ingesteld',
  },
  // Explanations: the engine (shared/engine/explain.ts) writes the steps; these words frame them

  ex: {
    otherLines: (count: number) => `${count === 1 ? '1 andere regel' : `${count} andere regels`} samen`,
    skipped: (count: number) => `… ${count} tussenliggende stappen …`,
    fixedInScenario: 'In het scenario telt dit als kosten (+) of besparing (−)',
    thousands: (exact: string) => `In de tabel afgerond op hele duizenden (exact ${exact}), zo dat de kolom optelt.`,
    horizonSum: (span: string) => `Opgeteld over ${span}`,
    changeIs: 'Verandering = scenario − basis',
    changePctIs: 'Verandering % = verandering ÷ basis',
    noBaseline: 'De basis is 0: een percentage bestaat hier niet',
    totalOf: 'Gelijk aan het totaal in de jaartabel',
  },

  // What a caption or an axis title says of the amounts (use-amounts)
  unitTextEuro: 'Bedragen in euro',
  unitTextThousand: (unitLabel: string) => `Bedragen ${unitLabel}`,

  // Per partner, every year (#21 item 4)
  partnerYears: {
    caption: (dimension: string, span: string) => `Per ${dimension.toLowerCase()}: elk jaar van ${span}, en de jaren samen`,
    sorted: 'Gesorteerd op de verandering over alle jaren: de grootste bezuiniging eerst.',
    roundingNote: 'Afgerond op hele duizenden zo dat elk jaar optelt tot het totaal van de jaartabel; „samen” is de som van de jaren eronder.',
    corner: (dimension: string) => `${dimension} en jaar`,
    year: 'Jaar',
    ofPartner: (name: string) => `(${name})`,
    rowSub: (span: string, lines: string) => `${span} · ${lines}`,
    /** The per cent column's heading on screen; its name for a screen reader is colChangePct. */
    pctHead: '%',
  },
  /** #22: a certainty level for the band, as for the weerstandsvermogen. */
  certainty: {
    label: 'Zekerheid',
    option: (level: number) => f.percent(level, { maxDigits: 0 }),
    hint: 'de besparing die met deze zekerheid minstens wordt gehaald, zoals bij het weerstandsvermogen',
    row: (level: number) => `Met ${f.percent(level, { maxDigits: 0 })} zekerheid minstens`,
    how: (level: number) =>
      `Het ${f.percent(1 - level, { maxDigits: 0 })}-percentiel: in ${f.percent(level, { maxDigits: 0 })} van de trekkingen is de besparing minstens zo groot.`,
  },
};
