// The semantic checks that several measure types share (shared/scenario/semantics.ts runs them
// through each type's `check`): references to lines and groups, volume-only targets. They read
// the raw document defensively, as every semantic check does.
import { NameIndex } from '../scenario/closest-name';
import { field, hasField, type Path } from '../scenario/paths';
import { andEn, andNl, located, qen, qnl, type LocatedProblem } from '../scenario/problem-text';

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

export function measureName(measure: unknown, index: number): { nl: string; en: string } {
  const id = field(measure, 'id');
  return typeof id === 'string' && id !== '' ? { nl: `Maatregel ${qnl(id)}`, en: `Measure ${qen(id)}` } : { nl: `Maatregel ${index + 1}`, en: `Measure ${index + 1}` };
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

export function missingLine(at: Path, who: { nl: string; en: string }, id: string, index: LineIndex): LocatedProblem {
  index.idNames ??= new NameIndex(index.byId.keys());
  const guess = index.idNames.closest(id);
  const hint = guess ? { nl: ` Bedoelde u ${qnl(guess)}?`, en: ` Did you mean ${qen(guess)}?` } : { nl: '', en: '' };
  return located(
    at,
    'unknown-line',
    `${who.nl} verwijst naar regel ${qnl(id)}, die niet bestaat.${hint.nl}`,
    `${who.en} refers to line ${qen(id)}, which does not exist.${hint.en}`,
  );
}

export function notVolumeLine(at: Path, who: { nl: string; en: string }, ids: readonly string[], viaGroup?: string): LocatedProblem {
  const quotedNl = andNl(ids.map(qnl));
  const quotedEn = andEn(ids.map(qen));
  const plural = ids.length > 1;
  const what = viaGroup === undefined
    ? { nl: `regel ${quotedNl}`, en: `line ${quotedEn}` }
    : { nl: `groep ${qnl(viaGroup)}, met ${plural ? 'de regels' : 'regel'} ${quotedNl}`, en: `group ${qen(viaGroup)}, with ${plural ? 'lines' : 'line'} ${quotedEn}` };
  return located(
    at,
    'not-a-volume-line',
    `${who.nl} werkt alleen op regels met een volume en kosten per eenheid, maar treft ${what.nl}: ${plural ? 'die hebben' : 'die heeft'} een vast bedrag (amount).`,
    `${who.en} works only on lines with a volume and a cost per unit, but targets ${what.en}, which ${plural ? 'have' : 'has'} a fixed amount.`,
  );
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
    out.push(
      located(
        at,
        'no-target',
        `${who.nl} heeft geen doel: noem minstens één regel (lines) of groep (groups).`,
        `${who.en} has no target: list at least one line (lines) or group (groups).`,
      ),
    );
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
      const hint = guess ? { nl: ` Bedoelde u ${qnl(guess)}?`, en: ` Did you mean ${qen(guess)}?` } : { nl: '', en: '' };
      out.push(
        located(
          ['measures', i, 'groups', j],
          'unknown-group',
          `${who.nl} verwijst naar groep ${qnl(group)}, maar geen enkele regel hoort bij die groep.${hint.nl}`,
          `${who.en} refers to group ${qen(group)}, but no line belongs to that group.${hint.en}`,
        ),
      );
      return;
    }
    if (!volumeOnly) return;
    const amountLines = members.filter((m) => m.shape === 'amount').map((m) => m.id ?? `${m.index + 1}`);
    if (amountLines.length > 0) out.push(notVolumeLine(['measures', i, 'groups', j], who, amountLines, group));
  });
}

