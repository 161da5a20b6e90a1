import { memo, useId, useRef, useState } from 'react';
import { formatNumber } from '../../../shared/format/money';
import type { Lang, Problem } from '../../../shared/scenario/problems';
import type { Line, LineKind } from '../../../shared/scenario/schema';
import { FieldProblems } from '../fields/FieldProblems';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import { taakveldCode } from '../../../shared/import/taakveld';
import { useAppStore } from '../../store/store';
import { editLine, toggleLinePm, toggleLineShape, type LineCost } from './line-edits';
import { EstimateCells } from './EstimateCells';
import { setLineOrganisation } from './organisation-edits';
import { LINE_KINDS, kindLabel } from './line-kinds';
import { money, percent, short } from './labels';
import { taakveldNameFor } from '../../../shared/taakvelden';
import { catalogue } from '../../../shared/i18n/text';

export interface LineRowProps {
  line: Line;
  /** 1-based position, for accessible names of unnamed cells. */
  position: number;
  /** Whole euros in the base year, from the engine. */
  baseCost: number;
  /** The same, formatted in the chosen unit. */
  costText: string;
  baseYear: number;
  lang: Lang;
  groupList: string;
  organisationList: string;
  /** The scenario's partners when it has a list: the organisation is chosen from them. Null: free text. */
  organisationNames: readonly string[] | null;
  taakveldList: string;
  onDelete: (id: string) => void;
}

type OptionalText = 'group' | 'organisation' | 'taakveld' | 'notes';

/**
 * One budget line as a row of cells. Memoised: it renders again only when its own line (immer
 * keeps unchanged lines identical), its cost, or the language changes — not when another row is
 * edited. Every edit is committed through the engine with a label that names the line.
 */
