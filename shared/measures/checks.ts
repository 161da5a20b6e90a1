// The semantic checks that several measure types share (shared/scenario/semantics.ts runs them
// through each type's `check`): references to lines and groups, volume-only targets. They read
// the raw document defensively, as every semantic check does.
import { text, type Text } from '../i18n/text';
import { NameIndex } from '../scenario/closest-name';
import { field, formatPath, hasField, type Path } from '../scenario/paths';
import { visible, type LocatedProblem } from '../scenario/problem-text';

export type LineShape = 'amount' | 'volume' | 'unclear';

export interface LineFacts {
  index: number;
  id: string | undefined;
  shape: LineShape;
}

/** A field counts as given when it is there and not null (a null is reported by the schema). */
export function given(value: unknown, key: string): boolean {
  const v = field(value, key);
  return v !== undefined && v !== null;
}

/** A problem of a measure at `segments`: its message a text of the catalogue (values from the file quoted by it, clipped and visible). */
export function locatedText(segments: Path, code: string, message: Text): LocatedProblem {
  return { segments, problem: { path: visible(formatPath(segments)), code, message } };
}

export function measureName(measure: unknown, index: number): Text {
  const id = field(measure, 'id');
  return typeof id === 'string' && id !== '' ? text('measureKinds.common.measureById', id) : text('measureKinds.common.measureByNumber', index + 1);
}

export interface LineIndex {
  byId: Map<string, LineFacts>;
  /** False when some line's id cannot be read: then a missing reference may just be that line. */
  idsComplete: boolean;
  byGroup: Map<string, LineFacts[]>;
  groupsComplete: boolean;
  /** For the hints, made on first use: one index for all the references of a file. */
  idNames?: NameIndex;
  groupNames?: NameIndex;
}

export function missingLine(at: Path, who: Text, id: string, index: LineIndex): LocatedProblem {
  index.idNames ??= new NameIndex(index.byId.keys());
  const guess = index.idNames.closest(id);
  return locatedText(at, 'unknown-line', text('measureKinds.common.unknownLine', who, id, guess || null));
}

export function notVolumeLine(at: Path, who: Text, ids: readonly string[], viaGroup?: string): LocatedProblem {
  return locatedText(at, 'not-a-volume-line', text('measureKinds.common.notVolumeLine', who, [...ids], viaGroup ?? null));
}

export function checkTargets(measure: Record<string, unknown>, i: number, volumeOnly: boolean, index: LineIndex, out: LocatedProblem[]): void {
  const who = measureName(measure, i);
  const lines = field(measure, 'lines');
  const groups = field(measure, 'groups');
  const lineList = Array.isArray(lines) ? lines : [];
  const groupList = Array.isArray(groups) ? groups : [];
  const malformed = (lines !== undefined && !Array.isArray(lines)) || (groups !== undefined && !Array.isArray(groups));
  if (!malformed && lineList.length === 0 && groupList.length === 0) {
    const at: Path = hasField(measure, 'lines') ? ['measures', i, 'lines'] : hasField(measure, 'groups') ? ['measures', i, 'groups'] : ['measures', i];
    out.push(locatedText(at, 'no-target', text('measureKinds.common.noTarget', who)));
  }
  lineList.forEach((id, j) => {
    if (typeof id !== 'string') return;
    const line = index.byId.get(id);
    if (!line) {
      if (index.idsComplete) out.push(missingLine(['measures', i, 'lines', j], who, id, index));
      return;
    }
    if (volumeOnly && line.shape === 'amount') out.push(notVolumeLine(['measures', i, 'lines', j], who, [id]));
  });
  groupList.forEach((group, j) => {
    if (typeof group !== 'string') return;
    const members = index.byGroup.get(group);
    if (!members) {
      if (!index.groupsComplete) return;
      index.groupNames ??= new NameIndex(index.byGroup.keys());
      const guess = index.groupNames.closest(group);
      out.push(locatedText(['measures', i, 'groups', j], 'unknown-group', text('measureKinds.common.unknownGroup', who, group, guess || null)));
      return;
    }
    if (!volumeOnly) return;
    const amountLines = members.filter((m) => m.shape === 'amount').map((m) => m.id ?? `${m.index + 1}`);
    if (amountLines.length > 0) out.push(notVolumeLine(['measures', i, 'groups', j], who, amountLines, group));
  });
}

