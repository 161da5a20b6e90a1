import { formatters } from '../format';

const f = formatters('nl');

// The words of the stand-alone interactive page (vcp export --format html, #22): one HTML file
// with the scenario's measures as switches and sliders. The page bundles both catalogues; its
// tables and figures use the words of the exported summary (report).
export const interactivePage = {
  kicker: 'Interactief scenario',
  intro:
    'Zet maatregelen aan of uit en verschuif hun sterkte. De besparing, de taakstelling en de gevolgen per organisatie rekenen meteen mee, op dezelfde manier als in de Scenarioplanner. Het bestand zelf verandert niet.',
  language: 'Taal',
  skipToResults: 'Naar de uitkomst',
  measures: 'Maatregelen',
  reset: 'Terug naar het scenario zoals opgeslagen',
  unchanged: 'Alles staat zoals opgeslagen.',
  changed: (count: number) => f.plural(count, { one: '# maatregel gewijzigd.', other: '# maatregelen gewijzigd.' }),
  /** The slider's name, before the measure's. */
  strength: 'Sterkte',
  /** The slider's value: a percentage of the measure as saved. */
  strengthValue: (percent: number) => `${f.percent(percent / 100)} van het plan`,
  /** A measure whose author fixed its strength (the range is one value). */
  strengthFixed: (percent: number) => `Sterkte vast: ${f.percent(percent / 100)} van het plan`,
  off: 'Staat uit: telt niet mee.',
  effectIn: (year: number, amount: string) => `Besparing ${year}: ${amount}`,
  results: 'Uitkomst',
  perYear: 'Besparing per jaar en taakstelling',
  /** What the status line says after a change (for screen readers). */
  status: (savings: string, check: string) => `${savings}. ${check}.`,
  madeOn: (date: string) => `Gemaakt op ${date}`,
  noScript:
    'Deze pagina rekent met JavaScript, en dat staat hier uit (een voorbeeld in een e-mailprogramma voert het niet uit). Sla het bestand op en open het in een browser, zoals Edge, Chrome, Firefox of Safari.',
  broken: (reason: string) => `Deze pagina kan haar gegevens niet lezen: ${reason}`,
  /** The author's range for the sliders (export dialog, vcp export --range), as factors of the plan. */
  rangeBounds: (max: number) => `Een schuifbalk loopt van 0% tot hoogstens ${f.percent(max)} van het plan, de ondergrens eerst.`,
  rangeHoldsOne: 'Een schuifbalk moet 100% van het plan bevatten: het scenario zoals opgeslagen.',
};
