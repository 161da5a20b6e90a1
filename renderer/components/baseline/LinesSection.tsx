import { useCallback, useEffect, useId, useMemo, useRef, useState, type ClipboardEvent } from 'react';
import { formatMoney, moneyUnitLabel } from '../../../shared/format/money';
import { toThousands } from '../../../shared/format/thousands';
import type { Problem } from '../../../shared/scenario/problems';
import type { Line } from '../../../shared/scenario/schema';
import { useLang, useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { uiSelectors } from '../../store/ui-slice';
import { AddByName } from './AddByName';
import { addLine, deleteLine, pasteLines, type PasteOutcome } from './line-edits';
import { LineRow } from './LineRow';
import { NoticeProblems } from './NoticeProblems';
import { PasteArea } from './PasteArea';
import { looksLikeRows } from './paste-rows';
import { PasteReport } from './PasteReport';
import { taakveldOptions } from './taakveld-options';
import { useBaseYearCosts } from './use-base-year-costs';
import { scenarioOf } from '../../store/documents-slice';
import { useFocusRequest } from '../../focus/focus-request';
import { useStickyScrollPadding } from '../../focus/sticky-padding';
import { projectionOf } from '../../store/use-projection';

const EMPTY_LINES: readonly Line[] = [];
const NO_LIST = undefined;

type Notice =
  | { kind: 'delete'; line: string; measures: string[]; problems: Problem[] }
  | { kind: 'paste'; outcome: PasteOutcome };

function distinct(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b, 'nl'));
}

/**
 * The budget lines as a table to type in, with the base-year cost of each line from the engine,
 * add / delete, and paste from a spreadsheet. Rows are memoised by line id, so editing one cell
 * re-renders one row (plus this component's cheap loop over the rows).
 */
