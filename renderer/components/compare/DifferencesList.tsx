// "Wat verschilt": per scenario against the reference, the differences as plain sentences
// (from shared/compare, in the ui language), grouped so the room sees at once whether the
// assumptions moved the numbers or the policy choices did: years and assumptions (horizon, base
// year, indexation, target), budget lines, measures, then title and municipality.
import { memo } from 'react';
import type { Comparison, Difference, DifferenceKind } from '../../../shared/compare/types';
import type { Lang } from '../../../shared/scenario/problems';
import type { Catalogue } from '../../../shared/i18n/catalogues';
import { render } from '../../../shared/i18n/text';

type Group = keyof Catalogue['compare']['groups'];

const GROUP_OF: Record<DifferenceKind, Group> = {
  horizon: 'assumptions',
  baseYear: 'assumptions',
  indexation: 'assumptions',
  target: 'assumptions',
  line: 'lines',
  measure: 'measures',
  title: 'other',
  municipality: 'other',
};
const GROUPS: readonly Group[] = ['assumptions', 'lines', 'measures', 'other'];

interface Props {
  comparison: Comparison;
  lang: Lang;
  refLabel: string;
  t: Catalogue['compare'];
}

export const DifferencesList = memo(function DifferencesList({ comparison, lang, refLabel, t }: Props) {
  const others = comparison.scenarios.filter((s) => s.index !== comparison.reference);
  return (
    <section className="compare-section compare-differences" aria-labelledby="compare-differences-title" data-testid="compare-differences">
      <h3 id="compare-differences-title">{t.differencesTitle}</h3>
      {others.map((s) => {
        const own = comparison.differences.filter((d) => d.scenario === s.index);
        const headingId = `compare-differences-${s.index}`;
        return (
          <section key={s.index} aria-labelledby={headingId} className="compare-differences__scenario">
            <h4 id={headingId}>
              {t.differencesOf(s.label, refLabel)}
              <span className="compare-differences__names">
                {' '}
                ({s.name} · {comparison.scenarios[comparison.reference]?.name})
              </span>
            </h4>
            {own.length === 0 ? (
              <p>{t.noDifferences}</p>
            ) : (
              GROUPS.map((group) => {
                const items = own.filter((d) => GROUP_OF[d.kind] === group);
                if (items.length === 0) return null;
                return (
                  <div key={group} className="compare-differences__group">
                    <h5>{t.groups[group]}</h5>
                    <ul>
                      {items.map((d, i) => (
                        <li key={i} data-kind={d.kind} data-path={d.path}>
                          {sentence(d, lang)}
                        </li>
                      ))}
                    </ul>
                  </div>
                );
              })
            )}
          </section>
        );
      })}
    </section>
  );
});

const sentence = (d: Difference, lang: Lang) => render(lang, d.text);
