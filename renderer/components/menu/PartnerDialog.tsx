// What the choice means per partner (#22 item 2), one click from the choice menu: for a year (the
// last by default) each organisation's budget without the measures, with this choice, and the
// difference, and the difference over the whole horizon. The figures are the projection's
// organisation breakdown (shared/menu menuPartners), the largest cut first.
import { useId, useMemo, useRef, useState } from 'react';
import { formatMoney, formatPercent } from '../../../shared/format/money';
import { menuPartners } from '../../../shared/menu/menu';
import type { Projection } from '../../../shared/engine/types';
import { useLang, useText } from '../../i18n/use-text';
import { useModalDialog } from '../dialog/use-modal-dialog';

/** Mounted with the menu, shown while `open` (closing gives the focus back to the button that opened it). */
export function PartnerDialog({ open, projection, onClose }: { open: boolean; projection: Projection; onClose(): void }) {
  const t = useText().menu.partners;
  const lang = useLang();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const years = projection.years;
  const [chosenYear, setYear] = useState(years[years.length - 1] ?? 0);
  const yi = Math.max(0, years.indexOf(chosenYear));
  // Only while open: the menu changes the projection with every choice.
  const partners = useMemo(() => (open && years.length > 0 ? menuPartners(projection, yi) : null), [open, projection, yi, years.length]);
  useModalDialog(ref, open);
  const from = years[0] ?? 0;
  const to = years[years.length - 1] ?? 0;
  const money = (v: number, sign: 'auto' | 'always' = 'auto') => formatMoney(v, { lang, sign });
  const share = (v: number | null) => (v === null ? '' : formatPercent(v, { lang, maxDigits: 1, sign: 'always' }));

  return (
    <dialog ref={ref} className="menu-partners" aria-labelledby={`${id}-title`} onClose={onClose} onCancel={onClose}>
      {partners ? (
        <>
          <div className="menu-partners__head">
            <h2 id={`${id}-title`}>{t.title(partners.year)}</h2>
            <label className="menu-partners__year">
              <span>{t.year}</span>
              <select value={partners.year} onChange={(e) => setYear(Number(e.target.value))}>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="menu-partners__table" tabIndex={0} role="group" aria-labelledby={`${id}-title`}>
            <table data-testid="menu-partners">
              <caption className="visually-hidden">{t.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.partner}</th>
                  {[t.baseline, t.scenario, t.change, t.changePct, t.horizon(from, to)].map((h) => (
                    <th scope="col" className="num" key={h}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {partners.rows.map((r) => (
                  <Row
                    key={r.organisation ?? '\u0000'}
                    name={r.organisation ?? t.noOrganisation}
                    className={r.change < 0 ? 'is-cut' : undefined}
                    cells={[money(r.baseline), money(r.scenario), money(r.change, 'always'), share(r.changeFraction), money(r.horizonChange, 'always')]}
                  />
                ))}
                {partners.fixed ? (
                  <Row name={t.fixed} cells={['', '', money(partners.fixed.change, 'always'), '', money(partners.fixed.horizonChange, 'always')]} />
                ) : null}
              </tbody>
              <tfoot>
                <Row
                  name={t.total}
                  cells={[money(partners.total.baseline), money(partners.total.scenario), money(partners.total.change, 'always'), '', money(partners.total.horizonChange, 'always')]}
                />
              </tfoot>
            </table>
          </div>
          <button type="button" className="tool-button" onClick={onClose} autoFocus>
            {t.close}
          </button>
        </>
      ) : null}
    </dialog>
  );
}

function Row({ name, cells, className }: { name: string; cells: readonly string[]; className?: string }) {
  return (
    <tr className={className}>
      <th scope="row">{name}</th>
      {cells.map((c, i) => (
        <td className="num" key={i}>
          {c}
        </td>
      ))}
    </tr>
  );
}