export function LinesSection() {
  const t = useText().baseline;
  const lang = useLang();
  const unit = useAppStore(uiSelectors.unit);
  const lines = useAppStore((s) => scenarioOf(s)?.lines ?? EMPTY_LINES);
  const baseYear = useAppStore((s) => scenarioOf(s)?.baseYear ?? 0);
  const costs = useBaseYearCosts(lines, baseYear);
  const ids = useId();
  const listIds = { group: `${ids}-groups`, organisation: `${ids}-orgs`, taakveld: `${ids}-tv` };
  const [notice, setNotice] = useState<Notice | null>(null);
  const tableBox = useRef<HTMLDivElement>(null);
  const [focusLine, setFocusLine] = useState<{ id?: string; at?: number; cell?: 'name' | 'amount' } | null>(null);
  useStickyScrollPadding(tableBox);
  const newLineInput = useRef<HTMLInputElement>(null);
  // Asked for (a new scenario, the guide's first step): the first line's name; without lines,
  // the name of a new one.
  useFocusRequest(
    'lines',
    () => tableBox.current?.querySelector<HTMLInputElement>('tr[data-line-id] td.baseline-lines__name input') ?? newLineInput.current,
  );

  const groups = useMemo(() => distinct(lines.map((l) => l.group)), [lines]);
  const organisations = useMemo(() => distinct(lines.map((l) => l.organisation)), [lines]);
  // With a list of partners, a line's organisation is chosen from it (the schema requires it).
  const partnerList = useAppStore((s) => scenarioOf(s)?.organisations ?? NO_LIST);
  const organisationNames = useMemo(() => (partnerList === undefined ? null : partnerList.map((o) => o.name)), [partnerList]);
  const taakvelden = useMemo(() => taakveldOptions(baseYear), [baseYear]);

  // Cells in the chosen unit; in thousands they are apportioned so the column adds up to its total.
  const costTexts = useMemo(() => {
    const values = lines.map((l) => costs.byId.get(l.id) ?? 0);
    const shown = unit === 'thousand' ? toThousands(values, costs.total) : { parts: values, total: costs.total };
    const fmt = (v: number) => formatMoney(unit === 'thousand' ? v * 1000 : v, { lang, unit });
    return { cells: shown.parts.map(fmt), total: fmt(shown.total) };
  }, [lines, costs, unit, lang]);

  // After adding or deleting, put the keyboard focus somewhere sensible.
  useEffect(() => {
    if (!focusLine) return;
    const box = tableBox.current;
    const rows = box?.querySelectorAll<HTMLTableRowElement>('tr[data-line-id]') ?? [];
    const row =
      focusLine.id !== undefined
        ? box?.querySelector<HTMLTableRowElement>(`tr[data-line-id="${focusLine.id}"]`)
        : rows[Math.min(focusLine.at ?? 0, rows.length - 1)];
    const input =
      focusLine.cell === 'amount'
        ? row?.querySelector<HTMLInputElement>('td.baseline-lines__cost input')
        : row?.querySelector<HTMLInputElement>('input');
    if (input) {
      input.focus();
      input.select();
    }
    setFocusLine(null);
  }, [focusLine, lines]);

  const onDelete = useCallback((id: string) => {
    const language = useAppStore.getState().lang;
    const scenario = scenarioOf(useAppStore.getState());
    const at = scenario?.lines.findIndex((l) => l.id === id) ?? -1;
    const name = scenario?.lines[at]?.name ?? id;
    const outcome = deleteLine(id, language);
    if (outcome.deleted) {
      setNotice(null);
      setFocusLine({ at: Math.max(0, at) });
    } else {
      setNotice({ kind: 'delete', line: name, measures: outcome.measures, problems: outcome.problems });
    }
  }, []);

  // A new line gets its name first, so that its id is made from that name.
  const [newName, setNewName] = useState('');
  const [addProblems, setAddProblems] = useState<Problem[]>([]);
  const onAdd = () => {
    const result = addLine(lang, newName);
    if ('id' in result) {
      // Named: on to its amount. Unnamed ("Nieuwe regel"): to its name, to type one.
      setFocusLine({ id: result.id, cell: newName.trim() ? 'amount' : 'name' });
      setNewName('');
      setAddProblems([]);
    } else setAddProblems(result.problems);
  };

  const onPasteText = useCallback(
    (text: string) => {
      const outcome = pasteLines(text, lang);
      setNotice({ kind: 'paste', outcome });
      const first = outcome.added[0];
      if (first) setFocusLine({ id: first });
      return outcome;
    },
    [lang],
  );

  // Rows copied from a spreadsheet and pasted into any cell become new lines.
  const onTablePaste = (e: ClipboardEvent<HTMLDivElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (!looksLikeRows(text)) return;
    e.preventDefault();
    onPasteText(text);
  };

  return (
    <div className="baseline-lines">
      <p className="baseline-hint" id={`${ids}-hint`}>
        {t.linesHint}
      </p>
      {notice?.kind === 'delete' ? (
        <div className="baseline-notice baseline-notice--problem" role="alert">
          <p>{t.deleteRefused(notice.line, notice.measures)}</p>
          <NoticeProblems problems={notice.problems} />
          <button type="button" onClick={() => setNotice(null)}>
            {t.dismiss}
          </button>
        </div>
      ) : null}
      <div ref={tableBox} className="baseline-scroll baseline-lines__scroll" onPaste={onTablePaste}>
        <table className="baseline-table baseline-lines__table" aria-describedby={`${ids}-hint`}>
          <caption className="visually-hidden">{t.linesCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className="baseline-lines__name">{t.colName}</th>
              <th scope="col">{t.colKind}</th>
              <th scope="col">{t.colCost}</th>
              <th scope="col" className="num">
                {t.colBaseCost(baseYear)}
                {unit === 'thousand' ? <span className="baseline-unit"> ({moneyUnitLabel(lang, unit)})</span> : null}
              </th>
              <th scope="col">{t.colGroup}</th>
              <th scope="col">{t.colOrganisation}</th>
              <th scope="col">{t.colTaakveld}</th>
              <th scope="col">{t.colWageShare}</th>
              <th scope="col">{t.colGrowth}</th>
              <th scope="col">{t.colNotes}</th>
              <th scope="col">
                <span className="visually-hidden">{t.colActions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, i) => (
              <LineRow
                key={line.id}
                line={line}
                position={i + 1}
                baseCost={costs.byId.get(line.id) ?? 0}
                costText={costTexts.cells[i] ?? ''}
                baseYear={baseYear}
                lang={lang}
                groupList={listIds.group}
                organisationList={listIds.organisation}
                organisationNames={organisationNames}
                taakveldList={listIds.taakveld}
                onDelete={onDelete}
              />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="baseline-lines__name">{t.total}</th>
              <td colSpan={2} />
              <td className="num" data-testid="lines-total">{costTexts.total}</td>
              <td colSpan={7} />
            </tr>
          </tfoot>
        </table>
      </div>
      <datalist id={listIds.group}>
        {groups.map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
      <datalist id={listIds.organisation}>
        {organisations.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      <datalist id={listIds.taakveld}>
        {taakvelden.map((tv) => (
          <option key={tv.code} value={tv.code} label={tv.name} />
        ))}
      </datalist>
      <AddByName
        label={t.newLineLabel}
        placeholder={t.newLineName}
        button={t.addLine}
        value={newName}
        problems={addProblems}
        onChange={setNewName}
        onAdd={onAdd}
        inputRef={newLineInput}
      />
      <PmLines />
      <PasteArea onPaste={onPasteText} />
      {notice?.kind === 'paste' ? <PasteReport outcome={notice.outcome} onDismiss={() => setNotice(null)} /> : null}
    </div>
  );
}

/**
 * The lines that are PM (pro memorie), "nog niet in euro's": the projection's list (pm.lines),
 * by name. Subscribed to that list as text, so it renders again only when the list changes.
 */
function PmLines() {
  const t = useText().organisations.pm;
  const names = useAppStore((s) => {
    const scenario = scenarioOf(s);
    if (!scenario) return '';
    const ids = new Set(projectionOf(scenario).pm.lines);
    return scenario.lines
      .filter((l) => ids.has(l.id))
      .map((l) => l.name)
      .join('\n');
  });
  if (names === '') return null;
  const list = names.split('\n');
  return (
    <section className="baseline-pm" aria-labelledby="baseline-pm-heading" data-testid="pm-lines">
      <h4 id="baseline-pm-heading">{t.heading}</h4>
      <p>{t.intro(list.length)}</p>
      <ul>
        {list.map((name, i) => (
          <li key={i}>{name}</li>
        ))}
      </ul>
    </section>
  );
}
