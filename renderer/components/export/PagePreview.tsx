// What the interactive page (HTML) will hold, in the export dialog: the page itself cannot run
// here (the app's own policy allows no inline script), so the dialog says what it shows and which
// range each measure's slider gets.
import type { StrengthRange } from '../../../shared/export/interactive-page';
import { formatPercent } from '../../../shared/format/money';
import type { Catalogue } from '../../../shared/i18n/catalogues';
import { LANGUAGES, USER_LANGS, type Lang } from '../../../shared/i18n/languages';
import { list } from '../../../shared/i18n/plural';
import { catalogue } from '../../../shared/i18n/text';
import type { Scenario } from '../../../shared/scenario/schema';

export function PagePreview({ scenario, range, lang, t }: { scenario: Scenario; range: StrengthRange; lang: Lang; t: Catalogue['exportDialog'] }) {
  const words = t.interactivePage;
  const pct = (f: number) => (Number.isFinite(f) ? formatPercent(f, { lang }) : '…');
  const measures = scenario.measures ?? [];
  return (
    <div className="export-preview__page" data-testid="page-preview">
      <p>{words.previewIntro}</p>
      {measures.length === 0 ? (
        <p>{catalogue(lang).report.noMeasures}</p>
      ) : (
        <ul>
          {measures.map((m) => (
            <li key={m.id}>{words.measureRange(m.name, pct(range.min), pct(range.max))}</li>
          ))}
        </ul>
      )}
      <p>{words.previewLanguages(list(lang, USER_LANGS.map((l) => LANGUAGES[l].name)))}</p>
    </div>
  );
}
