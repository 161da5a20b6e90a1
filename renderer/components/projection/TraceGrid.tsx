// A table of figures in which every figure tells how it was computed. One tab stop (roving
// tabindex); the arrow keys move between figure cells, Home/End to the row's ends, Ctrl+Home/End
// to the table's. Hovering or focusing a cell shows its explanation in a tooltip (role=tooltip,
// referenced by aria-describedby); the pointer can move onto it, Escape closes it (WCAG 1.4.13).
// Explanations are computed only for the cell being shown, never for the whole table; rows are
// memoised so that moving focus re-renders two rows, not two thousand cells.
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { createPortal } from 'react-dom';
import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type FocusEvent as ReactFocusEvent, type MouseEvent as ReactMouseEvent, type ReactNode } from 'react';
import { useText } from '../../i18n/use-text';
import { useStickyScrollPadding } from '../../focus/sticky-padding';

export interface GridRow {
  key: string;
  /** The row header (a <th scope="row">). */
  header: ReactNode;
  /** The figures, formatted; one per column. */
  cells: readonly string[];
  /** Extra class on the row: 'is-total', 'is-part', 'is-gap', … */
  className?: string;
  /** Per cell, an extra class (e.g. 'is-short' on a shortfall); same length as cells or absent. */
  cellClasses?: readonly (string | undefined)[];
}

export interface Explanation {
  /** What the figure is: "Besparing 2022". */
  title: string;
  /** The figure as shown, with its unit: "€ 629.861". */
  value: string;
  steps: readonly { text: string; value?: string }[];
  /** A closing remark (e.g. how thousands were rounded). */
  note?: string;
}

export interface TraceGridProps {
  /** The table's caption (its accessible name). */
  caption: ReactNode;
  /** Header of the row-header column. */
  corner: ReactNode;
  columns: readonly ReactNode[];
  rows: readonly GridRow[];
  /** How the figure at (row, column) was computed; called only for the cell being shown. */
  explain(row: number, column: number): Explanation | null;
  /** Columns whose cells are text rather than amounts (left-aligned). */
  className?: string;
  testId?: string;
}

interface Cell {
  r: number;
  c: number;
}

const HIDE_DELAY_MS = 200;
/** The least room kept between the tooltip and the edge of the window, in CSS pixels. */
const TIP_MARGIN = 8;