export const LineRow = memo(function LineRow({
  line,
  position,
  baseCost,
  costText,
  baseYear,
  lang,
  groupList,
  organisationList,
  organisationNames,
  taakveldList,
  onDelete,
}: LineRowProps) {
  const t = catalogue(lang).baseline;
  const id = useId();
  // The clients and cost a line had before it became an amount, to restore them on switching back.
  const remembered = useRef<{ amount: number; volume: number; unitCost: number } | undefined>(undefined);
  // Why a switch between amount and clients × cost was refused (a shift needs a volume line).
  const [toggleProblems, setToggleProblems] = useState<Problem[]>([]);
  // The cost a line had before it became PM, to give back when PM is switched off.
  const beforePm = useRef<LineCost | undefined>(undefined);
  const pm = line.pm === true;
  const isVolume = line.volume !== undefined && line.unitCost !== undefined;
  // A multi-year estimate (format version 2): its years open in a row of their own under this one.
  const estimate = line.amounts !== undefined;
  const [estimateOpen, setEstimateOpen] = useState(false);
  const name = line.name;

  const setText = (field: OptionalText, what: string) => (value: string) => {
    const next = field === 'taakveld' ? taakveldCode(value) : value.trim();
    const old = line[field];
    return editLine(line.id, t.changedOf(what, name, short(old, t.empty), short(next, t.empty)), (l) => {
      if (next === '') delete l[field];
      else l[field] = next;
    });
  };

  const setNumber = (field: 'amount' | 'volume' | 'unitCost', what: string) => (value: number | undefined) => {
    const old = line[field];
    const show = (v: number | undefined) =>
      field === 'volume' ? (v === undefined ? t.empty : formatNumber(v, { lang })) : money(v, lang, t.empty);
    return editLine(line.id, t.changedOf(what, name, show(old), show(value)), (l) => {
      if (value === undefined) delete l[field];
      else l[field] = value;
    });
  };

  const setFraction = (field: 'wageShare' | 'volumeGrowth', what: string) => (value: number | undefined) =>
    editLine(line.id, t.changedOf(what, name, percent(line[field], lang, t.empty), percent(value, lang, t.empty)), (l) => {
      if (value === undefined) delete l[field];
      else l[field] = value;
    });

  const setKind = (kind: LineKind) => {
    useAppStore
      .getState()
      .commit(t.changedOf(t.colKind, name, kindLabel(line.kind, lang), kindLabel(kind, lang)), (d) => {
        const l = d.lines.find((x) => x.id === line.id);
        if (l) l.kind = kind;
      });
  };

  const toggle = () => {
    const before = isVolume ? { amount: baseCost, volume: line.volume!, unitCost: line.unitCost! } : undefined;
    const problems = toggleLineShape(line.id, lang, baseCost, remembered.current);
    setToggleProblems(problems);
    if (before && problems.length === 0) remembered.current = before;
  };

  const togglePm = () => {
    const outcome = toggleLinePm(line.id, lang, beforePm.current);
    setToggleProblems(outcome.problems);
    if (outcome.problems.length === 0 && outcome.before) beforePm.current = outcome.before;
  };

  const setOrganisation = (value: string) => {
    const next = value === '' ? undefined : value;
    const none = catalogue(lang).glossary.none.organisation;
    setLineOrganisation(line.id, next, catalogue(lang).organisations.lineOrganisation(name, line.organisation ?? none, next ?? none));
  };

  const tvName = line.taakveld ? taakveldNameFor(line.taakveld, baseYear) : undefined;
  const label = (what: string) => `${what}, ${name || position}`;

  // Group, organisation and taakveld: text cells with suggestions from the table's datalists.
  const listCell = (field: 'group' | 'organisation' | 'taakveld', what: string, list: string, describedBy?: string) => (
    <TextField
      hideLabel
      className="baseline-listcell"
      label={label(what)}
      value={line[field] ?? ''}
      list={list}
      describedBy={describedBy}
      onCommit={setText(field, what)}
    />
  );

  return (
    <>
    <tr data-line-id={line.id}>
      <td className="baseline-lines__name">
        <TextField
          hideLabel
          label={t.lineNameLabel(t.colName, position)}
          value={name}
          onCommit={(value) => editLine(line.id, t.changedOf(t.colName, name, short(name, t.empty), short(value, t.empty)), (l) => void (l.name = value.trim()))}
        />
      </td>
      <td>
        <span className="field">
          <label htmlFor={`${id}-kind`} className="visually-hidden">
            {label(t.colKind)}
          </label>
          <select id={`${id}-kind`} value={line.kind} onChange={(e) => setKind(e.target.value as LineKind)}>
            {LINE_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k, lang)}
              </option>
            ))}
          </select>
        </span>
      </td>
      <td className="baseline-lines__cost">
        <span className="baseline-lines__costfields">
          {pm ? null : estimate ? (
            <button
              type="button"
              className="baseline-lines__toggle"
              aria-expanded={estimateOpen}
              aria-controls={`${id}-estimate`}
              aria-label={t.estimate.openFor(name, line.oneOff === true)}
              onClick={() => setEstimateOpen((open) => !open)}
            >
              {t.estimate.open(line.oneOff === true, Object.keys(line.amounts ?? {}).length)}
            </button>
          ) : isVolume ? (
            <>
              <NumberField hideLabel label={label(t.volume)} value={line.volume} digits={2} className="baseline-lines__volume" onCommit={setNumber('volume', t.volume)} />
              <span aria-hidden="true">×</span>
              <NumberField hideLabel label={label(t.unitCost)} value={line.unitCost} display="euro" onCommit={setNumber('unitCost', t.unitCost)} />
            </>
          ) : (
            <NumberField hideLabel label={label(t.amount)} value={line.amount} display="euro" onCommit={setNumber('amount', t.amount)} />
          )}
          {pm || estimate ? null : (
            <button
              type="button"
              className="baseline-lines__toggle"
              aria-pressed={isVolume}
              aria-label={t.asVolumeFor(name)}
              aria-describedby={toggleProblems.length > 0 ? `${id}-toggle` : undefined}
              onClick={toggle}
            >
              {t.asVolume}
            </button>
          )}
          <button
            type="button"
            className="baseline-lines__toggle"
            aria-pressed={pm}
            aria-label={catalogue(lang).organisations.pm.toggleFor(name)}
            aria-describedby={toggleProblems.length > 0 ? `${id}-toggle` : undefined}
            onClick={togglePm}
          >
            {catalogue(lang).organisations.pm.toggle}
          </button>
        </span>
        <FieldProblems id={`${id}-toggle`} problems={toggleProblems} />
      </td>
      <td className="num baseline-lines__basecost" data-testid={`line-cost-${line.id}`}>
        {pm ? <span className="baseline-lines__pm">{catalogue(lang).organisations.pm.cost}</span> : costText}
      </td>
      <td>{listCell('group', t.colGroup, groupList)}</td>
      <td>
        {organisationNames === null ? (
          listCell('organisation', t.colOrganisation, organisationList)
        ) : (
          <span className="field">
            <label htmlFor={`${id}-org`} className="visually-hidden">
              {label(t.colOrganisation)}
            </label>
            <select id={`${id}-org`} className="baseline-lines__org" value={line.organisation ?? ''} onChange={(e) => setOrganisation(e.target.value)}>
              <option value="">{catalogue(lang).glossary.none.organisation}</option>
              {organisationNames.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </span>
        )}
      </td>
      <td className="baseline-lines__taakveld">
        {listCell('taakveld', t.colTaakveld, taakveldList, line.taakveld ? `${id}-tv` : undefined)}
        {/* A taakveld's official name (Iv3) is Dutch in every language. */}
        {line.taakveld ? (
          <span
            id={`${id}-tv`}
            className={tvName ? 'baseline-lines__tvname' : 'baseline-lines__tvname is-unknown'}
            lang={tvName ? 'nl' : undefined}
            translate={tvName ? 'no' : undefined}
          >
            {tvName ?? t.unknownTaakveld}
          </span>
        ) : null}
      </td>
      <td>
        <NumberField hideLabel optional label={label(t.wageShareLong)} value={line.wageShare} display="percent" className="baseline-lines__pct" onCommit={setFraction('wageShare', t.wageShareLong)} />
      </td>
      <td>
        <NumberField hideLabel optional label={label(t.growthLong)} value={line.volumeGrowth} display="percent" className="baseline-lines__pct" onCommit={setFraction('volumeGrowth', t.growthLong)} />
      </td>
      <td>
        <TextField hideLabel label={label(t.colNotes)} value={line.notes ?? ''} onCommit={setText('notes', t.colNotes)} />
      </td>
      <td>
        <button type="button" className="baseline-lines__delete" title={t.deleteLine(name)} onClick={() => onDelete(line.id)}>
          <span aria-hidden="true">✕</span>
          <span className="visually-hidden">{t.deleteLine(name)}</span>
        </button>
      </td>
    </tr>
    {estimate && estimateOpen && !pm ? (
      <tr id={`${id}-estimate`} className="baseline-lines__estimate">
        <td colSpan={11}>
          <span id={`${id}-estimate-name`} className="visually-hidden">
            {name}
          </span>
          <EstimateCells line={line} lang={lang} nameId={`${id}-estimate-name`} />
        </td>
      </tr>
    ) : null}
    </>
  );
});
