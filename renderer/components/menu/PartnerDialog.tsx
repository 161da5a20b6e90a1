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
                  <th scope="col" className="num">
                    {t.baseline}
                  </th>
                  <th scope="col" className="num">
                    {t.scenario}
                  </th>
                  <th scope="col" className="num">
                    {t.change}
                  </th>
                  <th scope="col" className="num">
                    {t.changePct}
                  </th>
                  <th scope="col" className="num">
                    {t.horizon(from, to)}
                  </th>
                </tr>
              </thead>
              <tbody>
                {partners.rows.map((r) => (
                  <tr key={r.organisation ?? '\u0000'} className={r.change < 0 ? 'is-cut' : undefined}>
                    <th scope="row">{r.organisation ?? t.noOrganisation}</th>
                    <td className="num">{money(r.baseline)}</td>
                    <td className="num">{money(r.scenario)}</td>
                    <td className="num">{money(r.change, 'always')}</td>
                    <td className="num">{share(r.changeFraction)}</td>
                    <td className="num">{money(r.horizonChange, 'always')}</td>
                  </tr>
                ))}
                {partners.fixed ? (
                  <tr>
                    <th scope="row">{t.fixed}</th>
                    <td className="num" />
                    <td className="num" />
                    <td className="num">{money(partners.fixed.change, 'always')}</td>
                    <td className="num" />
                    <td className="num">{money(partners.fixed.horizonChange, 'always')}</td>
                  </tr>
                ) : null}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t.total}</th>
                  <td className="num">{money(partners.total.baseline)}</td>
                  <td className="num">{money(partners.total.scenario)}</td>
                  <td className="num">{money(partners.total.change, 'always')}</td>
                  <td className="num" />
                  <td className="num">{money(partners.total.horizonChange, 'always')}</td>
                </tr>
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
