// What a cut, volume change or tariff change applies to: groups and lines as checkbox lists
// (Tab and Space, as any form). A volume or tariff change is offered volume lines only, and
// groups made of volume lines only. Unchecking the last target is refused by the engine, with
// its message next to the list.
import { useEffect, useId, useMemo, useState } from 'react';
import type { Problem } from '../../../shared/scenario/problems';
import type { Line, Measure } from '../../../shared/scenario/schema';
import { FieldProblems } from '../fields/FieldProblems';
import { useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { findMeasure } from './find-measure';
import { groupNames, hasTargets, isVolumeLine, volumeGroupNames } from './measure-edits';
import { viewOf } from './kinds/registry';
import { scenarioOf } from '../../store/documents-slice';

const FILTER_FROM = 12;

export function TargetsPicker({ measure }: { measure: Measure }) {
  const t = useText().measures;
  const baseId = useId();
  const lines = useAppStore((s) => scenarioOf(s)?.lines) ?? [];
  const [problems, setProblems] = useState<Problem[]>([]);
  const [filter, setFilter] = useState('');
  const lineTargets = 'lines' in measure ? measure.lines : undefined;
  const groupTargets = 'groups' in measure ? measure.groups : undefined;
  useEffect(() => setProblems([]), [lineTargets, groupTargets]);
  const volumeOnly = viewOf(measure).targets === 'volumeLines';
  const offeredGroups = useMemo(() => (volumeOnly ? volumeGroupNames(lines) : groupNames(lines)), [lines, volumeOnly]);
  const offeredLines = useMemo(() => (volumeOnly ? lines.filter(isVolumeLine) : lines), [lines, volumeOnly]);
  if (!hasTargets(measure)) return null;

  const chosenGroups = new Set(measure.groups ?? []);
  const chosenLines = new Set(measure.lines ?? []);
  const needle = filter.trim().toLocaleLowerCase();
  const shownLines = needle ? offeredLines.filter((l) => l.name.toLocaleLowerCase().includes(needle) || l.id.includes(needle)) : offeredLines;

  const toggle = (field: 'groups' | 'lines', key: string, label: string, on: boolean) => {
    const found = useAppStore.getState().tryCommit(
      on ? t.targetAdded(measure.name, label) : t.targetRemoved(measure.name, label),
      (draft) => {
        const m = findMeasure(draft, measure.id);
        if (!m || !hasTargets(m)) return;
        const current = m[field] ?? [];
        const next = on ? [...current.filter((k) => k !== key), key] : current.filter((k) => k !== key);
        if (next.length) m[field] = next;
        else delete m[field];
      },
    );
    setProblems(found);
  };

  const problemsId = `${baseId}-problems`;
  return (
    <fieldset className="measures-targets" aria-describedby={problems.length ? problemsId : undefined}>
      <legend>{t.targets}</legend>
      {volumeOnly ? <p className="measures-hint">{t.targetsVolumeOnly}</p> : null}
      <fieldset className="measures-targets__set">
        <legend>{t.groups}</legend>
        {offeredGroups.length === 0 ? <p className="measures-hint">{t.noGroups}</p> : null}
        <ul className="measures-targets__list">
          {offeredGroups.map((group, i) => (
            <li key={group}>
              <input
                type="checkbox"
                id={`${baseId}-g${i}`}
                checked={chosenGroups.has(group)}
                onChange={(e) => toggle('groups', group, group, e.target.checked)}
              />
              <label htmlFor={`${baseId}-g${i}`}>{group}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="measures-targets__set">
        <legend>{t.lines}</legend>
        {offeredLines.length > FILTER_FROM ? (
          <span className="field measures-targets__filter">
            <label htmlFor={`${baseId}-filter`}>{t.filterLines}</label>
            <input id={`${baseId}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
          </span>
        ) : null}
        <ul className="measures-targets__list measures-targets__list--lines">
          {shownLines.map((line: Line) => {
            const checkboxId = `${baseId}-l-${line.id}`;
            const viaGroup = line.group !== undefined && chosenGroups.has(line.group);
            return (
              <li key={line.id}>
                <input
                  type="checkbox"
                  id={checkboxId}
                  checked={chosenLines.has(line.id)}
                  onChange={(e) => toggle('lines', line.id, line.name, e.target.checked)}
                />
                <label htmlFor={checkboxId}>
                  {line.name}
                  {viaGroup ? <span className="measures-targets__via"> ({t.viaGroup(line.group as string)})</span> : null}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <FieldProblems id={problemsId} problems={problems} />
    </fieldset>
  );
}