export function TraceGrid({ caption, corner, columns, rows, explain, className, testId }: TraceGridProps) {
  const t = useText().projection;
  const tipId = useId();
  const hintId = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  // A cell reached with the arrow keys scrolls into view clear of the sticky row headers.
  useStickyScrollPadding(scrollRef);
  const tipRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Cell>({ r: 0, c: 0 });
  const [focused, setFocused] = useState(false);
  const [hover, setHover] = useState<Cell | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const hideTimer = useRef<number | undefined>(undefined);
  const focusOnRender = useRef(false);
  // The pointer left the table since the tooltip was last shown by hovering: entering a cell again
  // shows its explanation, even the cell whose explanation Escape closed.
  const pointerLeft = useRef(false);

  // Keep the roving cell inside the table when rows or columns go away.
  const rowCount = rows.length;
  const colCount = columns.length;
  const r = Math.min(active.r, Math.max(0, rowCount - 1));
  const c = Math.min(active.c, Math.max(0, colCount - 1));

  // The cell whose explanation is shown: the hovered one, else the focused one; −1: none.
  const shownR = dismissed ? -1 : hover ? hover.r : focused ? r : -1;
  const shownC = dismissed ? -1 : hover ? hover.c : focused ? c : -1;
  const open = shownR >= 0 && shownR < rowCount && shownC >= 0 && shownC < colCount;
  // `explain` changes identity with the figures, so this recomputes when they change.
  const explanation = useMemo(() => (open ? explain(shownR, shownC) : null), [open, explain, shownR, shownC]);

  const cancelHide = () => window.clearTimeout(hideTimer.current);
  const scheduleHide = () => {
    cancelHide();
    hideTimer.current = window.setTimeout(() => setHover(null), HIDE_DELAY_MS);
  };
  useEffect(() => cancelHide, []);

  const move = useCallback(
    (next: Cell) => {
      focusOnRender.current = true;
      setActive(next);
      setHover(null);
      setDismissed(false);
    },
    [],
  );

  useLayoutEffect(() => {
    if (!focusOnRender.current) return;
    focusOnRender.current = false;
    cellElement(tableRef.current, r, c)?.focus();
  }, [r, c]);

  // Place the tooltip beside its cell, inside the viewport: below it, flipped above where there is
  // no room, shifted to stay on screen.
  // floating-ui keeps it there while the page scrolls or resizes. The tooltip is rendered into
  // <body>: an ancestor with `contain: layout` (the result column has one) would otherwise become
  // the box that `position: fixed` is measured from, and put the tooltip far off screen (#24).
  useLayoutEffect(() => {
    const tip = tipRef.current;
    const cell = open ? cellElement(tableRef.current, shownR, shownC) : null;
    if (!tip || !cell || !explanation) return;
    const update = () =>
      void computePosition(cell, tip, {
        strategy: 'fixed',
        placement: 'bottom-end',
        middleware: [
          offset(6),
          flip({ padding: TIP_MARGIN, fallbackStrategy: 'bestFit' }),
          // Where neither side has room (a long explanation on a low screen), slide it along the
          // cell's side too, so that all of it shows, over the cell if need be.
          shift({ padding: TIP_MARGIN, crossAxis: true }),
        ],
      }).then(({ x, y }) => {
        tip.style.left = `${Math.round(x)}px`;
        tip.style.top = `${Math.round(y)}px`;
      });
    return autoUpdate(cell, tip, update);
  }, [open, shownR, shownC, explanation]);

  // Escape closes a tooltip shown by hovering too, wherever the keyboard focus is.
  useEffect(() => {
    if (!hover || dismissed) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setDismissed(true);
        e.stopPropagation();
      }
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [hover, dismissed]);

  const onKeyDown = (e: ReactKeyboardEvent) => {
    const at = cellOf(e.target);
    if (!at) return;
    let next: Cell;
    switch (e.key) {
      case 'ArrowRight':
        next = { r: at.r, c: Math.min(colCount - 1, at.c + 1) };
        break;
      case 'ArrowLeft':
        next = { r: at.r, c: Math.max(0, at.c - 1) };
        break;
      case 'ArrowDown':
        next = { r: Math.min(rowCount - 1, at.r + 1), c: at.c };
        break;
      case 'ArrowUp':
        next = { r: Math.max(0, at.r - 1), c: at.c };
        break;
      case 'Home':
        next = e.ctrlKey ? { r: 0, c: 0 } : { r: at.r, c: 0 };
        break;
      case 'End':
        next = e.ctrlKey ? { r: rowCount - 1, c: colCount - 1 } : { r: at.r, c: colCount - 1 };
        break;
      case 'Escape':
        if (open) {
          setDismissed(true);
          setHover(null);
          e.stopPropagation();
          e.preventDefault();
        }
        return;
      default:
        return;
    }
    e.preventDefault();
    move(next);
  };

  const onFocus = (e: ReactFocusEvent) => {
    const at = cellOf(e.target);
    if (!at) return;
    setFocused(true);
    setDismissed(false);
    if (at.r !== r || at.c !== c) setActive(at);
  };
  const onBlur = (e: ReactFocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (to && tableRef.current?.contains(to)) return;
    setFocused(false);
    setDismissed(false);
  };
  const onMouseOver = (e: ReactMouseEvent) => {
    const at = cellOf(e.target);
    cancelHide();
    if (!at) return;
    if (!hover || hover.r !== at.r || hover.c !== at.c || pointerLeft.current) {
      pointerLeft.current = false;
      setHover(at);
      setDismissed(false);
    }
  };

  const describedRow = explanation ? shownR : -1;
  const describedCol = explanation ? shownC : -1;
  return (
    <div className={`projection-grid ${className ?? ''}`}>
      <p id={hintId} className="projection-grid__hint">
        {t.gridHint}
      </p>
      <div ref={scrollRef} className="projection-grid__scroll">
        <table
          ref={tableRef}
          role="grid"
          aria-readonly="true"
          aria-describedby={hintId}
          className="projection-table"
          data-testid={testId}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onBlur={onBlur}
          onMouseOver={onMouseOver}
          onMouseLeave={() => {
            pointerLeft.current = true;
            scheduleHide();
          }}
        >
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="projection-table__corner">
                {corner}
              </th>
              {columns.map((label, i) => (
                <th key={i} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <Row
                key={row.key}
                row={row}
                r={i}
                activeCol={i === r ? c : -1}
                describedCol={i === describedRow ? describedCol : -1}
                tipId={tipId}
              />
            ))}
          </tbody>
        </table>
      </div>
      {createPortal(
        <div
          ref={tipRef}
          id={tipId}
          role="tooltip"
          className="projection-tip"
          hidden={!explanation}
          onMouseEnter={cancelHide}
          onMouseLeave={scheduleHide}
        >
          {explanation ? <ExplanationBody explanation={explanation} /> : null}
        </div>,
        document.body,
      )}
    </div>
  );
}

function ExplanationBody({ explanation }: { explanation: Explanation }) {
  const t = useText().projection;
  return (
    <>
      <p className="projection-tip__title">
        <span>{explanation.title}</span> <strong>{explanation.value}</strong>
      </p>
      <p className="projection-tip__how">{t.howComputed}:</p>
      {explanation.steps.length > 0 ? (
        <ol className="projection-tip__steps">
          {explanation.steps.map((step, i) => (
            <li key={i}>
              <span className="projection-tip__step">
                <span>{step.text}</span>
                {step.value !== undefined ? <span className="projection-tip__value">{step.value}</span> : null}
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t.noExplanation}</p>
      )}
      {explanation.note ? <p className="projection-tip__note">{explanation.note}</p> : null}
      <p className="projection-tip__esc" aria-hidden="true">
        {t.escCloses}
      </p>
    </>
  );
}

interface RowProps {
  row: GridRow;
  r: number;
  /** The column holding the tab stop in this row, −1 when it is elsewhere. */
  activeCol: number;
  /** The column whose cell the tooltip explains, −1 when none in this row. */
  describedCol: number;
  tipId: string;
}

const Row = memo(function Row({ row, r, activeCol, describedCol, tipId }: RowProps) {
  return (
    <tr className={row.className}>
      <th scope="row">{row.header}</th>
      {row.cells.map((text, c) => (
        <td
          key={c}
          data-r={r}
          data-c={c}
          tabIndex={c === activeCol ? 0 : -1}
          aria-describedby={c === describedCol ? tipId : undefined}
          className={row.cellClasses?.[c]}
        >
          {text}
        </td>
      ))}
    </tr>
  );
});

function cellOf(target: EventTarget | null): Cell | null {
  const el = (target as HTMLElement | null)?.closest?.('td[data-r]');
  if (!el) return null;
  return { r: Number(el.getAttribute('data-r')), c: Number(el.getAttribute('data-c')) };
}

function cellElement(table: HTMLTableElement | null, r: number, c: number): HTMLElement | null {
  return table?.querySelector<HTMLElement>(`td[data-r="${r}"][data-c="${c}"]`) ?? null;
}
